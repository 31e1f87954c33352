#include "ui/MessageBar.h"

#include "models/ColorScheme.h"

#include "ui/OneLineLabel.h"
#include "ui/WidgetColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace {
int s_expiryMs = MessageBar::ExpiryMs;
}

void MessageBar::setExpiryMs(int ms)
{
    s_expiryMs = ms;
}

MessageBar::MessageBar(const ColorScheme *colors, QWidget *parent)
    : QWidget(parent),
      m_colors(colors),
      m_label(new QLabel(this)),
      m_close(new QToolButton(this)),
      m_expiry(new QTimer(this))
{
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, &MessageBar::clear);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_label->setWordWrap(true);
    m_label->setMinimumHeight(m_label->fontMetrics().height()); // one line, reserved
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    // Exchange text arrives in messages: never rendered as markup.
    m_label->setTextFormat(Qt::PlainText);
    connect(m_close, &QToolButton::clicked, this, [this] {
        clear();
        Q_EMIT dismissed();
    });
    setAutoFillBackground(true);
    // The line stays reserved while empty: a message appearing never moves what is below it.
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    hide();
}

void MessageBar::show(Kind kind, const QString &text)
{
    m_kind = kind;
    if (m_oneLine)
        OneLineLabel::setText(m_label, text);
    else
        m_label->setText(text);
    const ColorScheme &c = *m_colors;
    const QColor accent = kind == Kind::Error                           ? c.error()
                          : kind == Kind::Warning || kind == Kind::Busy ? c.warning()
                          : kind == Kind::Success                       ? c.ok()
                                                                        : c.info();
    // A light tint of the accent behind text in the accent: 4.5:1 holds for every kind.
    QPalette p = palette();
    QColor bg = accent;
    bg.setAlpha(28);
    p.setColor(QPalette::Window, bg);
    setPalette(p);
    WidgetColors::setText(m_label, accent);
    setAccessibleDescription(text);
    if ((kind == Kind::Success || kind == Kind::Info) && s_expiryMs > 0)
        m_expiry->start(s_expiryMs);
    else
        m_expiry->stop();
    QWidget::show();
}

void MessageBar::clear()
{
    m_expiry->stop();
    if (m_oneLine)
        OneLineLabel::setText(m_label, QString());
    m_label->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_oneLine ? OneLineLabel::text(m_label) : m_label->text();
}

void MessageBar::setLines(int lines)
{
    if (m_oneLine)
        return;
    m_oneLine = true;
    const QString full = m_label->text();
    OneLineLabel::keep(m_label, lines);
    OneLineLabel::setText(m_label, full);
}
