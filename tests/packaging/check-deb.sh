#!/usr/bin/env bash
# Builds the Debian packages of this build with CPack and inspects them with dpkg-deb: each package's
# dependencies (the shared libraries dpkg-shlibdeps found and the plugins Qt loads at run time), its files,
# and the server's conffile and maintainer scripts. Then validates the unpacked tree with AppStream and runs
# both programs from it, the client on its demo marketplace.
set -euo pipefail
# No `grep -q` or `head` at the end of a pipeline: under pipefail the writer's SIGPIPE would fail the check.
cpack=$1
build=$2
app_id=$3
version=$4

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    exit 1
fi
arch=$(dpkg --print-architecture)
client="$work/out/chrysalis_${version}_${arch}.deb"
server="$work/out/chrysalis-server_${version}_${arch}.deb"
for deb in "$client" "$server"; do
    [ -f "$deb" ] || { echo "missing: $(basename "$deb")"; ls "$work/out"; exit 1; }
done

failed=0
# expect_depends DEB PACKAGE...: each PACKAGE is named in Depends (alone or as the first alternative).
expect_depends() {
    local deb=$1
    shift
    local depends
    depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ *//')
    for package in "$@"; do
        if ! grep -qE "^${package//+/\\+}( |$)" <<<"$depends"; then
            echo "$(basename "$deb") does not depend on $package: $depends"
            failed=1
        fi
    done
}
# expect_files DEB PATH...: each PATH is in the package.
expect_files() {
    local deb=$1
    shift
    dpkg-deb -c "$deb" | awk '{print $6}' >"$work/files"
    for path in "$@"; do
        if ! grep -qx "./$path" "$work/files"; then
            echo "$(basename "$deb") lacks $path"
            failed=1
        fi
    done
}

[ "$(dpkg-deb -f "$client" Package)" = chrysalis ] || { echo "client package name"; failed=1; }
[ "$(dpkg-deb -f "$server" Package)" = chrysalis-server ] || { echo "server package name"; failed=1; }
[ "$(dpkg-deb -f "$client" Version)" = "$version" ] || { echo "client version"; failed=1; }
client_synopsis=$(dpkg-deb -f "$client" Description | sed -n 1p)
server_synopsis=$(dpkg-deb -f "$server" Description | sed -n 1p)
if [ "$client_synopsis" = "$server_synopsis" ]; then
    echo "both packages have the synopsis: $client_synopsis"
    failed=1
fi

expect_depends "$client" chrysalis-server libqt6sql6-sqlite qt6-qpa-plugins libqt6widgets6 libqt6charts6 \
    libqt6keychain1 libc6
dpkg-deb -f "$client" Depends | grep "chrysalis-server (= $version)" >/dev/null || {
    echo "the client does not depend on chrysalis-server of its own version"
    failed=1
}
expect_depends "$server" libqt6sql6-sqlite libqt6sql6-psql libqt6httpserver6 libqt6network6 libsodium23
if dpkg-deb -f "$server" Depends | grep -E 'libqt6widgets6|libqt6charts6|qt6-qpa-plugins' >/dev/null; then
    echo "the server depends on the GUI: $(dpkg-deb -f "$server" Depends)"
    failed=1
fi

sizes=(16 22 24 32 48 64 128 256 512)
icons=("usr/share/icons/hicolor/scalable/apps/$app_id.svg")
for size in "${sizes[@]}"; do
    icons+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
expect_files "$client" usr/bin/chrysalis "usr/share/applications/$app_id.desktop" \
    "usr/share/metainfo/$app_id.metainfo.xml" "${icons[@]}"
expect_files "$server" usr/bin/chrysalis-server usr/lib/systemd/system/chrysalis-server.service \
    usr/lib/sysusers.d/chrysalis-server.conf etc/chrysalis/server.conf

dpkg-deb -e "$server" "$work/control"
grep -qx /etc/chrysalis/server.conf "$work/control/conffiles" || { echo "server.conf is no conffile"; failed=1; }
for script in postinst prerm postrm; do
    [ -x "$work/control/$script" ] || { echo "the server package lacks an executable $script"; failed=1; }
done
[ $failed -eq 0 ] || exit 1

dpkg-deb -x "$client" "$work/root"
dpkg-deb -x "$server" "$work/root"
# The installed tree as AppStream sees it: the metainfo finds its desktop entry.
if command -v appstreamcli >/dev/null; then
    appstreamcli validate-tree --no-net "$work/root/usr" >"$work/tree.log" 2>&1 || { cat "$work/tree.log"; exit 1; }
fi
"$work/root/usr/bin/chrysalis-server" --version | grep -x "chrysalis-server $version" >/dev/null
QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/chrysalis" --version | grep -x "chrysalis $version" >/dev/null
QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/chrysalis" --demo --user ada --data-dir "$work/data" \
    --screenshot "$work/review.png" --page review >"$work/run.log" 2>&1 || { cat "$work/run.log"; exit 1; }
file "$work/review.png" | grep "PNG image data, 1280 x 800," >/dev/null || { file "$work/review.png"; exit 1; }
echo "client depends on: $(dpkg-deb -f "$client" Depends)"
echo "server depends on: $(dpkg-deb -f "$server" Depends)"
