#include "session/AppSettings.h"

#include "models/OrderDraft.h"
#include "models/PollIntervals.h"

#include <algorithm>

QUrl AppSettings::baseUrl() const
{
    return m_s->value(QStringLiteral("exchange/baseUrl")).toUrl();
}

void AppSettings::setBaseUrl(const QUrl &url)
{
    m_s->setValue(QStringLiteral("exchange/baseUrl"), url);
}

QString AppSettings::defaultAccount() const
{
    return m_s->value(QStringLiteral("trading/account")).toString();
}

void AppSettings::setDefaultAccount(const QString &id)
{
    m_s->setValue(QStringLiteral("trading/account"), id);
}

QString AppSettings::defaultSymbol() const
{
    return m_s->value(QStringLiteral("trading/symbol"), QStringLiteral("BTC-USDT")).toString();
}

void AppSettings::setDefaultSymbol(const QString &symbol)
{
    m_s->setValue(QStringLiteral("trading/symbol"), symbol);
}

int AppSettings::openIntervalMs() const
{
    return std::max(
        PollIntervals::MinimumMs,
        m_s->value(QStringLiteral("refresh/openMs"), PollIntervals::OpenOrdersMs).toInt());
}

int AppSettings::finishedIntervalMs() const
{
    return std::max(
        PollIntervals::MinimumMs,
        m_s->value(QStringLiteral("refresh/finishedMs"), PollIntervals::FinishedOrdersMs).toInt());
}

void AppSettings::setIntervals(int openMs, int finishedMs)
{
    m_s->setValue(QStringLiteral("refresh/openMs"), openMs);
    m_s->setValue(QStringLiteral("refresh/finishedMs"), finishedMs);
}

int AppSettings::timeoutMs() const
{
    return std::clamp(m_s->value(QStringLiteral("exchange/timeoutMs"), 10000).toInt(), 1000,
                      120000);
}

void AppSettings::setTimeoutMs(int ms)
{
    m_s->setValue(QStringLiteral("exchange/timeoutMs"), ms);
}

int AppSettings::placeWithinMs() const
{
    return std::clamp(m_s->value(QStringLiteral("trading/placeWithinMs"), 2000).toInt(), 500,
                      60000);
}

void AppSettings::setPlaceWithinMs(int ms)
{
    m_s->setValue(QStringLiteral("trading/placeWithinMs"), ms);
}

bool AppSettings::confirmOrders() const
{
    return m_s->value(QStringLiteral("trading/confirmOrders"), false).toBool();
}

void AppSettings::setConfirmOrders(bool on)
{
    m_s->setValue(QStringLiteral("trading/confirmOrders"), on);
}

bool AppSettings::colorBlindSafe() const
{
    return m_s->value(QStringLiteral("view/colorBlindSafe"), false).toBool();
}

void AppSettings::setColorBlindSafe(bool on)
{
    m_s->setValue(QStringLiteral("view/colorBlindSafe"), on);
}

QString AppSettings::largeNotional() const
{
    return m_s
        ->value(QStringLiteral("trading/largeNotional"), MarketContext().largeNotional.toString())
        .toString();
}

void AppSettings::setLargeNotional(const QString &decimal)
{
    m_s->setValue(QStringLiteral("trading/largeNotional"), decimal);
}

QString AppSettings::quantityPresets(const QString &symbol) const
{
    return m_s->value(QStringLiteral("presets/") + symbol).toString();
}

void AppSettings::setQuantityPresets(const QString &symbol, const QString &presets)
{
    m_s->setValue(QStringLiteral("presets/") + symbol, presets);
}

bool AppSettings::notify(const QString &kind) const
{
    return m_s->value(QStringLiteral("notify/") + kind, true).toBool();
}

void AppSettings::setNotify(const QString &kind, bool on)
{
    m_s->setValue(QStringLiteral("notify/") + kind, on);
}

bool AppSettings::notifySound() const
{
    return m_s->value(QStringLiteral("notify/sound"), false).toBool();
}

void AppSettings::setNotifySound(bool on)
{
    m_s->setValue(QStringLiteral("notify/sound"), on);
}

QByteArray AppSettings::windowState(const QString &key) const
{
    return m_s->value(QStringLiteral("window/") + key).toByteArray();
}

void AppSettings::setWindowState(const QString &key, const QByteArray &state)
{
    m_s->setValue(QStringLiteral("window/") + key, state);
}
