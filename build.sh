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
          libxlsxwriter-dev)
# The test run also builds the suite with sanitizers and fuzzes the import's readers (clang).
if [ "$mode" = test ]; then
    packages+=(clang libclang-rt-14-dev)
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

case "$mode" in
run)
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build build -j2 --target quickwins
    exec ./build/app/quickwins "$@"
    ;;
test)
    # 1. The suite, as shipped.
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQW_WERROR=ON -DBUILD_TESTING=ON
    cmake --build build -j2
    ctest --test-dir build --output-on-failure -j2
    # 2. The same suite under AddressSanitizer and UndefinedBehaviorSanitizer: any finding fails.
    cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug -DQW_WERROR=ON -DBUILD_TESTING=ON -DQW_SANITIZE=ON
    cmake --build build-sanitize -j2
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir build-sanitize --output-on-failure -j2
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
