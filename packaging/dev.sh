#!/usr/bin/env bash
# What a developer does on a fresh Debian 12 machine:
#   packaging/dev.sh run     install what is missing, build, start the desktop client on its embedded demo
#                            marketplace (no display: render the main screens to build/screenshots/)
#   packaging/dev.sh server  install what is missing, build, serve a local demo marketplace on its own
#   packaging/dev.sh test    install what is missing, build, run every test (also under ASan/UBSan)
set -euo pipefail

cd "$(dirname "$0")/.."
source_dir=$(pwd)

install_deps() {
    bash "$source_dir/packaging/install-deps.sh"
}

build() {
    local preset=$1
    shift
    cmake --preset "$preset" "$@" >/dev/null
    cmake --build --preset "$preset"
}

run() {
    install_deps
    build ci
    local bin="$source_dir/build/ci/app"
    local user="${CHRYSALIS_USER:-bob}"
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        local shots="$source_dir/build/screenshots"
        mkdir -p "$shots"
        echo "No display: rendering the main screens of the client (signed in as $user) offscreen."
        QT_QPA_PLATFORM=offscreen "$bin/chrysalis" --demo --user "$user" --data-dir "$shots/data" \
            --screenshot "$shots/main.png" --every-page "$@"
        echo "Screenshots are in $shots:"
        ls -1 "$shots"/*.png
        return
    fi
    echo "Starting the Chrysalis client on its embedded demo marketplace, signed in as $user"
    echo "(CHRYSALIS_USER=sam|gia|ada|... for another demo account)."
    exec "$bin/chrysalis" --demo --user "$user" "$@"
}

serve() {
    install_deps
    build ci
    local bin="$source_dir/build/ci/app"
    local data="$source_dir/build/demo"
    mkdir -p "$data"
    echo "Starting a local demo marketplace (database: $data/marketplace.db)."
    echo "Demo accounts: ada and grace (requesters), bob and bea (bronze), sam (silver), gia, gus, gil,"
    echo "gwen, gaby and gene (gold); every password is chrysalis-demo. Stop with Ctrl+C."
    exec "$bin/chrysalis-server" serve --db "sqlite:$data/marketplace.db" \
        --listen "${CHRYSALIS_LISTEN:-127.0.0.1:8080}" --demo "$@"
}

run_tests() {
    install_deps
    # Tests that need PostgreSQL start their own cluster; they need its binaries on the PATH.
    build ci
    ctest --preset ci --parallel "$(nproc)"
    # The core again under AddressSanitizer and UndefinedBehaviorSanitizer.
    build asan
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --preset asan --parallel "$(nproc)"
}

case "${1:-}" in
run)
    shift
    run "$@"
    ;;
server)
    shift
    serve "$@"
    ;;
test)
    run_tests
    ;;
*)
    echo "usage: packaging/dev.sh run|server|test" >&2
    exit 2
    ;;
esac
