#pragma once

#include "core/RequestRecord.h"

#include <QList>
#include <QObject>

// The requests sent to the exchange as the service reported them, oldest first, at most Limit of
// them (the oldest leave first): what File ▸ Export request journal writes.
class RequestJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestJournal)

public:
    static constexpr int Limit = 10000;

    explicit RequestJournal(QObject *parent = nullptr)
        : QObject(parent)
    {}

    QList<RequestRecord> records() const { return m_records; }

public Q_SLOTS:
    void add(const RequestRecord &record);

private:
    QList<RequestRecord> m_records;
};
