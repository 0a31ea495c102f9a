#!/bin/sh
# Installs the Debian 12 packages DuoCoach needs to build, test and run.
# Idempotent: does nothing when everything is already present.
set -eu

PACKAGES="g++ cmake ninja-build pkg-config
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qt6-translations-l10n libqt6sql6-sqlite libgl-dev
sqlite3 xvfb xauth fonts-dejavu-core adwaita-icon-theme
libcsv-dev tzdata libical-dev libsodium-dev libssl-dev libsqlite3-dev
qt6-charts-dev libqt6opengl6-dev
clang libclang-rt-14-dev llvm
iso-codes
postgresql-15 libqt6sql6-psql libpq-dev"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install:$missing" >&2; exit 1; }
    SUDO=sudo
fi
echo "setup: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# --no-install-recommends keeps the machine small; what we need is named above.
$SUDO apt-get install -y -qq --no-install-recommends $missing
