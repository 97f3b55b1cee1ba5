#!/usr/bin/env bash
# Installs the Debian 12 packages Chrysalis builds, tests and runs with.
# Idempotent: installs only what is missing, so a second run takes a second.
set -euo pipefail

packages=(
    cmake ninja-build g++ ccache pkg-config clang-format
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev qt6-translations-l10n
    libgtest-dev libgmock-dev libbenchmark-dev libsodium-dev libsqlite3-dev
    xvfb xauth fonts-dejavu-core
    postgresql openssl
    desktop-file-utils appstream librsvg2-bin dpkg-dev file
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
