#pragma once

#include "models/MarketCrossing.h"
#include "models/OrderDraft.h"
#include "models/OrderSizer.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class PlacementTracker;
class StaleMonitor;

// Everything the order form shows, decided once per change.
struct TicketState
{
    OrderDraft draft;
    std::optional<SymbolRules> rules; // of the ticket's symbol, when it is traded here
    OrderCheck check;
    // The last price the checks use: only one the market sent for the ticket's own symbol.
    std::optional<Decimal> lastPrice;
    // Each field's reason beside it; blank size fields are not shouted at before anything is typed.
    QHash<OrderCheck::Field, QString> shownErrors;
    QString warnings; // shown only while the order has no error (the crossing note among them)
    // A LIMIT that would trade at once against the book now: told, never refused.
    QString crossing;
    // Why Place is off for a reason outside the order (credentials refused, stale market data).
    QString blocked;
    QString placeText;
    bool placeEnabled = false;
    QString priceTitle = QStringLiteral("Price"); // "Price (USDT)"
    QString quantityTitle = QStringLiteral("Quantity");
    QString amountTitle = QStringLiteral("Amount");
    QString notional;  // "690.00 USDT", or "—"
    QString available; // "1,000.00 USDT · 0.5000 BTC", or "—"
    bool quickSizeEnabled = false;
    QList<Decimal> presets; // the symbol's quantity presets, in its base asset
    // A MARKET order's amount follows this percent of the balance (a % button), sized again
    // from the freshest book on every change; nullopt once the trader types the amount.
    std::optional<int> marketPercent;
    // What the order does, with units: "Buy 0.0100 BTC at 69,000.00 USDT = 690.00 USDT".
    QString summary;

    QString shownError(OrderCheck::Field f) const { return shownErrors.value(f); }
};

// The order ticket without widgets: the inputs come in through setters (what the trader typed
// and chose, the symbol's rules, the last price, balances, the connection), the verdict goes out
// as one TicketState. Each change recomputes once and emits changed() once; a Batch holds the
// recomputation until several inputs have changed together.
class TicketModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketModel)

public:
    using Field = OrderCheck::Field;

    explicit TicketModel(QObject *parent = nullptr);

    const TicketState &state() const { return m_state; }

    // Inputs: what the trader typed and chose.
    void setAccount(const QString &accountId);
    void setSymbol(const QString &typed);
    void setSide(Side side);
    void setType(OrderType type);
    void setPriceText(const QString &text);
    void setQuantityText(const QString &text);
    void setAmountText(const QString &text);
    void setClientOrderId(const QString &id);
    // Inputs: what the exchange and the settings say.
    void setSymbols(const QList<SymbolRules> &symbols);
    // The market's last price and the symbol it was asked for (a reply for a symbol the trader
    // has left never counts for the new one).
    void setLastPrice(const QString &symbol, const std::optional<Decimal> &price);
    // The best bid/ask as polled for `symbol` (nullopt: none yet); only the ticket's own symbol's
    // counts, as for the last price.
    void setQuote(const QString &symbol, const std::optional<BookTicker> &book);
    // The visible order book as polled for `symbol` (nullopt: none, or too old to count); a
    // MARKET order's estimate, its % sizes and its balance check walk it (MarketFill).
    void setDepth(const QString &symbol, const std::optional<Depth> &depth);
    // Available per asset; nullopt while the balances have not loaded.
    void setAvailable(const std::optional<QHash<QString, Decimal>> &available);
    void setLargeNotional(const Decimal &notional);
    void setQuantityPresets(const QHash<QString, QList<Decimal>> &bySymbol);
    void setCredentialsRefused(bool refused);
    void setMarketStale(bool stale);
    // "Stale" is decided once, by the StaleMonitor the views mark with (the session's market
    // monitor): the ticket follows it from now on (null: not stale).
    void followStale(const StaleMonitor *monitor);
    // Busy, spent and sending states of the ticket's order; followed while it lives.
    void setPlacement(const PlacementTracker *tracker);
    // The trader works in the form itself: edited its price, or asked it for an order (repeat,
    // reverse, a price from the book). Until then (or a try to place) a blank price is not
    // shouted at: the book trades with the form's quantity alone (review 33).
    void priceTouched();
    // The trader tried to place from the form (Enter, Place): every reason shows, blanks too.
    void placeTried();

    // Holds recomputation until it goes out of scope: one changed() for several inputs.
    class Batch
    {
    public:
        explicit Batch(TicketModel *model);
        ~Batch();
        Q_DISABLE_COPY_MOVE(Batch)

    private:
        TicketModel *m_model;
    };

    // The quick-size buttons' result for `percent` of what is available (empty: cannot size).
    // On a MARKET order the percent is kept as the intent ("sell 100 % of my BTC"): its amount
    // is sized again from the freshest book and balances on every change until the trader types
    // another amount, or changes side, type or symbol (review 33 F3: a 100 % sell sized once at
    // the last price was refused after the next tick down).
    // A LIMIT is sized only from the price the trader typed, never from the last price: with no
    // price it sizes nothing and the price's reason asks for one (review 31: 100 % wrote a price
    // the trader never typed, and Place was enabled).
    OrderSizer::Result quickSize(int percent);
    // The price (by tick) or quantity (by lot step) `steps` steps up or down from the typed
    // value, on the step grid and never below one step; nullopt without rules.
    std::optional<Decimal> stepped(Field field, int steps) const;
    // "0.01 0.05 0.1" -> presets on the symbol's lot step; nullopt (with `error`) when invalid.
    static std::optional<QList<Decimal>> parsePresets(const QString &text, const SymbolRules &rules,
                                                      QString *error = nullptr);
    static QString presetsText(const QList<Decimal> &presets);
    // Another order checked as the ticket checks its own (the ladder's): the same validator with
    // the same context — the symbol's rules, the last price only if it is that symbol's, the
    // balances, the fat-finger threshold. One guarded path for the form and the book.
    // `released`: what a cancel of the trader's own order on the same side frees for this one
    // (a move from the book: its unfilled rest, in the quote asset for a buy, the base for a
    // sell), counted on top of the available balance of that asset; nothing else is.
    OrderCheck check(const OrderDraft &draft, const Decimal &released = {}) const;
    // What is available of this asset now (nullopt while the balances have not loaded).
    std::optional<Decimal> available(const QString &asset) const { return availableOf(asset); }
    // At the moment a confirmation is accepted: empty when the order may still go, else why not.
    // Placing may have paused (stale data, refused credentials), or the market moved so that the
    // order now draws a warning the trader did not see (`warnedAtOpen`: how many it showed).
    QString stillHolds(const OrderDraft &draft, int warnedAtOpen) const;
    // The warnings `order` draws now, from the same last price as quoteFor (the confirmation
    // shows both); a price the exchange would now refuse is said first.
    QStringList warningsFor(const NewOrder &order) const;
    // The market as `symbol`'s order sees it now: its bid/ask and last price if they are that
    // symbol's, marked stale while the market data is (then nothing of it counts).
    MarketQuote quoteFor(const QString &symbol) const;
    // The rules of a symbol traded here.
    std::optional<SymbolRules> rules(const QString &symbol) const;
    // The confirmation's line: "Buy 0.0100 BTC at 69,000.00 USDT = 690.00 USDT".
    static QString summaryOf(const NewOrder &order, const SymbolRules &rules,
                             const std::optional<Decimal> &notional);

    // The percent a MARKET amount follows (nullopt: the amount is as typed).
    std::optional<int> marketPercent() const { return m_marketPercent; }

    // How many times the state was computed (each one emitted changed()).
    int revision() const { return m_revision; }

