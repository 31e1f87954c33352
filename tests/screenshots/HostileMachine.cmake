# Included by RunScreenshots.cmake: "another machine" for the screenshot runner, in ${ISOLATED}-home.
# The machine here has an extra font folder, a fontconfig setup that maps every generic family to
# the wrong font and renders without antialiasing but with full hinting and subpixel colour, a
# German language and number format, another time zone, a scale factor and font DPI, and another
# style and platform asked for. None of it may reach a pixel. Sets `hostile_env`, the environment
# (for `cmake -E env`) the runner is started in.
set(HOME "${ISOLATED}-home")
file(REMOVE_RECURSE "${ISOLATED}" "${HOME}")
file(MAKE_DIRECTORY "${HOME}/extra-fonts" "${HOME}/.fonts" "${HOME}/.config/fontconfig")
file(COPY_FILE "${HOSTILE_FONT}" "${HOME}/extra-fonts/Hostile.ttf")
file(COPY_FILE "${HOSTILE_FONT}" "${HOME}/.fonts/Hostile.ttf")
set(conf "<?xml version=\"1.0\"?>
<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">
<fontconfig>
  <dir>${HOME}/extra-fonts</dir>
  <dir>${HOME}/.fonts</dir>
  <cachedir>${HOME}/cache</cachedir>
  <match target=\"pattern\"><edit name=\"family\" mode=\"prepend\" binding=\"strong\"><string>DejaVu Sans</string></edit></match>
  <match target=\"pattern\"><edit name=\"weight\" mode=\"assign\"><const>bold</const></edit></match>
  <match target=\"font\">
    <edit name=\"antialias\" mode=\"assign\"><bool>false</bool></edit>
    <edit name=\"hinting\" mode=\"assign\"><bool>true</bool></edit>
    <edit name=\"hintstyle\" mode=\"assign\"><const>hintfull</const></edit>
    <edit name=\"rgba\" mode=\"assign\"><const>rgb</const></edit>
  </match>
</fontconfig>
")
file(WRITE "${HOME}/fonts.conf" "${conf}")
file(WRITE "${HOME}/.config/fontconfig/fonts.conf" "${conf}")
set(hostile_env
    "HOME=${HOME}" "XDG_CONFIG_HOME=${HOME}/.config" "XDG_DATA_HOME=${HOME}"
    "FONTCONFIG_FILE=${HOME}/fonts.conf" "QT_QPA_FONTDIR=${HOME}/extra-fonts"
    LANGUAGE=de LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 TZ=America/New_York
    QT_SCALE_FACTOR=1.25 QT_FONT_DPI=120 QT_STYLE_OVERRIDE=Windows QT_QPA_PLATFORM=minimal)
