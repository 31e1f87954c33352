#include "ui/DepthView.h"

#include "models/AssetFormat.h"
#include "models/ColorScheme.h"
#include "models/DepthModel.h"
#include "models/TicketModel.h"
#include "ui/LadderTrader.h"
#include "ui/MessageBar.h"
#include "ui/OneLineLabel.h"
#include "ui/Theme.h"
#include "ui/WidgetColors.h"

#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <functional>
#include <optional>

DepthView::DepthView(DepthModel *model, const ColorScheme *colors, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_colors(colors),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("depthView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(3, 3, 3, 3); // room for the armed frame
    layout->setSpacing(2);
    buildBar();
    m_above = new QLabel(this);
    m_above->setObjectName(QStringLiteral("ownAbove"));
    m_below = new QLabel(this);
    m_below->setObjectName(QStringLiteral("ownBelow"));
    m_message = new MessageBar(colors, this);
    m_message->setObjectName(QStringLiteral("ladderMessage"));
    // Three lines: an outcome ("— placed: order …", "→ 69,993.00 USDT.") and a refusal with its
    // numbers ("… available 96,717.99 USDT.", cut at two) read whole at 1440 px; the bar's
    // height is the same whatever the message, so the rows never jump.
    m_message->setLines(3);
    m_message->hide();
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("ladderInfo"));
    m_info->setAlignment(Qt::AlignCenter);
    // No text in the book makes its dock wider or taller: each line is one line, elided to the
    // book's width, whole in its tooltip (a long off-range line widened the window past the
    // screen).
    OneLineLabel::keep(m_info);
    buildMarkers();
    layout->addWidget(m_info);
    layout->addWidget(buildEdge(m_above, m_marketAbove));
    layout->addWidget(m_table, 1);
    layout->addWidget(buildEdge(m_below, m_marketBelow));
    buildPreview();
    layout->addWidget(m_message);
    buildAlert();
    m_table->setObjectName(QStringLiteral("depthTable"));
    m_table->setAccessibleName(tr("Order book"));
    m_table->setModel(model);
    // No selection: the keyboard's level is outlined by the delegate, focused or not.
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(false);
    m_table->setFont(Theme::fixedFont());
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(m_table->font()).height() + 4);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Prices are never elided: their column is as wide as the widest price (see fitPrices()).
    m_table->horizontalHeader()->setSectionResizeMode(DepthModel::Price, QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(DepthModel::Total, QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this); // clicks, with the modifiers they came with
    m_table->viewport()->setMouseTracking(true);   // the hovered row's preview
    // The prices stay; a new anchor (centred, followed, regrouped) brings the market to the middle.
    connect(model, &DepthModel::anchored, this, &DepthView::onAnchored);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_drawn.clear();
        if (m_model->rules().symbol != m_symbol) // another symbol: no refusal of the last holds
            clearRefusal();
        m_symbol = m_model->rules().symbol;
    });
    m_symbol = model->rules().symbol;
    connect(model, &DepthModel::marketMoved, this, &DepthView::updateInfo);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DepthView::updateFollowing);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &now) {
                const DepthModel::Level *l = m_model->level(now.row());
                m_currentPrice = l ? std::optional<Decimal>(l->price) : std::nullopt;
                m_table->viewport()->update(); // the outline moves with it
                updatePreview();
            });
    connect(model, &DepthModel::ownOrdersChanged, this, &DepthView::updateEdges);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &DepthView::fitPrices);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &DepthView::updateEdges);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &DepthView::updateInfo);
    watchKeyLine(); // its lines go when what they say no longer holds
    setArmed(false);
    connect(colors, &ColorScheme::changed, this, [this] {
        setArmed(isArmed());
        updateInfo();
    });
    onAnchored();
}

