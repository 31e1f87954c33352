#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

// The app's plain preferences. Secrets never go here: see SecretStore.
class AppSettings
{
public:
    explicit AppSettings(QSettings *settings)
        : m_s(settings)
    {}

    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);
    QString defaultAccount() const;
    void setDefaultAccount(const QString &id);
    QString defaultSymbol() const;
    void setDefaultSymbol(const QString &symbol);
    int openIntervalMs() const;
    int finishedIntervalMs() const;
    void setIntervals(int openMs, int finishedMs);
    int timeoutMs() const;
    void setTimeoutMs(int ms);
    // An order that cannot leave within this time (rate-limit pause, clock being learned) is
    // withdrawn and reported not sent (default 2 s).
    int placeWithinMs() const;
    void setPlaceWithinMs(int ms);
    bool confirmOrders() const;
    void setConfirmOrders(bool on);
    bool colorBlindSafe() const;
    void setColorBlindSafe(bool on);
    QString largeNotional() const;
    void setLargeNotional(const QString &decimal);
    // The order form's quantity presets for one symbol, in its base asset ("0.01 0.05"; #24).
    QString quantityPresets(const QString &symbol) const;
    void setQuantityPresets(const QString &symbol, const QString &presets);
    bool notify(const QString &kind) const;
    void setNotify(const QString &kind, bool on);
    bool notifySound() const;
    void setNotifySound(bool on);
    QByteArray windowState(const QString &key) const;
    void setWindowState(const QString &key, const QByteArray &state);

private:
    QSettings *m_s;
};
