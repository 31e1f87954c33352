#include "ui/PngIcon.h"

#include <QImageReader>
#include <QPixmap>

QIcon PngIcon::fromFiles(const QStringList &files)
{
    QIcon icon;
    for (const QString &file : files) {
        QImageReader reader(file, "png");
        reader.setAutoDetectImageFormat(false); // the format is known: no plugin is asked
        const QImage image = reader.read();
        if (!image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}