void DepthView::buildBar()
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    m_arm = new QToolButton(this);
    m_arm->setObjectName(QStringLiteral("ladderArm"));
    m_arm->setCheckable(true);
    m_arm->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_arm, &QToolButton::toggled, this, &DepthView::setArmed);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("ladderGrouping"));
    // As wide as its longest step with its unit ("1.00 USDT"), however late the texts come.
    m_grouping->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int factor : {1, 10, 100})
        m_grouping->addItem(QString(), factor);
    labelGrouping();
    auto *groupLabel = new QLabel(tr("&Grouping"), this);
    groupLabel->setBuddy(m_grouping);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &DepthView::groupingChosen);
    m_centre = new QToolButton(this);
    m_centre->setObjectName(QStringLiteral("ladderCentre"));
    m_centre->setText(tr("Centre"));
    m_centre->setToolTip(tr("Centre the ladder's prices on the market (C)"));
    connect(m_centre, &QToolButton::clicked, this, &DepthView::centreOnSpread);
    // The switch has a row of its own, across the book: its state reads at a glance, and its
    // longer armed text never widens the dock.
    m_arm->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    static_cast<QVBoxLayout *>(layout())->addWidget(m_arm);
    bar->addWidget(groupLabel);
    bar->addWidget(m_grouping);
    bar->addStretch(1);
    buildTouchAge(bar);
    bar->addWidget(m_centre);
    static_cast<QVBoxLayout *>(layout())->addLayout(bar);
}

// Under the ladder's line, shown only while a move has left the trader flat: the rows above
// keep their places when it appears.
void DepthView::buildAlert()
{
    m_alert = new QWidget(this);
    m_alert->setObjectName(QStringLiteral("ladderInterrupted"));
    auto *row = new QHBoxLayout(m_alert);
    row->setContentsMargins(0, 0, 0, 0);
    m_interrupted = new MessageBar(m_colors, m_alert);
    m_placeAgain = new QPushButton(tr("Place again (R)"), m_alert);
    m_placeAgain->setObjectName(QStringLiteral("ladderPlaceAgain"));
    row->addWidget(m_interrupted, 1);
    row->addWidget(m_placeAgain, 0, Qt::AlignVCenter);
    connect(m_placeAgain, &QPushButton::clicked, this, &DepthView::placeAgain);
    connect(m_interrupted, &MessageBar::dismissed, this, [this] {
        if (m_trader)
            m_trader->dismissInterrupted();
    });
    m_alert->hide();
    static_cast<QVBoxLayout *>(layout())->addWidget(m_alert);
}

void DepthView::setTrader(LadderTrader *trader)
{
    m_trader = trader;
    trader->setDialogParent(this);
    // The book's confirmation (or cancel preview) closed: the keys reach the book again (the next
    // B did nothing). Its window is made active again: the dialog was the active window, and
    // nothing else gives the keyboard back to the window it stood over (review 33).
    connect(trader, &LadderTrader::confirmationClosed, this, [this] {
        activateWindow();
        m_table->setFocus(Qt::OtherFocusReason);
        QTimer::singleShot(0, m_table, [this] { m_table->setFocus(Qt::OtherFocusReason); });
    });
    // A move from the book ends with a message: the ladder may follow the market again.
    connect(trader, &LadderTrader::message, this, &DepthView::updateFollowing);
    connect(trader, &LadderTrader::message, this,
            [this](MessageBar::Kind kind, const QString &text) {
                m_message->show(kind, text);
                m_refusedWith.reset();
                m_refusedPaused = false;
                m_refusalTimer->stop();
                if (kind == MessageBar::Kind::Warning) {
                    m_refusalTimer->start();
                    tipAtClick(text); // a click's refusal: at the pointer too
                }
                if (kind == MessageBar::Kind::Warning && m_trader->ticket()) {
                    m_refusedWith = ticketInputs();
                    // Refused by the pause (stale data, refused credentials): goes when it ends.
                    const QString paused = m_trader->ticket()->state().blocked;
                    m_refusedPaused = !paused.isEmpty() && text.contains(paused);
                }
            });
    // A refusal goes with its cause: the ticket changed what the ladder uses, and the ticket now
    // reads valid for it (found by hand: "Nothing placed: Type a quantity…" stayed for a minute
    // after the quantity was typed, and after the book was disarmed).
    if (TicketModel *ticket = trader->ticket()) {
        connect(ticket, &TicketModel::changed, this, [this] {
            if (m_refusedWith && m_refusedPaused && m_trader->ticket()->state().blocked.isEmpty())
                return clearRefusal(); // the data is fresh again (or the key accepted)
            if (!m_refusedWith || ticketInputs() == *m_refusedWith)
                return;
            const TicketState &state = m_trader->ticket()->state();
            if (state.draft.quantityText.trimmed().isEmpty()
                || !state.check.errors.value(OrderCheck::Field::Quantity).isEmpty()
                || state.draft.symbol != m_model->rules().symbol)
                return;
            clearRefusal();
        });
        connect(ticket, &TicketModel::changed, this, &DepthView::updatePreview);
    }
    connect(trader, &LadderTrader::interruptedChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_interrupted->clear();
            m_alert->hide();
            return;
        }
        m_interrupted->show(MessageBar::Kind::Error, text); // an error stays until it is gone
        m_alert->show();
    });
}

