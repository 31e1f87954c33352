#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

// The app's plain preferences. Secrets never go here: see SecretStore.
// The file also holds safety switches (confirmations, the large-order warning, how long an order
// may wait to leave), so it is kept private: 0600, in a 0700 folder when the folder is the app's
// own (the default location), fixed at start-up and after every write. Each safety value is
// checked on every read: one outside its range (edited by hand, or by another program) is not
// used; its default is, and a note says so once (the activity log, via setNoteSink).
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    explicit AppSettings(QSettings *settings);

    // Allowed ranges (the large-order warning's: SettingsValidator::LargeNotionalMax).
    static constexpr int PlaceWithinMinMs = 500;
    static constexpr int PlaceWithinMaxMs = 60000;

    // Where notes go (what was made private, which value was not taken): the ones so far at
    // once, later ones as they come. Without a sink they wait.
    void setNoteSink(std::function<void(const QString &)> sink);

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
    void write(const QString &key, const QVariant &value);
    void makePrivate();
    void note(const QString &text) const;

    QSettings *m_s;
    mutable QStringList m_pending;
    mutable QSet<QString> m_noted; // each note once, not on every read
    std::function<void(const QString &)> m_sink;
};
