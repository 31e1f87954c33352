#include "GuiFixture.h"
#include "models/BookController.h"
#include "models/ColorScheme.h"
#include "models/MarketDataController.h"
#include "models/OrderTableModel.h"
#include "models/PollingFeed.h"
#include "ui/DepthView.h"
#include "ui/FinishedFilterBar.h"
#include "ui/MessageBar.h"
#include "ui/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QStyleOptionButton>

#include <algorithm>
#include <cmath>

// Every text reads at 4.5:1 at least (WCAG AA), measured on what is really painted: each key
// widget is grabbed offscreen twice, with its text and with its text colours made transparent;
// the pixels that differ are the text. The text's colour is the differing pixel that stands out
// most from what is behind it (a glyph's fully covered pixel); the ratio is that colour against
// the worst background pixel behind the text, so a button's gradient counts at its worst.
namespace {

double luminance(const QColor &c)
{
    const auto ch = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Reading
{
    double ratio = 0;
    QColor text, background;
    int pixels = 0;
    QString describe() const
    {
        return QStringLiteral("%1:1 (text %2 on %3, %4 px)")
            .arg(ratio, 0, 'f', 2)
            .arg(text.name(), background.name())
            .arg(pixels);
    }
};

Reading compare(const QImage &with, const QImage &without)
{
    Reading r;
    double best = 0;
    QList<QPoint> textPixels;
    for (int y = 0; y < with.height(); ++y)
        for (int x = 0; x < with.width(); ++x) {
            const QColor a = with.pixelColor(x, y), b = without.pixelColor(x, y);
            if (a == b)
                continue;
            textPixels.append({x, y});
            if (const double c = contrast(a, b); c > best) {
                best = c;
                r.text = a;
            }
        }
    r.pixels = textPixels.size();
    r.ratio = 22; // above any ratio, so the worst background is always named
    for (const QPoint &p : std::as_const(textPixels)) {
        const QColor b = without.pixelColor(p);
        if (const double c = contrast(r.text, b); c < r.ratio) {
            r.ratio = c;
            r.background = b;
        }
    }
    return r;
}

// The widget drawn without its text: its text colours made fully transparent.
QPalette hideText(QWidget *w)
{
    const QPalette saved = w->palette();
    QPalette p = saved;
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        for (auto role :
             {QPalette::WindowText, QPalette::ButtonText, QPalette::Text, QPalette::HighlightedText,
              QPalette::BrightText, QPalette::PlaceholderText})
            p.setColor(group, role, Qt::transparent);
    w->setPalette(p);
    return saved;
}

// What is on screen where the widget is: its window grabbed there, so a translucent background
// is seen over what really lies behind it.
QImage onScreen(QWidget *w)
{
    QWidget *top = w->window();
    return top->grab(QRect(w->mapTo(top, QPoint(0, 0)), w->size()))
        .toImage()
        .convertToFormat(QImage::Format_RGB32);
}

Reading measure(QWidget *w)
{
    const QImage with = onScreen(w);
    const QPalette saved = hideText(w);
    const QImage without = onScreen(w);
    w->setPalette(saved);
    return compare(with, without);
}

// A table cell: its background is flat, the colour it is mostly painted in.
Reading measureCell(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> counts;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            ++counts[image.pixel(x, y)];
    const QRgb bg = std::max_element(counts.cbegin(), counts.cend()).key();
    QImage flat = image.copy(rect);
    flat.fill(bg);
    return compare(image.copy(rect), flat);
}

} // namespace

class TestGuiContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void keyWidgets_data();
    void keyWidgets();
    void tableColours_data() { keyWidgets_data(); }
    void tableColours();
    void checkBoxesStandOut_data() { keyWidgets_data(); }
    void checkBoxesStandOut();
    void fieldsHaveAVisibleEdge_data() { keyWidgets_data(); }
    void fieldsHaveAVisibleEdge();

private:
    void setUp();
    void check(const QString &what, QWidget *w);

    std::unique_ptr<GuiFixture> f;
    QStringList m_failures;
    QStringList m_readings;
};

void TestGuiContrast::cleanup()
{
    f.reset();
}

void TestGuiContrast::keyWidgets_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("colourBlind");
    QTest::addRow("light") << false << false;
    QTest::addRow("dark") << true << false;
    QTest::addRow("light colour-blind") << false << true;
    QTest::addRow("dark colour-blind") << true << true;
}

