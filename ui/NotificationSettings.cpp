#include "ui/NotificationSettings.h"

#include "session/AppSettings.h"

#include <QCheckBox>
#include <QVBoxLayout>

NotificationSettings::NotificationSettings(const AppSettings *settings, QWidget *parent)
    : QGroupBox(tr("Notifications"), parent),
      m_filled(new QCheckBox(tr("Order filled"), this)),
      m_partial(new QCheckBox(tr("Order partly filled"), this)),
      m_cancelled(new QCheckBox(tr("Order cancelled elsewhere"), this)),
      m_rejected(new QCheckBox(tr("Order rejected"), this)),
      m_sound(new QCheckBox(tr("Beep with each notification"), this))
{
    auto *layout = new QVBoxLayout(this);
    const QList<QPair<QCheckBox *, const char *>> kinds{{m_filled, "filled"},
                                                        {m_partial, "partial"},
                                                        {m_cancelled, "cancelled"},
                                                        {m_rejected, "rejected"}};
    for (const auto &[box, kind] : kinds) {
        box->setObjectName(QStringLiteral("notify-") + QLatin1String(kind));
        box->setChecked(settings->notify(QLatin1String(kind)));
        layout->addWidget(box);
    }
    m_sound->setObjectName(QStringLiteral("notify-sound"));
    m_sound->setChecked(settings->notifySound());
    layout->addWidget(m_sound);
}

void NotificationSettings::save(AppSettings *settings) const
{
    settings->setNotify(QStringLiteral("filled"), m_filled->isChecked());
    settings->setNotify(QStringLiteral("partial"), m_partial->isChecked());
    settings->setNotify(QStringLiteral("cancelled"), m_cancelled->isChecked());
    settings->setNotify(QStringLiteral("rejected"), m_rejected->isChecked());
    settings->setNotifySound(m_sound->isChecked());
}
