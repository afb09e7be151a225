#!/usr/bin/env bash
# Regenerate the window screenshots: every view at 1366x768 (a common field laptop) in
# English, Russian and Kazakh, on a fresh demo store (synthetic data only). Run from the
# project root with the app installed: bash docs/screenshots/make.sh
set -euo pipefail
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
out=docs/screenshots
for lang in en ru kk; do
  for view in cases case visits visit places people reprisals deadlines; do
    monitor-app gui --demo --lang "$lang" --view "$view" --size 1366x768 \
      --screenshot "$out/$view-$lang.png" 2>/dev/null
    echo "$out/$view-$lang.png"
  done
done
