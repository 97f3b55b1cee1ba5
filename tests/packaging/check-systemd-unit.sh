#!/usr/bin/env bash
# Verifies chrysalis-server.service with systemd-analyze: no warning at all (an unknown key is only a warning
# to systemd), and an exposure level of at most 2.0 of 10. The unit runs the server of this build here.
set -euo pipefail
analyze=$1
systemd_dir=$2
server=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$systemd_dir/server.conf" "$work/server.conf"
sed -e "s|/usr/bin/chrysalis-server|$server|" -e "s|/etc/chrysalis/server.conf|$work/server.conf|" \
    "$systemd_dir/chrysalis-server.service" >"$work/chrysalis-server.service"
grep -q "^ExecStart=$server serve " "$work/chrysalis-server.service"

"$analyze" verify "$work/chrysalis-server.service" >"$work/verify.log" 2>&1 || true
if [ -s "$work/verify.log" ]; then
    echo "systemd-analyze verify reported:"
    cat "$work/verify.log"
    exit 1
fi

# Threshold is in tenths: 20 is an exposure level of 2.0.
if ! "$analyze" security --offline=yes --threshold=20 "$work/chrysalis-server.service" >"$work/security.log" 2>&1; then
    cat "$work/security.log"
    exit 1
fi
grep 'Overall exposure level' "$work/security.log"
