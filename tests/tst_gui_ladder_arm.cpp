// An armed ladder shows what it trades and never looks live when it is not (review 33, trader 2
// M2, M3, L1, L6; adversary F7): any change of the ticket's size while armed disarms and says the
// new size; a Market ticket disarms, and arming it is refused with the reason; the armed switch
// names the size a click trades; the edge line reads whole; a click's refusal shows at the
// pointer.
#include "GuiFixture.h"
#include "LadderDriver.h"
#include "models/DepthModel.h"
#include "ui/DepthView.h"
#include "ui/MessageBar.h"
#include "ui/OneLineLabel.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>

class TestGuiLadderArm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { delete f; }
    void init();
    void cleanup();
    void anySizeChangeDisarms_data();
    void anySizeChangeDisarms();
    void marketTicketDisarmsAndIsNotArmed();
    void armedSwitchNamesTheSize();
    void armingWithoutASizeIsRefused_data();
    void armingWithoutASizeIsRefused();
    void edgeLineReadsWhole();
    void refusedClickIsToldAtThePointer();

private:
    GuiFixture *f = nullptr;
    DepthView *view() const { return LadderDriver::view(f); }
    DepthModel *model() const { return LadderDriver::model(f); }
    QTableView *table() const { return view()->table(); }
    QLineEdit *quantity() const { return f->field<QLineEdit>("quantity"); }
    QString message() const { return view()->messageBar()->text(); }
    int posted() const { return f->exchange()->requestCount("POST", "/api/v1/spot/order"); }
    void typeQuantity(const QString &text) const
    {
        quantity()->clear();
        QTest::keyClicks(quantity(), text);
    }
    // Alt+K, as the trader arms (the switch's mnemonic), from the ticket.
    void altK() const
    {
        QWidget *at = quantity()->isVisible() ? static_cast<QWidget *>(quantity())
                                              : f->field<QAbstractButton>("market");
        f->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f->window.get()));
        at->setFocus();
        QTRY_VERIFY(at->hasFocus());
        QTest::keyClick(at, Qt::Key_K, Qt::AltModifier);
    }
};

void TestGuiLadderArm::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    f = new GuiFixture;
    QVERIFY(f->ready());
    f->window->resize(1440, 900);
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 10 && model()->best(Side::Buy), 10000);
    LadderDriver::tickByOne(f);
}

void TestGuiLadderArm::init()
{
    QTRY_VERIFY(!probe(f->session).placement()->isBusy());
    LadderDriver::arm(f, false);
    QTest::mouseClick(f->field<QAbstractButton>("limit"), Qt::LeftButton);
    typeQuantity(QStringLiteral("0.0100"));
    view()->messageBar()->clear();
    view()->centreOnSpread();
}

void TestGuiLadderArm::cleanup()
{
    LadderDriver::arm(f, false);
    f->exchange()->engine().cancelSymbol(f->account(), probe(f->session).market()->symbol());
    probe(f->session).orders()->refreshNow();
}

void TestGuiLadderArm::anySizeChangeDisarms_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("size"); // as the message names it
    QTest::newRow("typed 2 for 0.2") << "typed"
                                     << "2.0000 BTC";
    QTest::newRow("Up in Quantity") << "up"
                                    << "0.0101 BTC";
    QTest::newRow("25 % clicked") << "percent"
                                  << "";
    QTest::newRow("typed on, the message follows") << "typed on"
                                                   << "0.3000 BTC";
}

// Review 33 (M2, F7): a % click disarmed, a typed size or Up went straight to the armed ladder.
void TestGuiLadderArm::anySizeChangeDisarms()
{
    QFETCH(QString, how);
    QFETCH(QString, size);
    LadderDriver::arm(f, true);
    if (how == QLatin1String("typed")) {
        quantity()->selectAll();
        QTest::keyClicks(quantity(), QStringLiteral("2"));
    } else if (how == QLatin1String("up")) {
        quantity()->setFocus();
        QTest::keyClick(quantity(), Qt::Key_Up);
    } else if (how == QLatin1String("percent")) {
        auto *price = f->field<QLineEdit>("price");
        price->clear();
        QTest::keyClicks(price, model()->best(Side::Buy)->toString());
        LadderDriver::arm(f, true);
        QTest::mouseClick(f->field<QPushButton>("quick25"), Qt::LeftButton);
        size = quantity()->text() + QStringLiteral(" BTC");
    } else {
        quantity()->selectAll();
        QTest::keyClicks(quantity(), QStringLiteral("0.3"));
    }
    QVERIFY2(!view()->isArmed(), qPrintable(how + QStringLiteral(": the book stayed armed")));
    QCOMPARE(message(), QStringLiteral("Disarmed: size changed to %1 in the order form. Arm again "
                                       "(Alt+K) to trade it from the book.")
                            .arg(size));
    const int before = posted();
    LadderDriver::click(f, model()->levelRow(Side::Buy, 3), DepthModel::Price);
    QVERIFY(LadderDriver::settle(f));
    QCOMPARE(posted(), before);
}