public Q_SLOTS:
    void recompute();

Q_SIGNALS:
    void changed();

private:
    template <typename T> void set(T &slot, const T &value);
    void touch();
    void computeCheck(TicketState &s) const;
    void computeButton(TicketState &s) const;
    void computeTexts(TicketState &s) const;
    std::optional<Decimal> availableOf(const QString &asset) const;
    MarketContext contextFor(const QString &symbol) const;
    // The visible levels an order of `side` in `symbol` takes from, best first: the polled book
    // if it is that symbol's and fresh, else the touch alone, else none (MarketFill::levelsFor).
    QList<DepthLevel> levelsFor(const QString &symbol, Side side) const;
    OrderSizer::Input sizerInput(int percent) const;
    // Sizes the MARKET amount again from the kept percent (into m_draft), before a recompute.
    void followMarketPercent();
    // A MARKET order's Value: what its estimate comes to ("≈ 97.96 USDT"); empty without one.
    QString marketValue(const TicketState &s) const;

    TicketState m_state;
    OrderDraft m_draft;
    QHash<QString, SymbolRules> m_symbols;
    QString m_priceSymbol;
    std::optional<Decimal> m_lastPrice;
    QString m_quoteSymbol;
    std::optional<BookTicker> m_quote;
    QString m_depthSymbol;
    std::optional<Depth> m_depth;
    std::optional<int> m_marketPercent;
    std::optional<QHash<QString, Decimal>> m_available;
    Decimal m_largeNotional; // MarketContext's default until set (the constructor)
    QHash<QString, QList<Decimal>> m_presets;
    bool m_credentialsRefused = false;
    bool m_marketStale = false;
    bool m_priceAsked = false; // a % size was asked for a LIMIT with no price (until one is typed)
    bool m_priceTouched = false; // priceTouched() (until another symbol)
    bool m_placeTried = false;   // placeTried() (until another symbol)
    QPointer<const PlacementTracker> m_tracker;
    QPointer<const StaleMonitor> m_stale;
    int m_batch = 0;
    bool m_dirty = false;
    int m_revision = 0;
};
