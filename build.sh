#!/usr/bin/env bash
# QuickWins: install what is missing, build, and either open the app or run every test.
#   ./build.sh run [APP OPTIONS]   opens QuickWins (default register unless --register FILE)
#   ./build.sh test                builds with warnings as errors and runs the whole test suite,
#                                  again under ASan/UBSan, then fuzzes the import for a minute
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:-run}
[ $# -gt 0 ] && shift

packages=(cmake ninja-build g++ qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
          qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
          libgl-dev fonts-dejavu-core libuchardet-dev libsqlite3-dev pkg-config libquazip1-qt6-dev
          libxlsxwriter-dev libstemmer-dev libcld2-dev)
# A team's register on a PostgreSQL server is opened through Qt's own driver.
packages+=(libqt6sql6-psql)
# An import into it streams its rows with COPY, through libpq.
packages+=(libpq-dev)
# Its password is kept, if the user wants, in the desktop's keyring.
packages+=(qtkeychain-qt6-dev)
# The man page is written from --help at build time.
packages+=(help2man)
# The test run also builds the suite with sanitizers and fuzzes the import's readers (clang),
# and installs QuickWins as a desktop application to check what it installs (the validators,
# the MIME type through GLib's gio, a Debian package built with dpkg-shlibdeps).
# The review's minutes are read back from their PDF by poppler's pdftotext.
if [ "$mode" = test ]; then
    packages+=(clang libclang-rt-14-dev desktop-file-utils appstream libglib2.0-bin dpkg-dev poppler-utils)
    # The storage suites run again on a throw-away PostgreSQL server (tests/pgserver.sh).
    packages+=(postgresql)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

# cmake --install into a folder: the files a desktop needs, each accepted by its validator; a
# register known by its extension and, renamed, by its content; then cpack -G DEB, and (as root,
# as CI is) the package installed with apt, started, and removed again.
check_installation() {
    local stage app_id=org.quickwins.QuickWins
    stage=$(mktemp -d)
    trap 'rm -rf "$stage"; trap - RETURN' RETURN
    DESTDIR="$stage" cmake --install build --prefix /usr
    local share="$stage/usr/share"
    for f in "$stage/usr/bin/quickwins" "$stage/usr/libexec/quickwins/quickwins-xlsx" "$share/man/man1/quickwins.1" \
             "$share/icons/hicolor/scalable/apps/$app_id.svg" "$share/icons/hicolor/48x48/apps/$app_id.png" \
             "$share/icons/hicolor/256x256/apps/$app_id.png" "$share/mime/packages/$app_id.xml"; do
        [ -s "$f" ] || { echo "install: $f is missing" >&2; return 1; }
    done
    grep -qF -- '\-\-register' "$share/man/man1/quickwins.1" || { echo "install: the man page has no options" >&2; return 1; }
    desktop-file-validate "$share/applications/$app_id.desktop"
    appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml"
    update-mime-database "$share/mime"
    local home="$stage/home" type
    mkdir -p "$home"
    HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" QT_QPA_PLATFORM=offscreen \
        "$stage/usr/bin/quickwins" --register "$home/team.qwr" --export-csv "$home/team.csv" >/dev/null
    cp "$home/team.qwr" "$home/renamed.dat"
    for f in team.qwr renamed.dat; do
        type=$(XDG_DATA_DIRS="$share:/usr/share" gio info -a standard::content-type "$home/$f")
        case "$type" in
        *application/x-quickwins-register*) ;;
        *) echo "install: $f is not known as a register: $type" >&2; return 1 ;;
        esac
    done
    (cd build && rm -f quickwins_*.deb && cpack -G DEB)
    # The package on this machine, as a user installs it, when nothing of QuickWins is installed
    # already (a machine of CI's; never a developer's installed copy).
    if [ "$(id -u)" -eq 0 ] && ! dpkg-query -W quickwins >/dev/null 2>&1; then
        local started=0
        DEBIAN_FRONTEND=noninteractive apt-get install -y ./build/quickwins_*.deb
        HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data2" \
            /usr/bin/quickwins --screenshot "$home/first.png" && [ -s "$home/first.png" ] \
            && [ -f "/usr/share/applications/$app_id.desktop" ] && /usr/bin/quickwins --version \
            && HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data2" \
               /usr/bin/quickwins --register "$home/team.qwr" --report "$home/report.xlsx" \
            && [ -s "$home/report.xlsx" ] && started=1
        DEBIAN_FRONTEND=noninteractive apt-get purge -y quickwins
        [ "$started" -eq 1 ] || { echo "install: the installed package did not start" >&2; return 1; }
    fi
}

case "$mode" in
run)
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build build -j2 --target quickwins
    exec ./build/app/quickwins "$@"
    ;;
test)
    # 1. The suite, as shipped, with the storage suites again on a PostgreSQL server of its
    # own (127.0.0.1 only, a random port and password, stopped at the end whatever happens).
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQW_WERROR=ON -DBUILD_TESTING=ON
    cmake --build build -j2
    server=$(mktemp -d)
    trap 'tests/pgserver.sh stop "$server"' EXIT
    started=$(tests/pgserver.sh start "$server")
    for line in $started; do export "${line?}"; done
    ctest --test-dir build --output-on-failure -j2
    check_installation
    # 2. The same suite under AddressSanitizer and UndefinedBehaviorSanitizer: any finding fails.
    cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug -DQW_WERROR=ON -DBUILD_TESTING=ON -DQW_SANITIZE=ON
    cmake --build build-sanitize -j2
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir build-sanitize --output-on-failure -j2 -E _postgres
    # 3. The import's readers under libFuzzer for a minute, from the corpus in tests/fuzz.
    cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
          -DQW_WERROR=ON -DQW_FUZZ=ON
    cmake --build build-fuzz -j2
    found=$(mktemp -d)
    ./build-fuzz/tests/fuzz/fuzz_import -max_total_time="${FUZZ_SECONDS:-60}" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 "$found" tests/fuzz/corpus
    rm -rf "$found"
    ;;
*)
    echo "usage: $0 run [quickwins options] | test" >&2
    exit 2
    ;;
esac
