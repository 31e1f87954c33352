#pragma once

#include <QString>
#include <QUrl>

#include <memory>

class Ed25519Key;

// An exchange this app runs itself on loopback (the demo exchange). The session starts it on
// first use and then trades on it over HTTP like on any other; only the composition roots know
// which exchange it is, so nothing above the core links the demo.
class EmbeddedExchange
{
public:
    struct Credentials
    {
        QString apiKey;
        std::shared_ptr<const Ed25519Key> key;
    };

    virtual ~EmbeddedExchange() = default;
    // Listens on 127.0.0.1 (a free port); the base URL, or empty if it cannot.
    virtual QUrl startOnLoopback() = 0;
    // Accepts these credentials from now on; false if the key is not one it can check.
    virtual bool accept(const Credentials &credentials) = 0;
    // A fresh key pair it accepts.
    virtual Credentials newCredentials() = 0;
    // Why startOnLoopback() gave no URL, in the trader's words (empty: nothing more to say).
    virtual QString startProblem() const { return {}; }
};
