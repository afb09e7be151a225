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
py="$bin/python"
[ -x "$py" ] || py="$(command -v python3)"
sources=$(find ui -name "*.py" -not -path "ui/generated/*" | sort)
mkdir -p resources/translations
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# lupdate files a tr("...") made through a module-level helper such as
#   def tr(text): return QCoreApplication.translate("Detail", text)
# (or through `tr = self.tr`, or `dialog.tr(...)`) under a context it guesses ("" or
# "dialog"), while the app looks it up under "Detail", "TimelineWidget", "PdfDialog".
# So that such strings still show translated, the .qm is compiled from a copy of the
# .ts where each message of a context that is no class and no literal context in ui/
# is also filed under the helper contexts of the file(s) it comes from (or, for files
# with no such helper, under their classes).
# The .ts itself stays exactly as lupdate wrote it.
compile_qm() {  # compile_qm LANG
  local ts="resources/translations/monitor_$1.ts"
  "$py" - "$ts" "$tmp/monitor_$1.ts" $sources <<'PYEOF'
import re, sys
import xml.etree.ElementTree as ET

src_ts, out_ts, files = sys.argv[1], sys.argv[2], sys.argv[3:]
literal, classes, aliases = set(), set(), {}
for path in files:
    text = open(path, encoding="utf-8").read()
    names = set(re.findall(r"^\s*class\s+(\w+)", text, re.M))
    helpers = set(re.findall(r"translate\(\s*[\"'](\w+)[\"']\s*,\s*[A-Za-z_]\w*\s*[,)]", text))
    literal |= set(re.findall(r"(?:translate|QT_TRANSLATE_NOOP3?)\(\s*[\"'](\w+)[\"']\s*,\s*[\"']", text))
    classes |= names
    aliases[path] = helpers or names  # the helper contexts, else the classes of the file
known = literal | classes | {c for a in aliases.values() for c in a}
tree = ET.parse(src_ts)
root = tree.getroot()
contexts = {c.findtext("name") or "": c for c in root.findall("context")}
have = {(n, m.findtext("source"), m.findtext("comment") or "")
        for n, c in contexts.items() for m in c.findall("message")}
current, added, moved = None, 0, []
for name, ctx in list(contexts.items()):
    for msg in ctx.findall("message"):
        # as lupdate reads -locations relative: a location with no filename is in the
        # file of the one before it in the message; the first one in the file of the
        # first location of the last message whose first location named its file
        where, in_msg = set(), current
        for i, loc in enumerate(msg.findall("location")):
            if loc.get("filename"):  # relative to the .ts: ../../ui/x.py
                in_msg = re.sub(r"^(\.\./)+", "", loc.get("filename"))
                if i == 0:
                    current = in_msg
            where.add(in_msg)
        if name in known or (msg.find("translation").get("type") in ("vanished", "obsolete")):
            continue
        for path in sorted(where):
            for alias in sorted(aliases.get(path, ())):
                key = (alias, msg.findtext("source"), msg.findtext("comment") or "")
                if key in have:
                    continue
                have.add(key)
                target = contexts.get(alias)
                if target is None:
                    target = contexts[alias] = ET.SubElement(root, "context")
                    ET.SubElement(target, "name").text = alias
                copy = ET.fromstring(ET.tostring(msg))
                for loc in copy.findall("location"):
                    copy.remove(loc)
                target.append(copy)
                added += 1
        moved.append(name)
if added:
    print(f"    note: {added} message(s) of context(s) {sorted(set(moved))} also compiled under "
          "the contexts the code looks them up in", file=sys.stderr)
with open(out_ts, "w", encoding="utf-8") as fh:
    fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    fh.write(ET.tostring(root, encoding="unicode"))
PYEOF
  "$bin/pyside6-lrelease" "$tmp/monitor_$1.ts" -qm "resources/translations/monitor_$1.qm"
}

for lang in ru kk; do
  # -no-obsolete: the .ts holds only strings the code still has
  "$bin/pyside6-lupdate" $sources -locations relative -no-obsolete \
    -ts "resources/translations/monitor_${lang}.ts"
  compile_qm "$lang"
done
# English needs only its plural forms ("1 match", "2 matches")
"$bin/pyside6-lupdate" $sources -pluralonly -locations relative -no-obsolete \
  -ts resources/translations/monitor_en.ts
compile_qm en