// The interrupted move's rest, placed again on purpose: armed, as every order from the book.
void DepthView::placeAgain()
{
    if (!m_trader)
        return;
    if (!isArmed()) {
        m_message->show(MessageBar::Kind::Info,
                        tr("The book is not armed: nothing was sent. Arm \"Trade from the "
                           "book\" (Alt+K) to place it again."));
        return;
    }
    m_trader->placeInterrupted();
}

bool DepthView::isArmed() const
{
    return m_arm->isChecked();
}

QStringList DepthView::ticketInputs() const
{
    const OrderDraft &draft = m_trader->ticket()->state().draft;
    return {draft.accountId, draft.symbol, draft.quantityText};
}

// A refusal (a warning: nothing was sent) is taken down; an outcome of what was sent stays.
void DepthView::clearRefusal()
{
    m_refusedWith.reset();
    m_refusedPaused = false;
    m_refusalTimer->stop();
    if (m_message->kind() == MessageBar::Kind::Warning)
        m_message->clear();
}

void DepthView::setArmed(bool armed)
{
    // Armed only with a ticket a click can trade (a LIMIT of this symbol with a size): else
    // refused, with the reason at the switch and under the rows.
    const QString refused = armed && m_trader ? m_trader->armRefusal() : QString();
    if (!refused.isEmpty()) {
        m_arm->setChecked(false); // setArmed(false) runs first
        warn(refused);
        QToolTip::showText(m_arm->mapToGlobal(m_arm->rect().bottomLeft()), refused, m_arm);
        return;
    }
    // Armed anew: a refusal or a "Disarmed: …" from before no longer holds (found by hand: "Not
    // armed: …" stayed under the armed book).
    if (armed && m_message->kind() == MessageBar::Kind::Info)
        m_message->clear();
    clearRefusal();
    // Armed, the switch says the size each click trades (TT shows it on the ladder): any change
    // of the ticket's size disarms, so it is always the size a click sends.
    const QString size = armed && m_trader ? m_trader->clickSize() : QString();
    m_arm->setText(!armed           ? tr("Trade from the boo&k")
                   : size.isEmpty() ? tr("ARMED — trade from the boo&k")
                                    : tr("ARMED · %1 a clic&k").arg(size));
    m_arm->setAccessibleName(armed ? tr("Trade from the book: armed, %1 a click").arg(size)
                                   : tr("Trade from the book: off"));
    // Armed: bold text in the warning colour (4.5:1 on the window in light and dark) and the
    // frame in the same colour around the whole book.
    m_arm->setPalette(QPalette()); // back to the theme's, which may have changed since
    if (armed)
        WidgetColors::setText(m_arm, m_colors->warning());
    WidgetColors::setBold(m_arm, armed);
    // The help is on the switch, never on the rows: a tooltip there covered the prices aimed at
    // and was cut at the dock's edge.
    m_arm->setToolTip(
        armed ? tr("Armed (Alt+K): a click places at its row (the line under the rows says "
                   "what), Mine cancels, a drag of Mine moves. B/S, Delete and Ctrl+Up/Down act "
                   "at the outlined row: the one picked with the arrows or by moving the pointer "
                   "onto it, never one that scrolled under it. Ctrl+click fills "
                   "only price and side into the form: the ticket's quantity stays.")
              : tr("Arm to trade from the book (Alt+K). Unarmed, a click takes the price into the "
                   "form; Ctrl+click its side and the size up to it."));
    m_pressRow = -1;
    updateFollowing();
    updatePreview();
    update();
}

