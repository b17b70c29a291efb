#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: Debian's postgresql 15, its data in DIR,
# listening on 127.0.0.1 only (and a socket in DIR), a random superuser password kept in
# DIR/pgpass (mode 600) for libpq's PGPASSFILE.
#   tests/pgserver.sh start DIR   prints QW_TEST_POSTGRES=postgresql://postgres@127.0.0.1:PORT
#                                 and PGPASSFILE=DIR/pgpass, to be exported
#   tests/pgserver.sh stop DIR    stops it and removes DIR
# PostgreSQL refuses to run as root: as root, the server runs as the postgres user. The tests'
# server does not wait for the disk (fsync=off); QW_PG_OPTIONS replaces that (empty: the
# server's defaults, as the benchmarks run it).
set -euo pipefail
action=${1:?start or stop}
dir=${2:?a folder}
bin=/usr/lib/postgresql/15/bin
as_server() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
    umask 077
    printf '%s\n' "$password" > "$dir/password"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir" "$dir/password"
    as_server "$bin/initdb" -D "$dir/data" -U postgres -A scram-sha-256 --pwfile="$dir/password" -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log"
    rm -f "$dir/password"
    started=""
    for _ in 1 2 3 4 5 6 7 8; do
        port=$(( 20000 + RANDOM % 40000 ))
        if as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
                -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir ${QW_PG_OPTIONS--c fsync=off} -c max_connections=200" \
                start >/dev/null; then
            started=$port
            break
        fi
    done
    [ -n "$started" ] || { cat "$dir/server.log" >&2; echo "pgserver: the server did not start" >&2; exit 1; }
    printf '127.0.0.1:%s:*:postgres:%s\n' "$started" "$password" > "$dir/pgpass"
    chmod 600 "$dir/pgpass"
    echo "QW_TEST_POSTGRES=postgresql://postgres@127.0.0.1:$started"
    echo "PGPASSFILE=$dir/pgpass"
    ;;
stop)
    [ -d "$dir/data" ] && as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
