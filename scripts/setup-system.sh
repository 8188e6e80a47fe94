#!/bin/sh
# Installs the Debian/Ubuntu packages gan4j's data commands call, if missing. Idempotent.
# Usage: sudo scripts/setup-system.sh   (or run as root)
set -eu

# One package a line.
PACKAGES="
wordnet-base
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
if [ -z "$missing" ]; then
    echo "setup-system: all packages present"
    exit 0
fi
echo "setup-system: installing$missing"
apt-get update
# shellcheck disable=SC2086
apt-get install -y --no-install-recommends $missing
