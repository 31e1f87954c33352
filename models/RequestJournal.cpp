#include "models/RequestJournal.h"

void RequestJournal::add(const RequestRecord &record)
{
    m_records.append(record);
    if (m_records.size() > Limit)
        m_records.removeFirst();
}
