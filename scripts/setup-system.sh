#!/usr/bin/env bash
# Installs the system packages gan4j calls as programs (Debian/Ubuntu, run as root or with sudo).
# Idempotent: a package already installed is skipped. Add packages to PACKAGES, one per line.
set -euo pipefail

PACKAGES=(
  espeak-ng   # speaks the spoken-digits corpus (gan data make spoken-digits); run as a subprocess, never linked
)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-system: all packages present (${PACKAGES[*]})"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "setup-system: installing ${missing[*]}"
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