// Hidden (its dock closed, another tab in front, the window minimised), the book cannot be
// watched: it is disarmed, and armed again only on purpose.
void DepthView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (isArmed())
        m_arm->setChecked(false);
}

// A dock behind another tab may stay "visible" to Qt: its own signal says it is not seen.
void DepthView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dockWatched)
        return;
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
                if (!visible && isArmed())
                    m_arm->setChecked(false);
            });
            m_dockWatched = true;
            return;
        }
    }
}

void DepthView::updateFollowing()
{
    // Unarmed, the ladder re-centres by itself when the market leaves the middle of its rows, but
    // never under the pointer, within LeaveGraceMs of the pointer leaving the rows (a hand that
    // overshoots the edge comes back to the prices it left), during a click or drag, or while a
    // move from the book runs.
    // Armed, never by itself, wherever the pointer is, even when the market has left the rows in
    // view (decided in session 33, against TT's "auto-recentre with the mouse away"): an armed
    // click places at once, and the pointer says nothing of where the trader's eyes and intent
    // are. A trader reads a price with the pointer on the form and then moves the hand to it
    // (review 31: the rows re-centred on the way and the click landed on another price, on the
    // other side of the spread when the rows jump a whole screen). The market beyond the rows is
    // told instead, at the edge it went past, with how far ("▲ Market 12 rows above"): one click
    // on that marker, C, Centre, or disarming (it follows again) re-centres on purpose. The
    // keyboard's level keeps its price (keepCurrentPrice()).
    const bool moving = m_trader && m_trader->movesRunning() > 0;
    const bool pointer = m_hovered || (m_leaveGrace && m_leaveGrace->isActive());
    m_model->setFollowing(!isArmed() && !pointer && m_pressRow < 0 && !moving);
}

void DepthView::painted(int row)
{
    const DepthModel::Level *l = m_model->level(row);
    if (!l)
        return;
    if (int(m_drawn.size()) != m_model->rowCount())
        m_drawn.assign(size_t(m_model->rowCount()), Drawn{});
    m_drawn[size_t(row)] = {l->price, l->kind, true};
}

DepthView::Drawn DepthView::drawn(int row) const
{
    if (row >= 0 && row < int(m_drawn.size()) && m_drawn[size_t(row)].valid)
        return m_drawn[size_t(row)];
    const DepthModel::Level *l = m_model->level(row); // not painted yet: as it is
    return l ? Drawn{l->price, l->kind, true} : Drawn{};
}

void DepthView::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!isArmed())
        return;
    QPainter painter(this);
    QPen pen(m_colors->warning(), 3);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.drawRect(rect().adjusted(1, 1, -2, -2));
}

void DepthView::choose(int row, bool withSize)
{
    const DepthModel::Level *level = m_model->level(row);
    if (!level)
        return;
    if (withSize)
        chooseWithSide(drawn(row), row);
    else
        Q_EMIT priceChosen(level->price);
}

void DepthView::centreOnSpread()
{
    m_model->centre(); // announces anchored(): onAnchored()
    onAnchored();
}

void DepthView::onAnchored()
{
    m_drawn.clear(); // other prices: what was drawn is redrawn
    keepCurrentPrice();
    aimAt({}); // other prices under a still pointer: no preview until it moves
    updatePreview();
    fitPrices();
    m_table->scrollTo(m_model->index(m_model->rowCount() / 2, 0),
                      QAbstractItemView::PositionAtCenter);
    updateEdges();
    updateInfo();
}
