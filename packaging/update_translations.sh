#!/usr/bin/env bash
# Refresh the translation sources from the code and compile them:
#   pyside6-lupdate  ui/*.py -> resources/translations/monitor_{ru,kk}.ts (keeps existing work)
#   pyside6-lrelease .ts     -> .qm (what the app loads)
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
# The Qt tools come from the project's virtual environment: $VENV/bin when VENV is
# set, else whatever pyside6-lupdate is on PATH (an activated venv puts it there).
# There is no `python3 -m` fallback for these tools.
if [ -n "${VENV:-}" ]; then
  bin="$VENV/bin"
elif command -v pyside6-lupdate >/dev/null 2>&1; then
  bin="$(dirname "$(command -v pyside6-lupdate)")"
else
  bin=""
fi
if [ -z "$bin" ] || [ ! -x "$bin/pyside6-lupdate" ] || [ ! -x "$bin/pyside6-lrelease" ]; then
  echo "update_translations.sh: pyside6-lupdate/pyside6-lrelease not found${VENV:+ in \$VENV/bin ($VENV/bin)}; activate the project's virtual environment (source <venv>/bin/activate) or set VENV=<venv>." >&2
  exit 1
fi
# The field and kind labels are declared in db/models.py; lupdate reads them from the
# catalogue the schema generates (tests/ui/test_field_names.py checks it is current).
if [ -x "$bin/python" ]; then
  "$bin/python" -m ui.field_names
fi
sources=$(find ui -name "*.py" -not -path "ui/generated/*" | sort)
mkdir -p resources/translations

# Every string is looked up under a literal context at its call site (self.tr in a class,
# QCoreApplication.translate("Context", ...) elsewhere), so lupdate files each one under the
# context the code asks for and the .qm is compiled from the .ts as it is
# (tests/ui/test_translations.py checks both).
for lang in ru kk; do
  # -no-obsolete: the .ts holds only strings the code still has
  "$bin/pyside6-lupdate" $sources -locations relative -no-obsolete \
    -ts "resources/translations/monitor_${lang}.ts"
  "$bin/pyside6-lrelease" "resources/translations/monitor_${lang}.ts" \
    -qm "resources/translations/monitor_${lang}.qm"
done
# English needs only its plural forms ("1 match", "2 matches")
"$bin/pyside6-lupdate" $sources -pluralonly -locations relative -no-obsolete \
  -ts resources/translations/monitor_en.ts
"$bin/pyside6-lrelease" resources/translations/monitor_en.ts -qm resources/translations/monitor_en.qm
