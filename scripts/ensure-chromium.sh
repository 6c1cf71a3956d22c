#!/usr/bin/env bash
# Prints the path of a Chromium for Playwright, installing one if needed. Never skips silently.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ -x "$CHROMIUM_PATH" ]; then echo "$CHROMIUM_PATH"; exit 0; fi
  echo "CHROMIUM_PATH=$CHROMIUM_PATH tidak dapat dijalankan." >&2; exit 1
fi
if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Memasang Chromium dari Debian (apt-get install -y chromium)…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
  echo /usr/bin/chromium; exit 0
fi
echo "Memasang Chromium milik Playwright (npx playwright install chromium)…" >&2
if npx playwright install chromium >&2; then
  node -e 'console.log(require("@playwright/test").chromium.executablePath())'
  exit 0
fi
cat >&2 <<'MSG'
Tidak ada Chromium untuk uji e2e. Jalankan salah satu:
  sudo apt-get install -y chromium          (Debian/Ubuntu)
  npx playwright install chromium           (lainnya)
atau set CHROMIUM_PATH ke berkas Chromium/Chrome yang ada.
MSG
exit 1
