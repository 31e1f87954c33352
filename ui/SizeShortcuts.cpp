#include "ui/SizeShortcuts.h"

#include "models/AssetFormat.h"
#include "models/TicketModel.h"
#include "session/AppSettings.h"
#include "ui/FormGrid.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace {

constexpr int MaxPresets = 5; // as many as TicketModel::parsePresets accepts

// A button as wide as its text needs, not the style's minimum for dialog buttons: the form stays
// narrow enough for the order tables beside it at 1440 px.
void compact(QPushButton *b)
{
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    b->setSizePolicy(policy);
    b->setMinimumWidth(b->fontMetrics().horizontalAdvance(QStringLiteral("100 %"))
                       + 4 * b->fontMetrics().averageCharWidth());
}

} // namespace

SizeShortcuts::SizeShortcuts(TicketModel *ticket, AppSettings *presets, QWidget *owner)
    : QObject(owner),
      m_ticket(ticket),
      m_settings(presets),
      m_owner(owner)
{}

void SizeShortcuts::addQuickRow(FormGrid &grid)
{
    auto *quick = new QWidget(m_owner);
    auto *quickLayout = new QHBoxLayout(quick);
    quickLayout->setContentsMargins(0, 0, 0, 0);
    for (int pct : {25, 50, 75, 100}) {
        auto *b = new QPushButton(tr("%1 %").arg(pct), quick);
        b->setObjectName(QStringLiteral("quick%1").arg(pct));
        b->setAutoDefault(false);
        b->setToolTip(tr("Size the order at %1 % of the available balance").arg(pct));
        compact(b);
        b->setAccessibleName(b->text());
        quickLayout->addWidget(b);
        m_quickSizes.append(b);
        connect(b, &QPushButton::clicked, this,
                [this, pct] { Q_EMIT quickSized(m_ticket->quickSize(pct)); });
    }
    grid.addWide(quick, 1);
}

void SizeShortcuts::addPresetRows(FormGrid &grid)
{
    m_presetRow = new QWidget(m_owner);
    auto *row = new QHBoxLayout(m_presetRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(3);
    for (int i = 0; i < MaxPresets; ++i) {
        auto *b = new QPushButton(m_presetRow);
        b->setObjectName(QStringLiteral("preset%1").arg(i));
        // Never narrower than its quantity (set with the text): a figure is never cut or drawn
        // over its neighbour; not the style's 80 px either, which made four presets widen the
        // form (the unit is in the row's label).
        b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        b->setAutoDefault(false);
        b->hide();
        row->addWidget(b);
        m_presets.append(b);
        connect(b, &QPushButton::clicked, this, [this, i] {
            const QList<Decimal> presets = m_ticket->state().presets;
            if (i < presets.size())
                Q_EMIT presetChosen(presets.at(i));
        });
    }
    row->addStretch(1);
    m_editPresets = new QToolButton(m_presetRow);
    m_editPresets->setObjectName(QStringLiteral("editPresets"));
    m_editPresets->setText(tr("Edit…"));
    m_editPresets->setToolTip(tr("Set this symbol's quantity presets"));
    m_editPresets->setAccessibleName(tr("Edit quantity presets"));
    row->addWidget(m_editPresets);
    connect(m_editPresets, &QToolButton::clicked, this, &SizeShortcuts::editPresets);
    m_presetsLabel = grid.addRow(tr("Presets"), m_presetRow, nullptr);

    m_presetEdit = new QLineEdit(m_owner);
    m_presetEdit->setObjectName(QStringLiteral("presetEdit"));
    m_presetEdit->setPlaceholderText(tr("Quantities separated by spaces, e.g. 0.01 0.05 0.1"));
    m_presetEdit->setAccessibleName(tr("Quantity presets"));
    m_presetEdit->hide();
    connect(m_presetEdit, &QLineEdit::returnPressed, this, &SizeShortcuts::savePresets);
    // Its room comes and goes with the editor: a refusal never moves what is below, and a pasted
    // list never widens the form.
    m_presetError = FormGrid::reasonLabel(m_owner, QStringLiteral("presetError"), nullptr, nullptr);
    QSizePolicy policy = m_presetError->sizePolicy();
    policy.setRetainSizeWhenHidden(false);
    m_presetError->setSizePolicy(policy);
    grid.addWide(m_presetEdit, 1);
    grid.addWide(m_presetError, 1);
}

void SizeShortcuts::loadPresets(const QList<SymbolRules> &symbols)
{
    QHash<QString, QList<Decimal>> bySymbol;
    for (const SymbolRules &r : symbols) {
        const QString text = m_settings->quantityPresets(r.symbol);
        if (text.isEmpty())
            continue;
        // Stored settings are checked like typed ones: a preset off the lot step is dropped.
        if (const auto presets = TicketModel::parsePresets(text, r))
            bySymbol.insert(r.symbol, *presets);
    }
    m_ticket->setQuantityPresets(bySymbol);
}

void SizeShortcuts::editPresets()
{
    const bool show = !m_presetEdit->isVisible();
    m_presetEdit->setVisible(show);
    FormGrid::setReason(m_presetError, QString());
    m_presetError->setVisible(show); // its room with the editor's
    if (show) {
        m_presetEdit->setText(TicketModel::presetsText(m_ticket->state().presets));
        m_presetEdit->setFocus();
    }
}

void SizeShortcuts::savePresets()
{
    const auto rules = m_ticket->state().rules;
    if (!rules)
        return;
    QString error;
    const auto presets = TicketModel::parsePresets(m_presetEdit->text(), *rules, &error);
    if (!presets) {
        // Inline; nothing is stored. The entry it quotes is elided in the middle if long.
        QString quoted;
        for (const QString &part : m_presetEdit->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (quoted.isEmpty() && error.contains(part))
                quoted = part;
        FormGrid::setReason(m_presetError, error, quoted);
        return;
    }
    m_settings->setQuantityPresets(rules->symbol, TicketModel::presetsText(*presets));
    m_presetError->hide();
    m_presetEdit->hide();
    Q_EMIT presetsSaved();
}

void SizeShortcuts::render(const TicketState &s)
{
    for (QPushButton *b : std::as_const(m_quickSizes))
        b->setEnabled(s.quickSizeEnabled);
    const bool limit = s.draft.type == OrderType::Limit;
    for (int i = 0; i < m_presets.size(); ++i) {
        QPushButton *b = m_presets.at(i);
        const bool shown = i < s.presets.size();
        b->setVisible(shown);
        if (!shown)
            continue;
        const QString figure = AssetFormat::quantity(s.presets.at(i), *s.rules);
        const QString text = AssetFormat::withUnit(figure, s.rules->baseToken);
        b->setText(figure); // the unit is in the row's label, "Presets (BTC)"
        b->setMinimumWidth(b->fontMetrics().horizontalAdvance(figure) + 8);
        b->setAccessibleName(tr("Quantity %1").arg(text));
        b->setToolTip(limit ? tr("Set the quantity to %1").arg(text)
                            : tr("Presets size LIMIT orders (a market order is sized by amount)"));
        b->setEnabled(limit);
    }
    m_editPresets->setEnabled(s.rules.has_value());
    m_presetsLabel->setText(
        AssetFormat::title(tr("Presets"), s.rules ? s.rules->baseToken : QString()));
    m_presetRow->setAccessibleName(m_presetsLabel->text());
}
