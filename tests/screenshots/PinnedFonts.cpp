#include "PinnedFonts.h"

#include <QDir>
#include <QFile>

namespace {

const char *const BundledFonts[] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"};

// Generic families resolve to the bundled fonts, and every rendering choice fontconfig would
// otherwise take from the machine is stated.
QByteArray configText(const QString &fontDir, const QString &cacheDir)
{
    return QStringLiteral(R"(<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>%1</dir>
  <cachedir>%2</cachedir>
  <alias binding="strong"><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
  <alias binding="strong"><family>serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
  <alias binding="strong"><family>monospace</family><prefer><family>DejaVu Sans Mono</family></prefer></alias>
  <match target="pattern">
    <edit name="dpi" mode="assign"><double>96</double></edit>
  </match>
  <match target="font">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>false</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintnone</const></edit>
    <edit name="autohint" mode="assign"><bool>false</bool></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
    <edit name="lcdfilter" mode="assign"><const>lcdnone</const></edit>
    <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>
  </match>
</fontconfig>
)")
        .arg(fontDir.toHtmlEscaped(), cacheDir.toHtmlEscaped())
        .toUtf8();
}

} // namespace

PinnedFonts::PinnedFonts()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder for the fonts");
        return;
    }
    QDir dir(m_dir.path());
    dir.mkpath(QStringLiteral("fonts"));
    dir.mkpath(QStringLiteral("cache"));
    for (const char *name : BundledFonts) {
        const QString target = dir.filePath(QStringLiteral("fonts/") + QLatin1String(name));
        if (!QFile::copy(QStringLiteral(":/fonts/") + QLatin1String(name), target)) {
            m_error = QStringLiteral("cannot copy the bundled font %1").arg(QLatin1String(name));
            return;
        }
    }
    QFile conf(configFile());
    if (!conf.open(QIODevice::WriteOnly)
        || conf.write(configText(dir.filePath(QStringLiteral("fonts")),
                                 dir.filePath(QStringLiteral("cache"))))
               < 0) {
        m_error = QStringLiteral("cannot write %1").arg(configFile());
        return;
    }
    conf.close();
    qputenv("FONTCONFIG_FILE", QFile::encodeName(configFile()));
    qunsetenv("FONTCONFIG_PATH");
    qunsetenv("FONTCONFIG_SYSROOT");
    qunsetenv("QT_QPA_FONTDIR");
}

QString PinnedFonts::configFile() const
{
    return m_dir.filePath(QStringLiteral("fonts.conf"));
}

QFont PinnedFonts::sans()
{
    QFont font(QStringLiteral("DejaVu Sans"), 9);
    font.setStyleHint(QFont::SansSerif, QFont::PreferDefault);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QFont PinnedFonts::mono()
{
    QFont font(QStringLiteral("DejaVu Sans Mono"), 9);
    font.setStyleHint(QFont::TypeWriter, QFont::PreferDefault);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}