void TestGuiContrast::setUp()
{
    QFETCH(bool, dark);
    QFETCH(bool, colourBlind);
    QLocale::setDefault(QLocale::c());
    Theme::apply(*qApp, dark ? Theme::Mode::Dark : Theme::Mode::Light);
    f = std::make_unique<GuiFixture>();
    QVERIFY(f->ready());
    QCOMPARE(probe(f->session).colors()->isDark(), dark);
    probe(f->session)
        .colors()
        ->setKind(colourBlind ? ColorScheme::Kind::ColorBlindSafe : ColorScheme::Kind::Standard);
    m_failures.clear();
    m_readings.clear();
}

// Each text the widget shows, itself or in a label or button inside it, measured on its own:
// a bar's message and its close button are two texts in two colours.
void TestGuiContrast::check(const QString &what, QWidget *w)
{
    QVERIFY2(w, qPrintable(what));
    QVERIFY2(w->isVisible(), qPrintable(what));
    QList<QWidget *> texts{w};
    const auto children = w->findChildren<QWidget *>();
    for (QWidget *c : children)
        if (c->isVisible() && (qobject_cast<QLabel *>(c) || qobject_cast<QAbstractButton *>(c)))
            texts.append(c);
    int found = 0;
    for (QWidget *t : std::as_const(texts)) {
        const Reading r = measure(t);
        if (r.pixels <= 10)
            continue; // draws no text of its own
        ++found;
        const QString name =
            what + (t == w ? QString() : QStringLiteral(" / ") + t->metaObject()->className());
        m_readings.append(name + QStringLiteral(" ") + r.describe());
        if (r.ratio < 4.5)
            m_failures.append(name + QStringLiteral(" ") + r.describe());
    }
    QVERIFY2(found > 0, qPrintable(what + QStringLiteral(": no text painted")));
}

