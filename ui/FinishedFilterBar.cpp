#include "ui/FinishedFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

FinishedFilterBar::FinishedFilterBar(QWidget *parent)
    : QWidget(parent),
      m_symbol(new QComboBox(this)),
      m_useFrom(new QCheckBox(tr("F&rom"), this)),
      m_from(new QDateTimeEdit(this)),
      m_limit(new QSpinBox(this)),
      m_older(new QPushButton(tr("Ol&der"), this)),
      m_newest(new QPushButton(tr("&Newest"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *symbolLabel = new QLabel(tr("Symbol"), this);
    symbolLabel->setBuddy(m_symbol);
    m_symbol->setObjectName(QStringLiteral("finishedSymbol"));
    m_symbol->setAccessibleName(tr("Symbol"));
    m_symbol->addItem(tr("All symbols"), QString());
    m_useFrom->setAccessibleName(tr("From"));
    m_from->setObjectName(QStringLiteral("finishedFrom"));
    m_from->setAccessibleName(tr("From time"));
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_from->setCalendarPopup(true);
    m_from->setDateTime(QDateTime::currentDateTime().addDays(-7));
    m_from->setEnabled(false);
    auto *limitLabel = new QLabel(tr("Show"), this);
    limitLabel->setBuddy(m_limit);
    m_limit->setObjectName(QStringLiteral("finishedLimit"));
    m_limit->setAccessibleName(tr("Show"));
    m_limit->setRange(1, 500);
    m_limit->setValue(100);
    m_limit->setSuffix(tr(" orders"));
    m_older->setObjectName(QStringLiteral("finishedOlder"));
    m_older->setToolTip(tr("Show the orders before the oldest one listed"));
    m_newest->setObjectName(QStringLiteral("finishedNewest"));
    m_newest->setToolTip(tr("Back to the newest orders"));
    m_newest->setEnabled(false);
    for (QPushButton *b : {m_older, m_newest})
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
    layout->addWidget(symbolLabel);
    layout->addWidget(m_symbol);
    layout->addWidget(m_useFrom);
    layout->addWidget(m_from);
    layout->addWidget(limitLabel);
    layout->addWidget(m_limit);
    layout->addStretch(1);
    layout->addWidget(m_older);
    layout->addWidget(m_newest);

    connect(m_symbol, &QComboBox::currentIndexChanged, this, &FinishedFilterBar::changed);
    connect(m_useFrom, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_from, &QDateTimeEdit::editingFinished, this, &FinishedFilterBar::changed);
    connect(m_limit, &QSpinBox::editingFinished, this, &FinishedFilterBar::changed);
    connect(m_older, &QPushButton::clicked, this, &FinishedFilterBar::olderRequested);
    connect(m_newest, &QPushButton::clicked, this, &FinishedFilterBar::newestRequested);
}

void FinishedFilterBar::setSymbols(const QStringList &symbols)
{
    const QString current = m_symbol->currentData().toString();
    const QSignalBlocker blocker(m_symbol);
    while (m_symbol->count() > 1)
        m_symbol->removeItem(1);
    for (const QString &s : symbols)
        m_symbol->addItem(s, s);
    m_symbol->setCurrentIndex(std::max(0, m_symbol->findData(current)));
}

FinishedOrdersQuery FinishedFilterBar::query() const
{
    FinishedOrdersQuery q;
    q.symbol = m_symbol->currentData().toString();
    q.limit = m_limit->value();
    if (m_useFrom->isChecked())
        q.startTime = m_from->dateTime().toMSecsSinceEpoch();
    return q;
}

void FinishedFilterBar::setPaged(bool older)
{
    m_newest->setEnabled(older);
}

void FinishedFilterBar::setFromTime(const QDateTime &from)
{
    m_from->setDateTime(from);
}
