#!/usr/bin/env bash
# Prints the path of the headless Chromium the browser tests drive (the web client, issue #14); installs
# with it poppler-utils, whose pdftoppm the archive's tests turn printed pages into images with (#16).
#
#   scripts/browser.sh        /usr/bin/chromium, installing Debian's chromium first when it is missing
#
# Installing needs root and apt-get (the package lists are refreshed only when the install fails).
# Nothing but the path is printed when Chromium is already there; running it twice is harmless.
set -euo pipefail

BROWSER=/usr/bin/chromium
PACKAGES=(chromium fonts-dejavu-core poppler-utils)

log() { printf '[browser] %s\n' "$*" >&2; }

install_packages() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
}

if [ ! -x "$BROWSER" ] || ! command -v pdftoppm >/dev/null; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    log "Chromium is not installed ($BROWSER) and cannot be installed here: as root on Debian run"
    log "  apt-get install -y --no-install-recommends ${PACKAGES[*]}"
    exit 1
  fi
  log "installing ${PACKAGES[*]} with apt-get"
  if ! install_packages 2>/dev/null; then
    log "apt-get install failed; refreshing the package lists and trying again"
    if ! { apt-get update -qq >/dev/null && install_packages; }; then
      log "cannot install ${PACKAGES[*]} with apt-get (see the errors above)"
      exit 1
    fi
  fi
  if [ ! -x "$BROWSER" ]; then
    log "the chromium package is installed but $BROWSER is not there"
    exit 1
  fi
fi

echo "$BROWSER"
