#!/usr/bin/env bash
# Installs the Debian packages of a build on this machine (root or sudo), checks the installed client and
# server, then removes them again:
#   packaging/check-deb-install.sh BUILD_DIR
# It changes the machine (packages, the system user _chrysalis), so CTest does not run it; a fresh CI
# machine or a container is the place. tests/packaging/check-deb.sh inspects the packages without installing.
set -euo pipefail
build=$(cd "$1" && pwd)
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi

work=$(mktemp -d)
cleanup() {
    $sudo apt-get purge -y -qq chrysalis chrysalis-server >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y -qq --no-install-recommends "$work"/out/chrysalis_*.deb "$work"/out/chrysalis-server_*.deb

version=$(dpkg-query -W -f='${Version}' chrysalis)
command -v chrysalis chrysalis-server
chrysalis-server --version | grep -x "chrysalis-server $version" >/dev/null
QT_QPA_PLATFORM=offscreen chrysalis --version | grep -x "chrysalis $version" >/dev/null
QT_QPA_PLATFORM=offscreen chrysalis --demo --user bob --data-dir "$work/data" --screenshot "$work/queue.png"
test -s "$work/queue.png"
getent passwd _chrysalis >/dev/null || { echo "postinst did not create the user _chrysalis"; exit 1; }
test -f /etc/chrysalis/server.conf
test -f /usr/lib/systemd/system/chrysalis-server.service
desktop-file-validate /usr/share/applications/org.chrysalis.Chrysalis.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.chrysalis.Chrysalis.metainfo.xml
# The service's own command line, as systemd would run it from the sample configuration.
set -a
# shellcheck source=/dev/null
source /etc/chrysalis/server.conf
set +a
db="$work/state/marketplace.db"
mkdir -p "$work/state"
timeout 5 chrysalis-server serve --db "sqlite:$db" --listen 127.0.0.1:0 $CHRYSALIS_SERVE_OPTIONS >"$work/serve.log" 2>&1 || true
grep -q "listening on http://127.0.0.1:" "$work/serve.log" || { cat "$work/serve.log"; exit 1; }
echo "installed, ran and removed chrysalis $version"
