#!/usr/bin/env bash
# Sets up a fresh Debian bookworm machine, builds Cairn into build/ and runs it on the demo project:
# the desktop workbench when a display is available, otherwise the command-line demo.
# Usage: scripts/demo.sh [--cli]
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

cmake --preset dev
# Only the programs: the test suite is scripts/test.sh's job.
targets=(cairn)
[ -f ui/CMakeLists.txt ] && targets+=(cairn-gui)
cmake --build --preset dev -j "$(nproc)" --target "${targets[@]}"

mkdir -p build/demo
if [ "${1:-}" != "--cli" ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x build/bin/cairn-gui ]; then
  build/bin/cairn demo build/demo >/dev/null
  exec build/bin/cairn-gui --open build/demo/demo.cairn
fi
exec build/bin/cairn demo build/demo
