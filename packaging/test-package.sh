#!/usr/bin/env bash
# Builds the .deb, checks it with lintian, installs it, runs the installed binaries headless, and
# removes it again. Needs root (it installs a package); ctest skips it otherwise (exit 77).
set -euo pipefail
build=${1:?usage: test-package.sh BUILD_DIR}
[ "$(id -u)" -eq 0 ] || { echo "not root: package test skipped"; exit 77; }
cd "$build"
rm -f tradedesk_*.deb tradedesk-*.tar.gz
cpack -G "DEB;TGZ" >/dev/null
deb=$(ls tradedesk_*.deb)
echo "built $deb and $(ls tradedesk-*.tar.gz)"
dpkg-deb -f "$deb" Depends | tee /dev/stderr | grep -q libqt6widgets6 || { echo "shlibdeps did not list Qt"; exit 1; }
lintian --fail-on error "$deb" | tee lintian.log
desktop-file-validate ../packaging/tradedesk.desktop
appstreamcli validate --no-net --pedantic packaging/io.github.tradedesk.TradeDesk.metainfo.xml || \
  appstreamcli validate --no-net packaging/io.github.tradedesk.TradeDesk.metainfo.xml
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq tradedesk >/dev/null 2>&1 || true' EXIT
test -x /usr/bin/tradedesk && test -x /usr/bin/tradedesk-demo-exchange
# The demo exchange the app opens after its first frame (a missing one would only show as an error).
test -n "$(find /usr/lib -path '*/tradedesk/libtradedesk-demo.so' -print -quit)"
# The network (Qt Network), opened the same way; without it the app cannot reach any exchange.
test -n "$(find /usr/lib -path '*/tradedesk/libtradedesk-net.so' -print -quit)"
version=$(QT_QPA_PLATFORM=offscreen /usr/bin/tradedesk --version)
echo "installed: $version"
echo "$version" | grep -q "$(grep -oP 'project\(TradeDesk VERSION \K[0-9.]+' ../CMakeLists.txt)"
/usr/bin/tradedesk-demo-exchange --help | grep -q -- --fault
shot=$(mktemp -d)/window.png
err=$(mktemp)
QT_QPA_PLATFORM=offscreen HOME=$(mktemp -d) /usr/bin/tradedesk --demo --quit-after 4000 --grab "$shot" 2>"$err"
# Both modules opened (each says "Cannot open the … module" on stderr when it is not).
if grep "Cannot open" "$err"; then exit 1; fi
test -s "$shot" && file "$shot" | grep -q "PNG image data"
echo "installed app ran on the demo exchange and wrote $shot"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq tradedesk >/dev/null
trap - EXIT
! test -e /usr/bin/tradedesk || { echo "not removed"; exit 1; }
echo "package test passed: built, lintian clean, installed, ran, removed"
