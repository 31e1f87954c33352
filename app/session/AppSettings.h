#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

// The app's plain preferences. Secrets never go here: see SecretStore.
// The file also holds safety switches (confirmations, the large-order warning, how long an order
// may wait to leave), so it is kept private: 0600, in a 0700 folder when the folder is the app's
// own (the default location), fixed at start-up and after every write. The safety values are read
// and checked once, at start-up: one outside its range (edited by hand, or by another program) is
// not used; its default is, and a note says so once (the activity log, via setNoteSink). They are
// then held in memory and change only through the setters: a value another program writes into
// the file during the session is not used; the app's next write puts the values in use back and a
// note says so. A settings path that is (or becomes) a symbolic link, or is not a regular file of
// this user, is not followed: nothing is read from or written to it; values set meanwhile are held
// in memory until the app closes, and a note says so. Every other value is checked where it is
// read: one the app could not have written (a time outside its range, a switch that is neither
// true nor false, a symbol not of the exchange's form, an unknown theme) is not used; its default
// is, and a note says so once.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    // `refused`: why the settings file was not opened at all (see open()); empty when it was.
    explicit AppSettings(QSettings *settings, const QString &refused = {});

    // The QSettings for `file` (empty: the default location). QSettings reads its file as it is
    // made, so a pipe there would freeze the app before its window: when what is at the path may
    // not be used (OwnFile: a link, a pipe, a device, another user's file), the QSettings has no
    // file and *refused says why (give it to the constructor).
    static std::unique_ptr<QSettings> open(const QString &file, QString *refused);
    // A larger settings file is not read (nor rewritten): the defaults are used, and a note says
    // so.
    static constexpr qint64 MaxFileBytes = 1024 * 1024;
    static constexpr int TimeoutMinMs = 1000;
    static constexpr int TimeoutMaxMs = 120000;
    static constexpr int IntervalMaxMs = 300000;

    // Allowed ranges (the large-order warning's: SettingsValidator::LargeNotionalMax).
    static constexpr int PlaceWithinMinMs = 500;
    static constexpr int PlaceWithinMaxMs = 60000;

    // Where notes go (what was made private, which value was not taken): the ones so far at
    // once, later ones as they come. Without a sink they wait.
    void setNoteSink(std::function<void(const QString &)> sink);
    // One line for the status bar after start-up: how many values in the file were invalid (each
    // is in the activity log), or that the file could not be used; empty when all was well.
    QString startUpSummary() const;

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
    // "light", "dark", "system", or empty (not chosen yet).
    QString theme() const;
    QByteArray windowState(const QString &key) const;
    void setWindowState(const QString &key, const QByteArray &state);

private:
    void write(const QString &key, const QVariant &value);
    QVariant stored(const QString &key, const QVariant &fallback = {}) const;
    bool pathIsUsable() const;
    int readInt(const QString &key, int fallback, int min, int max, const QString &what) const;
    bool readBool(const QString &key, bool fallback, const QString &what) const;
    QStringList safetyInFile() const;
    bool readConfirmOrders(const QVariant &v) const;
    QString readLargeNotional(const QVariant &v) const;
    int readPlaceWithinMs(const QVariant &v) const;
    void makePrivate();
    void note(const QString &text) const;
    void invalid(const QString &text) const; // a value in the file not used: noted and counted

    QSettings *m_s;
    const QString m_refused;
    // The safety values in use: read once at start-up, then changed only by the setters.
    bool m_confirmOrders = false;
    QString m_largeNotional;
    int m_placeWithinMs = 0;
    QStringList m_safetyInFile; // what the file said of them when the app last read or wrote it
    mutable bool m_unusableNoted = false;
    QHash<QString, QVariant> m_held; // set while the path could not be used: not written
    mutable QStringList m_pending;
    mutable QSet<QString> m_noted; // each note once, not on every read
    mutable int m_invalid = 0;
    std::function<void(const QString &)> m_sink;
};
