#!/usr/bin/env bash
# Builds the TGZ package of this build with CPack and checks the archive: the binaries, the desktop entry,
# the AppStream metadata, every icon size, the server's unit and sample configuration, and the translations
# embedded in the client. Then runs the unpacked client on its demo marketplace, which it starts from the
# chrysalis-server beside it.
set -euo pipefail
# No `grep -q` or `head` at the end of a pipeline: under pipefail the writer's SIGPIPE would fail the check.
cpack=$1
build=$2
source=$3
app_id=$4
version=$5

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! "$cpack" -G TGZ --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    exit 1
fi
archives=("$work"/out/*.tar.gz)
[ ${#archives[@]} -eq 1 ] || { echo "expected one archive: ${archives[*]}"; exit 1; }
archive=${archives[0]}
top="chrysalis-$version-Linux"
tar -tzf "$archive" >"$work/list"

failed=0
expect() {
    if ! grep -qx "$top/$1" "$work/list"; then
        echo "missing from $(basename "$archive"): $1"
        failed=1
    fi
}
expect bin/chrysalis
expect bin/chrysalis-server
expect "share/applications/$app_id.desktop"
expect "share/metainfo/$app_id.metainfo.xml"
expect "share/icons/hicolor/scalable/apps/$app_id.svg"
sizes=(16 22 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
    expect "share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
expect lib/systemd/system/chrysalis-server.service
expect lib/sysusers.d/chrysalis-server.conf
expect etc/chrysalis/server.conf
if [ $failed -ne 0 ]; then
    echo "the archive holds:"
    cat "$work/list"
    exit 1
fi

tar -xzf "$archive" -C "$work"
root="$work/$top"
for size in "${sizes[@]}"; do
    png="$root/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    file "$png" | grep "PNG image data, $size x $size," >/dev/null || { file "$png"; exit 1; }
done

# The client loads its translations from :/i18n and its window icon from :/icons; rcc names the files in
# UTF-16 (big-endian) in the binary.
embeds() {
    local pattern
    pattern=$(printf '%s' "$1" | sed 's/./\\x00&/g; s/\\x00\./\\x00\\./g')
    LC_ALL=C grep -qaP "$pattern" "$root/bin/chrysalis"
}
for ts in "$source"/translations/chrysalis_*.ts; do
    qm=$(basename "$ts" .ts).qm
    embeds "$qm" || { echo "the packaged client does not embed $qm"; exit 1; }
done
embeds "$app_id.png" || { echo "the packaged client does not embed its window icon"; exit 1; }

"$root/bin/chrysalis-server" --version | grep -x "chrysalis-server $version" >/dev/null
QT_QPA_PLATFORM=offscreen "$root/bin/chrysalis" --version | grep -x "chrysalis $version" >/dev/null
QT_QPA_PLATFORM=offscreen "$root/bin/chrysalis" --demo --user bob --data-dir "$work/data" \
    --screenshot "$work/queue.png" >"$work/run.log" 2>&1 || { cat "$work/run.log"; exit 1; }
file "$work/queue.png" | grep "PNG image data, 1280 x 800," >/dev/null || { file "$work/queue.png"; exit 1; }
echo "$(basename "$archive"): $(wc -l <"$work/list") entries; the unpacked client ran on its demo marketplace"
