#!/usr/bin/env bash
# Runs every built libFuzzer target (build*/bin/fuzz_<name>) for SECONDS each (default 60), starting
# from a scratch copy of its seed corpus tests/fuzz/corpus/<name>/ so the repository's seeds stay as
# committed. Crash, leak and timeout inputs are kept in <build>/fuzz-artifacts/<name>/.
# Prints one line per fuzzer and exits non-zero if any failed.
#
#   cmake --preset fuzz && cmake --build --preset fuzz && scripts/run-fuzzers.sh 60
#   CAIRN_FUZZ_BUILD=build-fuzz-o scripts/run-fuzzers.sh 30     # a given build directory
set -euo pipefail

seconds=${1:-60}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The build directory: as given, else the one whose fuzzers were built most recently.
build=${CAIRN_FUZZ_BUILD:-}
if [[ -z $build ]]; then
    newest=$(ls -t "$root"/build*/bin/fuzz_* 2>/dev/null | head -n 1 || true)
    [[ -n $newest ]] || { echo "run-fuzzers: no build*/bin/fuzz_* found; build the fuzz preset first" >&2; exit 2; }
    build=$(dirname "$(dirname "$newest")")
fi
[[ $build = /* ]] || build=$root/$build

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

summary=()
failed=0
for fuzzer in "$build"/bin/fuzz_*; do
    [[ -x $fuzzer ]] || continue
    name=${fuzzer##*/fuzz_}
    corpus=$scratch/$name
    artifacts=$build/fuzz-artifacts/$name
    mkdir -p "$corpus" "$artifacts"
    seeds=$root/tests/fuzz/corpus/$name
    [[ -d $seeds ]] && cp -r "$seeds"/. "$corpus"/
    log=$scratch/$name.log
    start=$(date +%s)
    if "$fuzzer" "$corpus" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=30 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1; then
        runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
        cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*$' || echo "?")
        summary+=("fuzz_$name: ok, $runs runs in $(( $(date +%s) - start )) s, coverage $cov, corpus $(ls "$corpus" | wc -l) inputs")
    else
        failed=1
        artifact=$(grep -o "Test unit written to [^ ]*" "$log" | tail -n 1 | sed 's/Test unit written to //' || true)
        reason=$(grep -m1 -o 'ERROR: [A-Za-z]*: [^(]*\|==[0-9]*== ERROR: [^ ]* [^ ]*\|libFuzzer: [a-z -]*' "$log" || echo "see log")
        cp "$log" "$artifacts/last-failure.log"
        summary+=("fuzz_$name: FAILED ($reason) input ${artifact:-not saved}, log $artifacts/last-failure.log")
    fi
done

[[ ${#summary[@]} -gt 0 ]] || { echo "run-fuzzers: no fuzzers in $build/bin" >&2; exit 2; }
printf '%s\n' "${summary[@]}"
exit $failed
