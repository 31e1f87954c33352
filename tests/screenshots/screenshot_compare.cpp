// Compares the screenshot mode's PNGs with the goldens: a pixel differs when any channel is off
// by more than the tolerance; a screen fails when more than `maxPixels` pixels differ. Writes a
// diff image (differing pixels in red over a faded copy) for every failing screen. With
// `--prefix P` only the screens whose names start with P are compared (one theme's shard).
#include <QCoreApplication>
#include <QDir>
#include <QImage>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString prefix;
    if (argc > 2 && qstrcmp(argv[1], "--prefix") == 0) {
        prefix = QString::fromLocal8Bit(argv[2]);
        argc -= 2;
        argv += 2;
    }
    if (argc < 4) {
        std::fprintf(stderr,
                     "usage: screenshot_compare [--prefix NAME_PREFIX] GOLDEN_DIR ACTUAL_DIR "
                     "DIFF_DIR [TOLERANCE] [MAX_PIXELS]\n");
        return 2;
    }
    const QDir golden(QString::fromLocal8Bit(argv[1]));
    const QDir actual(QString::fromLocal8Bit(argv[2]));
    QDir diffDir(QString::fromLocal8Bit(argv[3]));
    diffDir.mkpath(QStringLiteral("."));
    const int tolerance = argc > 4 ? std::atoi(argv[4]) : 24;
    const int maxPixels = argc > 5 ? std::atoi(argv[5]) : 40;

    const QStringList pattern{prefix + QStringLiteral("*.png")};
    const QStringList goldens = golden.entryList(pattern, QDir::Files, QDir::Name);
    const QStringList actuals = actual.entryList(pattern, QDir::Files, QDir::Name);
    int failed = 0, passed = 0;
    for (const QString &name : actuals) {
        if (!goldens.contains(name)) {
            std::printf("NEW     %s: no golden (regenerate the goldens on purpose)\n",
                        qPrintable(name));
            ++failed;
        }
    }
    for (const QString &name : goldens) {
        const QImage want(golden.filePath(name));
        const QImage got(actual.filePath(name));
        if (got.isNull()) {
            std::printf("MISSING %s\n", qPrintable(name));
            ++failed;
            continue;
        }
        if (want.size() != got.size()) {
            std::printf("SIZE    %s: %dx%d, golden %dx%d\n", qPrintable(name), got.width(),
                        got.height(), want.width(), want.height());
            ++failed;
            continue;
        }
        const QImage a = want.convertToFormat(QImage::Format_ARGB32);
        const QImage b = got.convertToFormat(QImage::Format_ARGB32);
        QImage diff = a.copy();
        int differing = 0;
        for (int y = 0; y < a.height(); ++y) {
            const QRgb *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
            const QRgb *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
            QRgb *pd = reinterpret_cast<QRgb *>(diff.scanLine(y));
            for (int x = 0; x < a.width(); ++x) {
                const bool off = std::abs(qRed(pa[x]) - qRed(pb[x])) > tolerance
                                 || std::abs(qGreen(pa[x]) - qGreen(pb[x])) > tolerance
                                 || std::abs(qBlue(pa[x]) - qBlue(pb[x])) > tolerance;
                if (off) {
                    ++differing;
                    pd[x] = qRgb(255, 0, 0);
                } else {
                    const int g = qGray(pa[x]) / 3 + 170;
                    pd[x] = qRgb(g, g, g);
                }
            }
        }
        if (differing > maxPixels) {
            diff.save(diffDir.filePath(name));
            std::printf("DIFF    %s: %d pixels differ (diff: %s)\n", qPrintable(name), differing,
                        qPrintable(diffDir.filePath(name)));
            ++failed;
        } else {
            ++passed;
        }
    }
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 && passed > 0 ? 0 : 1;
}
