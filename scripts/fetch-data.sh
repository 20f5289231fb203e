#!/usr/bin/env bash
# Downloads the official O*NET text release, the ESCO CSV package and the crosswalks into a
# data directory laid out as `skillgap ingest --data DIR` expects:
#   DIR/onet/*.txt   DIR/esco/*.csv   DIR/crosswalks/esco_onet_crosswalk_Nov2020.csv
#   DIR/crosswalks/derived/*.csv
#
# Usage: scripts/fetch-data.sh [DIR]            (default: data/full)
#   ONET_VERSION=29_2   O*NET database release (db_<version>_text.zip)
#   ESCO_ZIP=path.zip   the ESCO "classification - en - csv" zip. ESCO downloads are generated
#                       per request on https://esco.ec.europa.eu/en/use-esco/download, so this
#                       script cannot fetch it for you: download it there and pass its path.
#
# Licences: O*NET is CC BY 4.0 (USDOL/ETA); ESCO is (c) European Union, reuse with attribution.
# Show the attributions in README.md when you publish anything built from these files.
set -euo pipefail

dir=${1:-data/full}
onet_version=${ONET_VERSION:-29_2}
mkdir -p "$dir/onet" "$dir/esco" "$dir/crosswalks/derived"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

need() { command -v "$1" >/dev/null || { echo "fetch-data: $1 is required" >&2; exit 1; }; }
need curl
need unzip

echo "O*NET ${onet_version//_/.} text release ..."
curl -fL --retry 3 -o "$tmp/onet.zip" "https://www.onetcenter.org/dl_files/database/db_${onet_version}_text.zip"
unzip -q -o "$tmp/onet.zip" -d "$tmp/onet"
find "$tmp/onet" -name '*.txt' -exec cp {} "$dir/onet/" \;
echo "  $(ls "$dir/onet" | wc -l) files in $dir/onet"

if [ -n "${ESCO_ZIP:-}" ]; then
  echo "ESCO from $ESCO_ZIP ..."
  unzip -q -o "$ESCO_ZIP" -d "$tmp/esco"
  find "$tmp/esco" -name '*.csv' -exec cp {} "$dir/esco/" \;
  echo "  $(ls "$dir/esco" | wc -l) files in $dir/esco"
else
  echo "ESCO: set ESCO_ZIP to the CSV package downloaded from https://esco.ec.europa.eu/en/use-esco/download" >&2
  echo "      (choose: version v1.1.1 or later, classification, English, CSV)." >&2
fi

echo "Crosswalks ..."
curl -fL --retry 3 -o "$dir/crosswalks/esco_onet_crosswalk_Nov2020.csv" \
  "https://raw.githubusercontent.com/nestauk/mapping-career-causeways/main/supplementary_online_data/ONET_ESCO_crosswalk/esco_onet_crosswalk_Nov2020.csv"
for f in 2010_to_2019_Crosswalk 2019_to_SOC_Crosswalk; do
  curl -fL --retry 3 -o "$tmp/$f.xlsx" "https://www.onetcenter.org/taxonomy/2019/walk/$f.xlsx" || \
    { echo "  could not fetch $f.xlsx; skipping" >&2; continue; }
  if python3 -c 'import openpyxl' 2>/dev/null; then
    python3 - "$tmp/$f.xlsx" "$dir/crosswalks/derived/$f.csv" <<'PY'
import csv, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
rows = [[("" if c is None else str(c)) for c in r] for r in wb.active.iter_rows(values_only=True)]
start = next(i for i, r in enumerate(rows) if r and r[0].startswith("O*NET-SOC"))
with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
    csv.writer(f, lineterminator="\n").writerows(r for r in rows[start:] if any(r))
PY
  else
    echo "  $f.xlsx saved; install python3 openpyxl to convert it to CSV" >&2
    cp "$tmp/$f.xlsx" "$dir/crosswalks/"
  fi
done
echo "Done. Next: skillgap ingest --data $dir"
