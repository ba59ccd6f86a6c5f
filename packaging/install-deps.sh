#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every build, test and run dependency of Baseline. Idempotent; run as root.
#
# Debian 12 (bookworm): SQLCipher 4 and Catch2 3 come from bookworm-backports (bookworm proper has 3.4 / 2.x).
# The backports source is derived from the machine's own Debian apt source, so no registry host is written here.
# Debian 13 (trixie) and Ubuntu 24.04 (noble) carry the same packages natively.
# The fuzzers (cmake --preset fuzz) need clang and libFuzzer: the unversioned llvm-defaults packages `clang` and
# `libclang-rt-dev` pull the distribution's default version (14 on bookworm, 18 on noble), whose
# libclang-rt-N-dev ships libclang_rt.fuzzer and the ASan/UBSan runtimes; `llvm` puts llvm-symbolizer on the PATH so
# sanitizer reports show function names and lines.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps.sh: run as root (it calls apt-get)" >&2
    exit 1
fi

. /etc/os-release
export DEBIAN_FRONTEND=noninteractive

backports_from=()
if [ "${ID:-}" = debian ] && [ "${VERSION_CODENAME:-}" = bookworm ]; then
    list=/etc/apt/sources.list.d/baseline-bookworm-backports.sources
    if [ ! -f "$list" ]; then
        src=/etc/apt/sources.list.d/debian.sources
        uri=""
        keyring=""
        if [ -f "$src" ]; then
            # First stanza whose Suites names plain "bookworm": its URIs and Signed-By are the main archive's.
            read -r uri keyring < <(awk '
                BEGIN { RS=""; FS="\n" }
                {
                    u=""; s=""; k="";
                    for (i=1;i<=NF;i++) {
                        if ($i ~ /^URIs:/)      { u=$i; sub(/^URIs:[ \t]*/,"",u); split(u,a,/[ \t]+/); u=a[1] }
                        if ($i ~ /^Suites:/)    { s=" " $i " " }
                        if ($i ~ /^Signed-By:/) { k=$i; sub(/^Signed-By:[ \t]*/,"",k) }
                    }
                    if (u != "" && s ~ /[ \t]bookworm[ \t]/) { print u, k; exit }
                }' "$src")
        fi
        if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
            uri=$(awk '$1=="deb" && $3=="bookworm" { for (i=2;i<=NF;i++) if ($i ~ /:\/\//) { print $i; exit } }' /etc/apt/sources.list)
        fi
        if [ -z "$uri" ]; then
            echo "install-deps.sh: could not find the machine's Debian bookworm apt source to derive backports from." >&2
            echo "  Add a bookworm-backports source by hand and run this again." >&2
            exit 1
        fi
        {
            echo "Types: deb"
            echo "URIs: $uri"
            echo "Suites: bookworm-backports"
            echo "Components: main"
            [ -n "$keyring" ] && echo "Signed-By: $keyring"
        } >"$list"
        echo "install-deps.sh: enabled bookworm-backports from $src"
    fi
    backports_from=(-t bookworm-backports)
fi

# Skip apt entirely when everything is already there (keeps ./test.sh quick on a warm machine).
common=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qml6-module-qtqml-workerscript qml6-module-qtquick qml6-module-qtquick-controls
    qml6-module-qtquick-layouts qml6-module-qtquick-templates qml6-module-qtquick-window
    qml6-module-qtquick-dialogs qml6-module-qtcharts qml6-module-qttest qml6-module-qtquick-shapes
    qt6-qpa-plugins libgl-dev
    libsodium-dev libboost-serialization-dev libvalijson-dev
    libbenchmark-dev
    clang libclang-rt-dev llvm
    poppler-utils
    fonts-noto-core fonts-noto-cjk fonts-dejavu-core
)
backported=(libsqlcipher-dev sqlcipher catch2)

missing=()
for p in "${common[@]}" "${backported[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Catch2 3 and SQLCipher 4 must be the backported majors, not bookworm's 2.x / 3.4.
if dpkg-query -W -f='${Version}' catch2 2>/dev/null | grep -q '^2\.'; then missing+=(catch2); fi
if dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null | grep -q '^3\.'; then missing+=(libsqlcipher-dev sqlcipher); fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps.sh: all dependencies present"
    exit 0
fi

apt-get update -q
apt-get install -y -q --no-install-recommends "${common[@]}"
apt-get install -y -q --no-install-recommends "${backports_from[@]}" "${backported[@]}"
echo "install-deps.sh: done"
