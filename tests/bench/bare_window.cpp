// The start-up baseline (tests/bench/startup-paired.sh): a plain QMainWindow with a form and a
// table, started the way the app is started (same binary kind, same display, same window size),
// with no theme, no translations and nothing of ours but the first-frame probe.
#include "FirstFrameProbe.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QTableWidget>

int main(int argc, char *argv[])
{
    FirstFrameProbe::mark("main");
    QApplication app(argc, argv);
    FirstFrameProbe::mark("QApplication");
    QMainWindow window;
    auto *centre = new QWidget(&window);
    auto *layout = new QHBoxLayout(centre);
    auto *form = new QFormLayout;
    auto *symbol = new QComboBox(centre);
    symbol->addItems({QStringLiteral("BTC_USDT"), QStringLiteral("ETH_USDT")});
    form->addRow(QStringLiteral("Symbol"), symbol);
    form->addRow(QStringLiteral("Price"), new QLineEdit(QStringLiteral("69000.00"), centre));
    form->addRow(QStringLiteral("Quantity"), new QLineEdit(QStringLiteral("0.0100"), centre));
    form->addRow(new QPushButton(QStringLiteral("Buy"), centre));
    layout->addLayout(form);
    auto *table = new QTableWidget(20, 6, centre);
    table->setHorizontalHeaderLabels({QStringLiteral("Time"), QStringLiteral("Symbol"),
                                      QStringLiteral("Side"), QStringLiteral("Price"),
                                      QStringLiteral("Quantity"), QStringLiteral("Status")});
    for (int row = 0; row < table->rowCount(); ++row) {
        const QStringList cells{QStringLiteral("12:00:%1").arg(row, 2, 10, QLatin1Char('0')),
                                QStringLiteral("BTC_USDT"),
                                QStringLiteral("Buy"),
                                QStringLiteral("%1.00").arg(69000 - row),
                                QStringLiteral("0.0100"),
                                QStringLiteral("Open")};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table, 1);
    window.setCentralWidget(centre);
    FirstFrameProbe::mark("window built");
    FirstFrameProbe::installIfRequested(&window);
    window.resize(1440, 900); // the app's default size (MainWindow::restoreLayout)
    window.show();
    FirstFrameProbe::mark("shown");
    return app.exec();
}
