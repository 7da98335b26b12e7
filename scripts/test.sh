#!/usr/bin/env bash
# Sets up a fresh Debian bookworm machine and runs Cairn's whole test suite under AddressSanitizer
# and UndefinedBehaviorSanitizer (unit, integration, crash-safety and GUI tests).
# Usage: scripts/test.sh            (from the repository root or anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
# fontconfig's process-lifetime caches (used by the PDF report writer) are not leaks of ours.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

cmake --preset asan
cmake --build --preset asan -j "$(nproc)"
ctest --preset asan -j "$(nproc)"