void TestGuiContrast::keyWidgets()
{
    setUp();
    if (QTest::currentTestFailed())
        return;
    auto *buy = f->field<QPushButton>("buy");
    auto *sell = f->field<QPushButton>("sell");
    auto *limit = f->field<QPushButton>("limit");
    auto *market = f->field<QPushButton>("market");
    auto *price = f->field<QLineEdit>("price");
    auto *quantity = f->field<QLineEdit>("quantity");
    price->setText(QStringLiteral("73990.00")); // far from the last price: a warning
    quantity->setText(QStringLiteral("0.0100"));
    for (QPushButton *side : {buy, sell}) {
        side->click();
        const QString name = side == buy ? QStringLiteral("buy") : QStringLiteral("sell");
        QVERIFY(f->placeButton()->isEnabled());
        check(name + QStringLiteral(": Place button"), f->placeButton());
        check(name + QStringLiteral(": selected side toggle"), side);
        check(name + QStringLiteral(": other side toggle"), side == buy ? sell : buy);
        check(name + QStringLiteral(": fat-finger warning"), f->field<QLabel>("warnings"));
    }
    // A disabled Place button still carries news ("Sending…", "Checking this order…"): readable.
    quantity->setText(QStringLiteral("0.00001")); // under the lot: Place is disabled
    QVERIFY(!f->placeButton()->isEnabled());
    check(QStringLiteral("disabled Place button"), f->placeButton());
    quantity->setText(QStringLiteral("0.0100"));
    check(QStringLiteral("selected type toggle"), limit);
    check(QStringLiteral("other type toggle"), market);
    market->click();
    check(QStringLiteral("selected type toggle (market)"), market);
    limit->click();
    check(QStringLiteral("best bid"), f->field("bestBid"));
    check(QStringLiteral("best ask"), f->field("bestAsk"));
    check(QStringLiteral("demo banner"), f->field("demoBanner"));
    price->setText(QStringLiteral("70000.005"));
    check(QStringLiteral("field error"), f->field<QLabel>("priceError"));
    MessageBar *bar = f->form()->messageBar();
    using K = MessageBar::Kind;
    const QList<QPair<K, const char *>> kinds = {{K::Info, "info"},
                                                 {K::Success, "success"},
                                                 {K::Warning, "warning"},
                                                 {K::Busy, "busy"},
                                                 {K::Error, "error"}};
    for (const auto &[kind, name] : kinds) {
        bar->show(kind, QStringLiteral("Order 9007199254740993 placed: BUY 0.0100 BTC-USDT"));
        check(QStringLiteral("%1 banner").arg(QLatin1String(name)), bar);
    }
    // Review 29: the grey hints in empty fields carry the format ("digits and '.'"): text to
    // read, 4.5:1 on the field (the dark one was 2.8:1).
    price->clear();
    quantity->clear();
    QVERIFY(price->text().isEmpty() && !price->placeholderText().isEmpty());
    check(QStringLiteral("placeholder (empty price)"), price);
    check(QStringLiteral("placeholder (empty quantity)"), quantity);
    // With room for anti-aliasing: an unhinted glyph's stems cover about 80 % of a pixel on a
    // real screen (the review read #626364 for #8c8c8c), where a grab here shows the full colour.
    {
        const QPalette pal = price->palette();
        const QColor hint = pal.color(QPalette::Active, QPalette::PlaceholderText);
        const QColor field = pal.color(QPalette::Active, QPalette::Base);
        const auto mix = [](double a, double b) {
            return 0.8 * a + 0.2 * b;
        };
        const QColor stem =
            QColor::fromRgbF(mix(hint.redF(), field.redF()), mix(hint.greenF(), field.greenF()),
                             mix(hint.blueF(), field.blueF()));
        const QString what = QStringLiteral("placeholder at 80 % coverage %1 on %2: %3:1")
                                 .arg(stem.name(), field.name())
                                 .arg(contrast(stem, field), 0, 'f', 2);
        m_readings.append(what);
        if (contrast(stem, field) < 4.5)
            m_failures.append(what);
    }
    market->click();
    check(QStringLiteral("placeholder (empty amount)"), f->field<QLineEdit>("amount"));
    limit->click();
    auto *openBanner = f->field<QLabel>("openBanner");
    openBanner->setText(QStringLiteral("More open orders may exist than are shown."));
    openBanner->show();
    check(QStringLiteral("orders banner"), openBanner);
    // The ladder's "touch 0.6 s", plain while fresh and amber once older than a click trusts
    // (the feeds stopped for it).
    QLabel *age = f->window->findChild<DepthView *>()->touchAgeLabel();
    QTRY_VERIFY(age->text().startsWith(QStringLiteral("touch ")));
    check(QStringLiteral("ladder touch age"), age);
    const QList<PollingFeed *> touchFeeds{probe(f->session).market()->marketFeeds().at(1),
                                          probe(f->session).book()->feed()};
    for (PollingFeed *feed : touchFeeds)
        feed->stop();
    QTRY_COMPARE_WITH_TIMEOUT(age->palette().color(age->foregroundRole()),
                              probe(f->session).colors()->warning(), 5000);
    check(QStringLiteral("ladder touch age (old)"), age);
    for (PollingFeed *feed : touchFeeds)
        feed->start();
    qInfo().noquote() << m_readings.join(QLatin1Char('\n'));
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
}

void TestGuiContrast::tableColours()
{
    setUp();
    if (QTest::currentTestFailed())
        return;
    // One order in every status, on both sides, in plain and alternate rows.
    QList<Order> orders;
    OrderId id = 1;
    for (OrderStatus status : {OrderStatus::New, OrderStatus::PartialFilled, OrderStatus::Filled,
                               OrderStatus::Canceled, OrderStatus::Rejected, OrderStatus::Unknown})
        for (Side side : {Side::Buy, Side::Sell, Side::Buy}) {
            Order o;
            o.orderId = id++;
            o.symbol = QStringLiteral("BTC-USDT");
            o.side = side;
            o.status = status;
            o.price = *Decimal::parse("70000.00");
            o.quantity = *Decimal::parse("0.0100");
            orders.append(o);
        }
    OrderTableModel model(probe(f->session).colors());
    model.applySnapshot(orders);
    OrdersView view(&model, QStringLiteral("contrast"));
    view.resize(1400, 40 * orders.size());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView *table = view.table();
    // The first rows once more, selected: the selection's own colours.
    for (int pass : {0, 1}) {
        if (pass == 1) {
            for (int row = 0; row < 6; ++row)
                table->selectionModel()->select(view.proxy()->index(row, 0),
                                                QItemSelectionModel::Select
                                                    | QItemSelectionModel::Rows);
        }
        const QImage image = onScreen(table->viewport());
        for (int row = 0; row < (pass == 0 ? model.rowCount() : 6); ++row)
            for (int column : {int(OrderTableModel::SideColumn), int(OrderTableModel::Status)}) {
                const QModelIndex index = view.proxy()->index(row, column);
                const QRect rect = table->visualRect(index).adjusted(1, 1, -1, -1);
                QVERIFY(image.rect().contains(rect));
                const Reading r = measureCell(image, rect);
                const QString what = QStringLiteral("%1row %2 %3")
                                         .arg(pass ? QStringLiteral("selected ") : QString())
                                         .arg(row)
                                         .arg(index.data().toString());
                QVERIFY2(r.pixels > 10, qPrintable(what));
                m_readings.append(what + QStringLiteral(" ") + r.describe());
                if (r.ratio < 4.5)
                    m_failures.append(what + QStringLiteral(" ") + r.describe());
            }
    }
    qInfo().noquote() << m_readings.join(QLatin1Char('\n'));
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
}

