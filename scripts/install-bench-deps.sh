#!/usr/bin/env bash
# Installs the packages only the ranked-search benchmark needs (tests/bench/ranked_search_bench.cpp):
# Recoll's indexer (recollcmd, with its aspell, chm, X11 and XSLT libraries), the baseline it builds an
# index against. Kept out of install-deps.sh: building, testing and running Cairn never need it.
# Idempotent; runs as root (or via sudo).
set -euo pipefail

packages=(recollcmd)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-bench-deps: all ${#packages[@]} packages present"
  exit 0
fi
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