// Review 33 (M3): on Market the book kept its ARMED frame while every click was refused.
void TestGuiLadderArm::marketTicketDisarmsAndIsNotArmed()
{
    LadderDriver::arm(f, true);
    QTest::mouseClick(f->field<QAbstractButton>("market"), Qt::LeftButton);
    QVERIFY(!view()->isArmed());
    QCOMPARE(message(), QStringLiteral("Disarmed: the ticket is set to Market; the book places "
                                       "limit orders. Switch to Limit to arm."));
    altK(); // the switch's mnemonic clicks it a moment later
    QTRY_COMPARE(message(),
                 QStringLiteral("Not armed: the ticket is set to Market; the book places "
                                "limit orders. Switch to Limit to arm."));
    QVERIFY(!view()->isArmed());
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), message()); // at the switch, too
    QTest::mouseClick(f->field<QAbstractButton>("limit"), Qt::LeftButton);
    altK();
    QTRY_VERIFY(view()->isArmed());
    QCOMPARE(message(), QString()); // the refusal no longer holds
}

// Review 33 (M2): the size a click trades showed only in the preview line at the dock's foot.
void TestGuiLadderArm::armedSwitchNamesTheSize()
{
    LadderDriver::arm(f, true);
    QCOMPARE(view()->armButton()->text(), QStringLiteral("ARMED · 0.0100 BTC a clic&k"));
    LadderDriver::arm(f, false);
    typeQuantity(QStringLiteral("0.25"));
    altK();
    QTRY_VERIFY(view()->isArmed());
    QCOMPARE(view()->armButton()->text(), QStringLiteral("ARMED · 0.2500 BTC a clic&k"));
}

void TestGuiLadderArm::armingWithoutASizeIsRefused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("why");
    QTest::newRow("none") << ""
                          << "Not armed: the ticket has no size.";
    QTest::newRow("zero") << "0"
                          << "Not armed: the ticket's size \"0\" is not a quantity";
    QTest::newRow("a dot") << "."
                           << "Not armed: the ticket's size \".\" is not a quantity";
    QTest::newRow("below the lot step")
        << "0.00001"
        << "Not armed: Quantity must be a multiple of the lot step 0.0001 BTC.";
}

void TestGuiLadderArm::armingWithoutASizeIsRefused()
{
    QFETCH(QString, typed);
    QFETCH(QString, why);
    typeQuantity(typed);
    QTest::mouseClick(view()->armButton(), Qt::LeftButton);
    QVERIFY(!view()->isArmed());
    QVERIFY2(message().startsWith(why), qPrintable(message()));
    QVERIFY(!view()->armButton()->text().contains(QStringLiteral("ARMED")));
}

// Review 33 (L1): "▲ Market 3 rows above · C…" beside "▲ 1 own order above", the key hint cut;
// "Mine (open)" ran under the scroll arrow.
void TestGuiLadderArm::edgeLineReadsWhole()
{
    const Order own = LadderDriver::restingBid(f, 2, "0.0100", true);
    QVERIFY(own.orderId);
    LadderDriver::arm(f, true); // the rows stay where they are put
    QScrollBar *bar = table()->verticalScrollBar();
    bar->setValue(bar->maximum());
    QLabel *market = view()->marketAbove();
    QLabel *mine = view()->aboveLabel();
    QTRY_VERIFY(market->isVisible() && mine->isVisible());
    // Laid out (the line's parts take their widths at the next layout pass).
    QTRY_VERIFY2(market->text().contains(QStringLiteral("C centres")), qPrintable(market->text()));
    QVERIFY2(market->text().contains(QStringLiteral("C centres")), qPrintable(market->text()));
    QVERIFY2(mine->text().contains(QStringLiteral("1 own")), qPrintable(mine->text()));
    for (QLabel *label : {market, mine}) {
        QVERIFY2(!label->text().contains(QChar(0x2026)), qPrintable(label->text())); // no "…"
        QVERIFY2(label->fontMetrics().horizontalAdvance(label->text()) <= label->width(),
                 qPrintable(label->text()));
    }
    QVERIFY(market->geometry().right() < mine->geometry().left()); // apart
    QVERIFY(market->mapTo(view(), QPoint(0, 0)).x() >= 6);         // clear of the frame
    QVERIFY(mine->mapTo(view(), QPoint(mine->width(), 0)).x() <= view()->width() - 6);
    const QHeaderView *header = table()->horizontalHeader();
    const QString mineHeader = model()->headerData(DepthModel::Mine, Qt::Horizontal).toString();
    QVERIFY2(header->sectionSize(DepthModel::Mine)
                 >= header->fontMetrics().horizontalAdvance(mineHeader) + 8,
             qPrintable(mineHeader));
}

// Review 33 (L6): a click's refusal read only under the rows, some 450 px from the pointer.
void TestGuiLadderArm::refusedClickIsToldAtThePointer()
{
    typeQuantity(QStringLiteral("99999.9999")); // more than the account holds: refused
    LadderDriver::arm(f, true);
    const int before = posted();
    QToolTip::hideText();
    LadderDriver::click(f, model()->levelRow(Side::Buy, 3), DepthModel::Price);
    QVERIFY2(message().startsWith(QStringLiteral("Nothing placed: ")), qPrintable(message()));
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), message());
    QVERIFY(LadderDriver::settle(f));
    QCOMPARE(posted(), before);
}

QTEST_MAIN(TestGuiLadderArm)
#include "tst_gui_ladder_arm.moc"
