#!/usr/bin/env bash
# Installs every Debian bookworm package Cairn needs to build, test and run.
# Idempotent: packages already present are skipped by apt-get. Runs as root (or via sudo).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config ccache git clang-format
  clang-14 libclang-rt-14-dev llvm-14
  # core libraries
  libicu-dev libsqlite3-dev sqlite3 zlib1g-dev libzip-dev libpugixml-dev libxml2-dev libxml2-utils
  libpoppler-cpp-dev poppler-utils libcld2-dev libexttextcat-dev libexttextcat-data
  libcli11-dev nlohmann-json3-dev libssl-dev uuid-dev libxapian-dev xapian-tools libstemmer-dev
  libhunspell-dev hunspell-pl hunspell-fr hunspell-lt hunspell-ar hunspell-en-gb myspell-fa
  libxlsxwriter-dev libgsl-dev
  # reports as PDF: Pango shapes Arabic and Ethiopic, Cairo writes the PDF (no office suite needed)
  libcairo2-dev libpango1.0-dev
  # tests (ripgrep: the search benchmark's baseline; chromium: the review pack's browser round trip)
  catch2 ripgrep chromium
  # the report tests open the DOCX and ODT reports in LibreOffice and convert them to PDF
  libreoffice-writer-nogui
  # desktop app
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qt6-svg-dev
  # libqt6opengl6-dev: Qt Charts' CMake package needs Qt6OpenGL's, which qt6-base-dev does not ship
  libqt6opengl6-dev libgl-dev xvfb xauth
  fonts-noto-core fonts-noto-ui-core fonts-kacst fonts-farsiweb fonts-sil-abyssinica
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
