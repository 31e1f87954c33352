#include "models/TicketModel.h"

// What the trader asked of the form itself, which decides the reasons shown for blank fields.

void TicketModel::priceTouched()
{
    if (m_priceTouched)
        return;
    m_priceTouched = true;
    touch();
}

void TicketModel::placeTried()
{
    if (m_placeTried)
        return;
    m_placeTried = true;
    touch();
}
