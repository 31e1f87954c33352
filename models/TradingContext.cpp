#include "models/TradingContext.h"

void TradingContext::setAccount(const QString &account)
{
    if (account == m_account)
        return;
    m_account = account;
    Q_EMIT accountChanged(account);
}

void TradingContext::setSymbol(const QString &symbol)
{
    if (symbol == m_symbol)
        return;
    m_symbol = symbol;
    Q_EMIT symbolChanged(symbol);
}
