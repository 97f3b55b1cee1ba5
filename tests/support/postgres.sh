#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for the storage tests.
#
#   postgres.sh start STATE_DIR   initdb + start on 127.0.0.1 (free port), create a password role and a
#                                 database, write postgres://USER:PASS@127.0.0.1:PORT/DB to STATE_DIR/url
#   postgres.sh stop STATE_DIR    stop the cluster and remove its data directory
#
# CHRYSALIS_PG_SHARED_BUFFERS sets the cluster's shared_buffers (default 32MB, enough for the tests; the
# benchmarks ask for a server's share of memory).
# Both are idempotent. The data directory lives under /tmp (made with mktemp) so that, when running as
# root, the postgres user can reach it; its path is recorded in STATE_DIR/datadir. Any failure is loud:
# a message on stderr, the server log when there is one, and a non-zero exit status.
set -euo pipefail

readonly ROLE=chrysalis
readonly DATABASE=chrysalis_test
readonly PORT_FIRST=54320
readonly PORT_COUNT=200
readonly PORT_TRIES=20

die() {
    echo "postgres.sh: error: $*" >&2
    exit 1
}

usage() {
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
}

# Runs a PostgreSQL server program as the user that owns the cluster.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

find_bindir() {
    local dir best=""
    for dir in /usr/lib/postgresql/*/bin; do
        [[ -x $dir/initdb && -x $dir/pg_ctl && -x $dir/psql && -x $dir/pg_isready ]] || continue
        if [[ -z $best ]] || [[ $(printf '%s\n%s\n' "$best" "$dir" | sort -V | tail -n1) == "$dir" ]]; then
            best=$dir
        fi
    done
    [[ -n $best ]] || die "PostgreSQL server programs not found under /usr/lib/postgresql/*/bin (install postgresql-15)"
    echo "$best"
}

show_log() {
    local log=$1
    if [[ -f $log ]]; then
        echo "---- PostgreSQL server log ($log) ----" >&2
        tail -n 50 "$log" >&2 || true
        echo "---- end of log ----" >&2
    fi
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

is_running() {
    local bindir=$1 datadir=$2
    [[ -d $datadir/pgdata ]] && as_owner "$bindir/pg_ctl" status -D "$datadir/pgdata" >/dev/null 2>&1
}

stop_cluster() {
    local state=$1 bindir datadir
    [[ -f $state/datadir ]] || return 0
    datadir=$(<"$state/datadir")
    if [[ -n $datadir && -d $datadir ]]; then
        bindir=$(find_bindir)
        if is_running "$bindir" "$datadir"; then
            as_owner "$bindir/pg_ctl" stop -D "$datadir/pgdata" -m fast -w -t 60 >/dev/null ||
                { show_log "$datadir/server.log"; die "could not stop the cluster in $datadir"; }
        fi
        case $datadir in
        /tmp/chrysalis-pg.*) rm -rf -- "$datadir" ;;
        *) die "refusing to remove unexpected data directory '$datadir' recorded in $state/datadir" ;;
        esac
    fi
    rm -f -- "$state/datadir" "$state/url" "$state/port"
}

start_cluster() {
    local state=$1 bindir datadir password port started="" offset i
    bindir=$(find_bindir)

    if [[ -f $state/datadir && -f $state/url ]]; then
        datadir=$(<"$state/datadir")
        if is_running "$bindir" "$datadir" && as_owner "$bindir/pg_isready" -q -h 127.0.0.1 -p "$(<"$state/port")"; then
            echo "postgres.sh: already running ($datadir)"
            return 0
        fi
    fi
    stop_cluster "$state"

    if [[ $(id -u) -eq 0 ]]; then
        id -u postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user to run the server"
    fi

    datadir=$(mktemp -d /tmp/chrysalis-pg.XXXXXX)
    echo "$datadir" >"$state/datadir"
    chmod 0755 "$datadir"
    mkdir "$datadir/socket"
    if [[ $(id -u) -eq 0 ]]; then
        chown -R postgres:postgres "$datadir"
    fi

    as_owner "$bindir/initdb" -D "$datadir/pgdata" --auth-local=peer --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$datadir/initdb.log" 2>&1 ||
        { cat "$datadir/initdb.log" >&2; die "initdb failed"; }

    # A throwaway cluster: durability off for speed, reachable only over 127.0.0.1 and its own socket.
    cat >>"$datadir/pgdata/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$datadir/socket'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 60
shared_buffers = ${CHRYSALIS_PG_SHARED_BUFFERS:-32MB}
password_encryption = scram-sha-256
EOF

    offset=$((RANDOM % PORT_COUNT))
    for ((i = 0; i < PORT_TRIES; i++)); do
        port=$((PORT_FIRST + (offset + i * 7) % PORT_COUNT))
        port_in_use "$port" && continue
        if as_owner "$bindir/pg_ctl" start -D "$datadir/pgdata" -l "$datadir/server.log" -w -t 60 \
            -o "-p $port" >/dev/null 2>&1; then
            started=yes
            break
        fi
        if is_running "$bindir" "$datadir"; then
            as_owner "$bindir/pg_ctl" stop -D "$datadir/pgdata" -m immediate -w >/dev/null 2>&1 || true
        fi
    done
    [[ -n $started ]] || { show_log "$datadir/server.log"; die "could not start PostgreSQL on any port tried"; }
    echo "$port" >"$state/port"

    for ((i = 0; i < 100; i++)); do
        as_owner "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" && break
        sleep 0.1
    done
    as_owner "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" ||
        { show_log "$datadir/server.log"; die "server on port $port never became ready"; }

    password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    as_owner "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$datadir/socket" -p "$port" -d postgres >/dev/null <<EOF ||
CREATE ROLE $ROLE LOGIN PASSWORD '$password';
CREATE DATABASE $DATABASE OWNER $ROLE;
EOF
        { show_log "$datadir/server.log"; die "could not create role and database"; }

    PGPASSWORD=$password PGCONNECT_TIMEOUT=10 "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" \
        -U "$ROLE" -d "$DATABASE" -c 'SELECT 1' >/dev/null ||
        { show_log "$datadir/server.log"; die "password login over 127.0.0.1:$port failed"; }

    (
        umask 077
        echo "postgres://$ROLE:$password@127.0.0.1:$port/$DATABASE" >"$state/url"
    )
    echo "postgres.sh: PostgreSQL $(basename "$(dirname "$bindir")") on 127.0.0.1:$port, data in $datadir"
}

[[ $# -eq 2 ]] || usage
command=$1
state=$2
mkdir -p -- "$state" || die "cannot create state directory $state"
state=$(cd -- "$state" && pwd)

case $command in
start) start_cluster "$state" ;;
stop)
    stop_cluster "$state"
    echo "postgres.sh: stopped"
    ;;
*) usage ;;
esac