// Review 31 (trader 9): in the dark theme a check box was all but invisible (its box #23262B
// on #1B1D21, 1.11:1). Its box (a user-interface component) stands out from the window at 3:1
// (WCAG 1.4.11), checked or not; its label reads at 4.5:1. Measured on the finished orders' "From"
// as painted: the indicator's pixel that stands out most against the window behind it.
void TestGuiContrast::checkBoxesStandOut()
{
    setUp();
    if (QTest::currentTestFailed())
        return;
    auto *box = f->window->finishedFilter()->findChild<QCheckBox *>();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator =
        box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    QVERIFY(!indicator.isEmpty());
    const QColor window = box->palette().color(QPalette::Window);
    for (const bool checked : {false, true}) {
        box->setChecked(checked);
        const QImage image = onScreen(box);
        double best = 0;
        QColor edge;
        for (int y = indicator.top(); y <= indicator.bottom(); ++y)
            for (int x = indicator.left(); x <= indicator.right(); ++x)
                if (const double c = contrast(image.pixelColor(x, y), window); c > best) {
                    best = c;
                    edge = image.pixelColor(x, y);
                }
        const QString what = QStringLiteral("%1 box: %2 on %3, %4:1")
                                 .arg(checked ? QStringLiteral("checked") : QStringLiteral("empty"),
                                      edge.name(), window.name())
                                 .arg(best, 0, 'f', 2);
        m_readings.append(what);
        if (best < 3.0)
            m_failures.append(what);
    }
    box->setChecked(false);
    check(QStringLiteral("check box label"), box);
    qInfo().noquote() << m_readings.join(QLatin1Char('\n'));
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
}

// F9/L8 (review 33): the dark theme's fields were #1B1D21 on #24272C with no edge, 1.13:1: an empty
// field read as a label. Each side of a field without focus has an edge at 3:1 (WCAG non-text
// contrast) against the window it sits on, in either palette.
void TestGuiContrast::fieldsHaveAVisibleEdge()
{
    setUp();
    if (QTest::currentTestFailed())
        return;
    for (const char *name : {"price", "quantity", "clientOrderId"}) {
        auto *field = f->field<QLineEdit>(name);
        if (!field || !field->isVisible())
            continue;
        field->clearFocus();
        const QImage image = onScreen(field);
        const QColor window = field->palette().color(QPalette::Window);
        const QRect r = image.rect();
        // The outer two pixels of each side, away from the rounded corners.
        const QList<QPair<QString, QRect>> sides{
            {QStringLiteral("top"), QRect(4, 0, r.width() - 8, 2)},
            {QStringLiteral("bottom"), QRect(4, r.height() - 2, r.width() - 8, 2)},
            {QStringLiteral("left"), QRect(0, 4, 2, r.height() - 8)},
            {QStringLiteral("right"), QRect(r.width() - 2, 4, 2, r.height() - 8)}};
        for (const auto &[side, rect] : sides) {
            double best = 0;
            QColor edge;
            for (int y = rect.top(); y <= rect.bottom(); ++y)
                for (int x = rect.left(); x <= rect.right(); ++x)
                    if (const double c = contrast(image.pixelColor(x, y), window); c > best) {
                        best = c;
                        edge = image.pixelColor(x, y);
                    }
            const QString what = QStringLiteral("%1 field, %2 edge: %3 on %4, %5:1")
                                     .arg(QLatin1String(name), side, edge.name(), window.name())
                                     .arg(best, 0, 'f', 2);
            m_readings.append(what);
            if (best < 3.0)
                m_failures.append(what);
        }
    }
    QVERIFY(!m_readings.isEmpty());
    qInfo().noquote() << m_readings.join(QLatin1Char('\n'));
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestGuiContrast)
#include "tst_gui_contrast.moc"
