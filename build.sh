#!/usr/bin/env bash
# QuickWins: install what is missing, build, and either open the app or run every test.
#   ./build.sh run [APP OPTIONS]   opens QuickWins (default register unless --register FILE)
#   ./build.sh test                builds with warnings as errors and runs the whole test suite
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:-run}
[ $# -gt 0 ] && shift

packages=(cmake ninja-build g++ qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
          qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
          libgl-dev fonts-dejavu-core libuchardet-dev libsqlite3-dev pkg-config)

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
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQW_WERROR=ON -DBUILD_TESTING=ON
    cmake --build build -j2
    ctest --test-dir build --output-on-failure -j2
    ;;
*)
    echo "usage: $0 run [quickwins options] | test" >&2
    exit 2
    ;;
esac
