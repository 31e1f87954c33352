#include "ui/TargetPicker.h"

#include "models/AccountDataController.h"
#include "models/ColorScheme.h"
#include "models/MarketDataController.h"
#include "models/TicketModel.h"
#include "ui/FormGrid.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>

TargetPicker::TargetPicker(const Dependencies &deps, TicketModel *ticket, const ColorScheme *colors,
                           QWidget *owner, FormGrid &grid)
    : QObject(owner),
      m_deps(deps),
      m_ticket(ticket),
      m_colors(colors)
{
    m_account = new QComboBox(owner);
    m_account->setObjectName(QStringLiteral("account"));
    m_accountError = FormGrid::reasonLabel(owner, QStringLiteral("accountError"), m_colors,
                                           &ColorScheme::error, 1);
    grid.addRow(tr("A&ccount"), m_account, m_accountError);

    m_symbol = new QComboBox(owner);
    m_symbol->setObjectName(QStringLiteral("symbol"));
    m_symbol->setEditable(true);
    m_symbol->setInsertPolicy(QComboBox::NoInsert);
    m_symbol->completer()->setFilterMode(Qt::MatchContains);
    m_symbol->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_symbol->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_symbolError = FormGrid::reasonLabel(owner, QStringLiteral("symbolError"), m_colors,
                                          &ColorScheme::error, 1);
    grid.addRow(tr("S&ymbol"), m_symbol, m_symbolError);

    connect(m_account, &QComboBox::currentIndexChanged, this, &TargetPicker::onAccountPicked);
    connect(m_symbol, &QComboBox::currentTextChanged, this, &TargetPicker::onSymbolEdited);
}

void TargetPicker::reloadAccounts()
{
    const TicketModel::Batch batch(m_ticket);
    const QSignalBlocker blocker(m_account);
    const QString current = m_deps.account();
    m_account->clear();
    for (const Account &a : m_deps.accounts->accounts())
        m_account->addItem(a.name.isEmpty() ? a.id : tr("%1 (%2)").arg(a.name, a.id), a.id);
    if (m_account->count() == 0 && !current.isEmpty())
        m_account->addItem(current, current);
    const int idx = m_account->findData(current);
    m_account->setCurrentIndex(std::max(idx, 0));
    m_ticket->setAccount(m_account->currentData().toString());
}

void TargetPicker::reloadSymbols()
{
    const TicketModel::Batch batch(m_ticket);
    const QSignalBlocker blocker(m_symbol);
    const MarketDataController *market = m_deps.market;
    const QString current = market->symbol();
    m_symbol->clear();
    for (const SymbolRules &r : market->symbols())
        m_symbol->addItem(r.symbol);
    const int idx = m_symbol->findText(current);
    if (idx >= 0)
        m_symbol->setCurrentIndex(idx);
    else
        m_symbol->setEditText(current);
    m_ticket->setSymbols(market->symbols());
    m_ticket->setSymbol(m_symbol->currentText());
}

void TargetPicker::pickSymbol(const QString &symbol)
{
    m_symbol->setCurrentText(symbol);
}

void TargetPicker::render(const TicketState &s)
{
    FormGrid::showReason(nullptr, m_accountError, s.shownError(OrderCheck::Field::Account),
                         *m_colors);
    // "BTC-USDT&SIDE=SELL is not traded on this exchange." on its one line: the symbol as typed
    // is elided in the middle, the reason's words stay whole (review 30 F7).
    FormGrid::showReason(nullptr, m_symbolError, s.shownError(OrderCheck::Field::Symbol), *m_colors,
                         s.draft.symbol);
}

void TargetPicker::onAccountPicked()
{
    const QString id = m_account->currentData().toString();
    const TicketModel::Batch batch(m_ticket); // the context's news and the choice: one decision
    if (!id.isEmpty() && id != m_deps.account())
        m_deps.chooseAccount(id);
    m_ticket->setAccount(id);
}

void TargetPicker::onSymbolEdited(const QString &text)
{
    const TicketModel::Batch batch(m_ticket); // the market's news and the choice: one decision
    const QString symbol = text.trimmed().toUpper();
    const QString before = m_ticket->state().draft.symbol;
    Q_EMIT symbolEdited(!before.isEmpty() && symbol != before);
    if (m_deps.market->rules(symbol))
        m_deps.market->setSymbol(symbol);
    m_ticket->setSymbol(symbol);
}
