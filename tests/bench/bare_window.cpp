// The start-up baseline: a bare QMainWindow started the same way as the app.
#include "FirstFrameProbe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    FirstFrameProbe::installIfRequested();
    QMainWindow window;
    window.resize(1360, 820);
    window.show();
    return app.exec();
}
