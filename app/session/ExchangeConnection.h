#pragma once

#include <QString>
#include <QUrl>

#include <memory>

class Ed25519Key;

// What the settings dialog changes of a running session: the exchange, the credentials, the
// settings in effect. Narrow on purpose: a dialog gets this, not the session.
class ExchangeConnection
{
public:
    virtual ~ExchangeConnection() = default;

    virtual bool isDemo() const = 0;
    virtual QUrl exchangeUrl() const = 0;
    // Trades on this exchange from now on: the session leaves the error it no longer has and
    // starts polling if it could not before. Empty when accepted, else why not.
    virtual QString setExchange(const QUrl &url) = 0;
    virtual QString account() const = 0;
    virtual QString apiKey() const = 0;
    virtual std::shared_ptr<const Ed25519Key> key() const = 0;
    virtual bool hasCredentials() const = 0;
    virtual void setCredentials(const QString &apiKey, std::shared_ptr<const Ed25519Key> key) = 0;
    // Everything the settings say, in effect now.
    virtual void applySettings() = 0;
};
