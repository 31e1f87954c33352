#pragma once

#include <QFont>
#include <QTemporaryDir>

// Fonts that depend on nothing outside the repository: the bundled DejaVu fonts copied to a
// private folder and a private fontconfig file that lists only that folder and states hinting,
// antialiasing and subpixel order. Construct before QApplication (fontconfig reads its
// configuration once); the folder lives as long as this object.
class PinnedFonts final
{
public:
    PinnedFonts();
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString configFile() const;

    static QFont sans();
    static QFont mono();

private:
    QTemporaryDir m_dir;
    QString m_error;
};
