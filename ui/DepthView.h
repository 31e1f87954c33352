#pragma once

#include "core/Decimal.h"

#include "models/DepthModel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointF>
#include <QSet>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class ColorScheme;
class LadderTrader;
class MessageBar;
class QComboBox;
class QHelpEvent;
class QKeyEvent;
class QHBoxLayout;
class QLabel;
class QMouseEvent;
class QPushButton;
class QTimer;
class QTableView;
class QToolButton;

// The order book ladder. Unarmed, a click (or Enter) on a level takes its price into the order
// form; Ctrl+click (or Ctrl+Enter) takes its price, side and the cumulative size from the spread
// to it (armed: price and side only, the ticket's quantity stays); it never places.
// Armed ("Trade from the book", Alt+K; a coloured frame and "ARMED · 0.0100 BTC a click" say so,
// with the size each click trades), the ladder trades: a click on a bid level buys at its price
// with the ticket's quantity, on an ask level sells. It arms only with a LIMIT ticket of its
// symbol with a valid size, and any change of the ticket's size, type or symbol disarms it
// (LadderTrader says why). A click's refusal is told under the rows and at the pointer.
// The keys act at one row: the keyboard's row, a price the trader picked (arrow keys, Alt+K, or a
// real move of the pointer onto a row; scrolling under a still pointer never changes it, see
// DepthViewKeys.cpp), and only while it is in view. The keys
// reach the book only while its table has focus (the pointer never takes it: typing in the form
// over the book must not trade), so only then is that row outlined and does the line under the
// rows say what B/S sends ("Keys: …"); without focus it says what a click sends at the hovered
// row, or "Click the book to use its keys". B and S buy and sell, never across the spread (a
// buy at or above the best ask, a sell at or below the best bid, sends nothing and says why: the
// form places an order that crosses); a click on the Mine cell (or Delete, or Backspace) cancels
// the own orders at that level (through the cancel preview when every order is confirmed); a
// click on a side a row changed to less than a second ago places nothing; dragging the Mine cell to
// another level of its side (or Ctrl+Up/Down) moves them there, cancel first. Held keys act once. C
// centres on the spread. Depth bars behind the levels are drawn by a delegate. The ladder is
// price-fixed: each row is one price; armed, its prices never move by themselves (C or Centre
// re-anchors them on the market, as do disarming and another symbol; when the market has left the
// rows in view, a marker at the edge it went past says how many rows away it is, and a click on it
// centres); unarmed, they follow the market except under the pointer (and for a second after it
// leaves). A press acts on the price and side of its row as drawn at that moment, a drag on the row
// drawn under the release. A refusal goes after MessageBar::ExpiryMs or at the next action. Hiding
// the book (closing its dock, another tab over it) disarms it.
class DepthView final : public QWidget
{
    Q_OBJECT

public:
    DepthView(DepthModel *model, const ColorScheme *colors, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Trading from the book goes through this (none: the ladder only fills the form).
    void setTrader(LadderTrader *trader);
    QToolButton *armButton() const { return m_arm; }
    QComboBox *groupingBox() const { return m_grouping; }
    MessageBar *messageBar() const { return m_message; }
    // A move that left the trader flat, told until placed again (R, or its button) or dismissed.
    MessageBar *interruptedBar() const { return m_interrupted; }
    QPushButton *placeAgainButton() const { return m_placeAgain; }
    bool isArmed() const;
    // Own orders beyond the rows in view, as the edge labels show them.
    QLabel *aboveLabel() const { return m_above; }
    QLabel *belowLabel() const { return m_below; }
    // Chooses the level at this model row as a click would (with or without the size).
    void choose(int row, bool withSize);
    void centreOnSpread();
    // The line above the rows: the spread and last price.
    QLabel *infoLabel() const { return m_info; }
    // The market beyond the rows in view: "▲ Market 12 rows above · C centres" at the
    // edge it went past (empty and hidden while the market is in view); a click on it centres.
    QLabel *marketAbove() const { return m_marketAbove; }
    QLabel *marketBelow() const { return m_marketBelow; }
    // The pointer left the rows this long ago at least before an unarmed ladder follows again.
    static constexpr int LeaveGraceMs = 1000;
    // What a click at the hovered level sends (armed), in a line of its own.
    QLabel *previewLabel() const { return m_preview; }
    // Under it, why a struck preview would place nothing (empty while it would place).
    QLabel *previewReason() const { return m_previewWhy; }
    // "touch 0.6 s" in the bar: how old the freshest best bid/ask is, amber past
    // LadderTrader::TouchTrustMs (a click then places nothing).
    QLabel *touchAgeLabel() const { return m_touchAge; }

Q_SIGNALS:
    void priceChosen(const Decimal &price);
    void priceAndSizeChosen(const Decimal &price, const Decimal &size);
    // Ctrl+click (Ctrl+Enter): the side of the row, as a plain armed click there would place.
    void sideChosen(::Side side);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // A row as the trader last saw it painted.
    struct Drawn
    {
        Decimal price;
        DepthModel::RowKind kind = DepthModel::RowKind::Spread;
        bool valid = false;
    };
    Drawn drawn(int row) const;
    void painted(int row);
    void updateFollowing();
    void onAnchored();
    void updateInfo();
    void buildBar();
    void buildAlert();
    void placeAgain();
    bool onMouse(QEvent *event);
    bool dragging(const QMouseEvent *mouse);
    void keyRowAfterDrop(int row); // the keyboard's row after a drag from a Mine cell
    // A Mine cell's tooltip ("0.0001 BTC left of 0.0100 BTC") shows only once the pointer has
    // rested on the cell for MineTipMs: at once, it covered the row below the one aimed at.
    bool mineTip(const QHelpEvent *help);
    QElapsedTimer m_hoverSince; // since the pointer came to m_hover
    QTimer *m_tipTimer = nullptr;
    QPersistentModelIndex m_tipAt; // the cell whose tooltip waits, and where it was asked for
    QPoint m_tipGlobal;
    static constexpr int MineTipMs = 1000;
    QModelIndex shownAt(const QPoint &point) const;
    bool onKey(QKeyEvent *key);
    void release(int row);
    bool heldKey(const QKeyEvent *key);
    void moveBy(int row, int steps);
    // Why B or S at this row would cross the spread (empty: it rests).
    QString crossing(int row, ::Side side) const;
    QString moveAcross(const Drawn &to, ::Side side) const;
    void setArmed(bool armed);
    void fitPrices();
    void updateEdges();
    // The market's edge markers (DepthViewMarket.cpp).
    void buildMarkers();
    QWidget *buildEdge(QLabel *own, QLabel *market);
    void updateMarket();
    bool onMarker(QObject *watched, QEvent *event);
    void pointerOver(bool over); // the pointer came to the rows (or left them)
    // What of the ticket the ladder trades with: its account, symbol and quantity as typed.
    QStringList ticketInputs() const;
    void clearRefusal();
    // Armed, while the pointer is over a level: what a click there sends, in a line of its own
    // under the rows ("▲ Buy 0.0100 BTC @ 69,978.00"); struck through, with the reason in the
    // line under it (previewReason()) and in its tooltip, when the ticket would not place it. Gone
    // when the pointer leaves, on Centre and on a scroll (until the pointer moves again).
    void updatePreview();
    void buildPreview();
    // Ctrl+click and Ctrl+Enter: the price, the row's side, and the size up to it where the book
    // has one (else the ticket's quantity stays).
    void chooseWithSide(const Drawn &at, int row);
    // Grouping: the steps named in the quote asset, a default per symbol from its price and tick
    // (the rows span about 0.05 % of the price), and the trader's choice kept per symbol.
    void labelGrouping();
    int visibleRows() const; // about how many rows the table shows
    void groupForSymbol();
    void groupingChosen();
    // The keyboard's level keeps its price when the rows are re-anchored (or goes, off the rows).
    void keepCurrentPrice();

    DepthModel *m_model;
    const ColorScheme *m_colors;
    LadderTrader *m_trader = nullptr;
    QTableView *m_table;
    QToolButton *m_arm = nullptr;
    QComboBox *m_grouping = nullptr;
    QToolButton *m_centre = nullptr;
    QLabel *m_above = nullptr;
    QLabel *m_below = nullptr;
    QLabel *m_marketAbove = nullptr;
    QLabel *m_marketBelow = nullptr;
    QTimer *m_leaveGrace = nullptr; // runs for LeaveGraceMs after the pointer left the rows
    QLabel *m_info = nullptr;
    MessageBar *m_message = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_previewWhy = nullptr;
    QLabel *m_touchAge = nullptr;
    QTimer *m_touchAgeTimer = nullptr;
    bool m_touchOld = false;
    void buildTouchAge(QHBoxLayout *bar);
    void showTouchAge();
    QString m_groupedFor;           // the symbol the grouping was chosen for
    bool m_settingGrouping = false; // the grouping set by the book, not by the trader
    std::optional<Decimal> m_currentPrice;
    QWidget *m_alert = nullptr; // the interrupted move's bar and its "Place again"
    MessageBar *m_interrupted = nullptr;
    QPushButton *m_placeAgain = nullptr;
    int m_pressRow = -1; // where the left button went down (-1: no click in progress)
    int m_pressColumn = -1;
    int m_keyBeforePress = -1; // the keyboard's row when the button went down
    Drawn m_press;             // the pressed row as it was drawn
    bool m_hovered = false;
    QModelIndex m_hover; // the cell under the pointer (invalid: none)
    // The side the trader aimed at: the hovered row's as drawn when the pointer came to it. A
    // market that moves through the row under a still pointer does not turn a buy into a sell.
    int m_aimRow = -1;
    DepthModel::RowKind m_aimKind = DepthModel::RowKind::Spread;
    Decimal m_aimPrice; // the row's price then: rows re-centred under the pointer aim anew
    void aimAt(const QModelIndex &at);
    // Where B, S, Delete, Backspace, Ctrl+Up/Down and Enter act: the row the pointer moved onto
    // (that row is the keyboard's row: moving the pointer moves it), else the keyboard's row
    // (arrow keys), outlined while the table has focus; -1: none.
    int keyRow() const;
    bool aimed() const; // the pointer is on a row it came to (not moved under it since)
    QString keyPreview(int row, ::Side *side, QString *why);
    QString cancelPreview() const;
    bool keyPreviewClicks() const;
    // An order placed from the book: the preview goes until the pointer moves.
    bool m_previewSpent = false;
    // A refusal (a warning: nothing was sent) goes after MessageBar::ExpiryMs or at the next
    // action on the ladder.
    QTimer *m_refusalTimer = nullptr;
    void warn(const QString &text);
    void tell(const QString &text); // a click that sent nothing, and why (not a warning)
    // While an armed click is handled: where it was (global), to tell its refusal there too.
    std::optional<QPoint> m_clickAt;
    void tipAtClick(const QString &text);
    // The ticket's inputs when the ladder last refused (a warning): the refusal goes once they
    // change to valid ones, on disarming, or on a new symbol.
    std::optional<QStringList> m_refusedWith;
    bool m_refusedPaused = false; // that refusal was the pause's: it goes when the pause ends
    QString m_symbol;             // the book's symbol, as of its last reset
    bool m_dockWatched = false;
    std::vector<Drawn> m_drawn; // by row
    QSet<int> m_keysDown;       // keys pressed and not yet released: a held key acts once
    // When each key was last released: an X server without detectable auto-repeat sends a held
    // key as release-press pairs at the same moment, with no auto-repeat flag.
    QHash<int, quint64> m_releasedAt;
    static constexpr quint64 RepeatPairMs = 30;

    // A row's side as the trader could have seen it (DepthViewSides.cpp). A hand sent to a row
    // arrives about a second later: a trader notices a change of colour and decides in some
    // 300-500 ms, and the hand travels and presses in as long again. A click pressed on a row
    // whose side changed less than SideSettleMs before places nothing (it may be a hand sent to
    // the row's old side: a bid aimed at, an ask when the click landed, and a sell placed), and
    // the preview there is struck until it has settled.
    static constexpr qint64 SideSettleMs = 1000;
    struct SideSeen
    {
        DepthModel::RowKind kind = DepthModel::RowKind::Spread;
        qint64 since = -1; // when it changed (m_sideClock); -1: first painted so, settled
    };
    QHash<QString, SideSeen> m_sides; // by symbol and price
    QElapsedTimer m_sideClock;
    QTimer *m_settleTimer = nullptr;
    bool m_pressUnsettled = false; // the pressed row's side had not settled at the press
    void sawSide(int row);
    qint64 sideUnsettledFor(const Decimal &price, DepthModel::RowKind kind) const;
    void recheckSideLater(qint64 ms);
    QString justCrossed(const Drawn &at) const;
    // The keys act only at a row in view (the line named 3,528.50 while the rows began at
    // 3,527.50); arming gives the book's table the keys.
    std::pair<int, int> rowsInView() const;
    bool rowInView(int row) const;
    QString keyRowAway(int row) const;
    // The keyboard's row (DepthViewKeys.cpp, where its one rule is written): a price the trader
    // picked, never moved by rows sliding under a still pointer.
    bool keyOffView(const QKeyEvent *key, int row);
    void keyRowTo(int row);
    int marketRowInView() const;
    struct KeyLine
    {
        QString text;
        Decimal price; // the keyboard's price it is about
        QString symbol;
        bool away = false; // a refusal: that price is out of view
    };
    std::optional<KeyLine> m_keyLine; // the line under the book about the keyboard's row
    void showKeyLine(bool away, const QString &text);
    void checkKeyLine();
    void watchKeyLine();
    std::optional<QPointF> m_pointerAt; // where the last mouse move was (global); none: left
    bool pointerMoved(const QMouseEvent *move);
    void focusOnArming(bool armed);
};
