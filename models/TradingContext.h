#pragma once

#include <QObject>
#include <QString>

// What the trader is trading now: one account and one symbol, stored here and nowhere else.
// Every account- or symbol-scoped part follows it through changed(): the order lists, fills,
// balances and cancels follow the account; the market data and the book follow the symbol.
class TradingContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradingContext)

public:
    explicit TradingContext(QObject *parent = nullptr)
        : QObject(parent)
    {}

    QString account() const { return m_account; }
    QString symbol() const { return m_symbol; }
    void setAccount(const QString &account);
    void setSymbol(const QString &symbol);

Q_SIGNALS:
    // Both changes take this one path; followers read what they scope by.
    void accountChanged(const QString &account);
    void symbolChanged(const QString &symbol);

private:
    QString m_account;
    QString m_symbol;
};
