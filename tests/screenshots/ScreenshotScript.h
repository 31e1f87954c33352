#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class AppSettings;
class DemoExchange;
class MainWindow;
class QSettings;
class QTemporaryDir;
class Session;

// One pass of the QA screenshot states in one theme: builds a fresh deterministic session and
// window, then for each state runs its action, waits (on a timer, never a nested loop) until the
// state is reached, and grabs the window with any dialog on it.
class ScreenshotScript final : public QObject
{
    Q_OBJECT

public:
    // The service's timeout in the runner: no reply is late on a busy machine (the ctest's own
    // timeout is 600 s); only the unknown-outcome states use a short one, and say so.
    static constexpr int PatientTimeoutMs = 3600 * 1000;
    static constexpr int UnknownOutcomeTimeoutMs = 2000;

    struct Shot
    {
        QString file;
        QString name;
        QString caption;
    };

    ScreenshotScript(const QDir &out, const QString &theme, QObject *parent = nullptr);
    ~ScreenshotScript() override;
    void start();
    QList<Shot> shots() const { return m_shots; }

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    // The banners (message lines) a state shows: Clean ones start and end clear (nothing an
    // earlier state left); Own ones start clear and show what the state's own action brings;
    // Kept ones show what an earlier step's request brings (the cancel's result, the unknown
    // outcome being checked).
    enum class Banner
    {
        Clean,
        Own,
        Kept
    };
    struct Step
    {
        QString name;
        QString caption;
        std::function<void()> action;
        std::function<bool()> ready;
        std::function<void()> after;
        // Transient states (an order in flight) are taken with polling paused instead.
        bool settle = true;
        Banner banner = Banner::Clean;
    };
    // What the window shows matches the exchange, part by part.
    struct Agreement
    {
        bool account = false, market = false, book = true, orders = false, fees = true;
        bool all() const { return account && market && book && orders && fees; }
    };
    void buildSteps();
    QList<Step> marketSteps();
    QList<Step> ladderSteps();
    void next();
    void poll();
    void capture(const Step &step);
    // What the window shows matches what the exchange holds, and nothing is in flight.
    bool settled() const;
    Agreement agreement() const;
    // Asks again only for the parts that disagree (each refresh waits on the rate limits).
    void refreshWhatDisagrees();
    void clearBanners();

    QDir m_out;
    QString m_theme;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Session> m_session;
    DemoExchange *m_demo = nullptr; // the session's embedded exchange
    std::unique_ptr<MainWindow> m_window;
    QList<Step> m_steps;
    QList<Shot> m_shots;
    int m_index = -1;
    int m_waitedMs = 0;
    QElapsedTimer m_elapsed; // since the step began (TRADEDESK_SCREENSHOT_TIMES prints it)
    // How far the app's clock is ahead of the exchange's fixed one (the stale state: time passes
    // for the app while a feed fails).
    qint64 m_wallAheadMs = 0;
    QTimer m_timer;
};
