#!/usr/bin/env bash
# bench/pdf.sh — PDF pages per second: `plandiff read` (Poppler's character
# boxes and plandiff's own layout: columns, furniture, tables, headings)
# against `pdftotext` (Poppler's plain text) and `mutool draw -F text`
# (MuPDF's plain text) on the same PDF in the same run, with peak memory.
#
#   bench/pdf.sh [COPIES]   (default 40: Larvik's printed plan, 12 pages, 40 times)
#
# The PDF is tests/fixtures/formats/larvik.pdf joined COPIES times with
# pdfunite (poppler-utils). Each command runs RUNS times (default 3); the
# median wall time is reported. A baseline that is not installed is skipped.
set -eu
cd "$(dirname "$0")/.."
copies=${1:-40}
runs=${RUNS:-3}
bin=${PLANDIFF:-./plandiff}
work=${BENCH_DIR:-build/bench}
mkdir -p "$work"
export PLANDIFF_DATADIR=$PWD

big="$work/larvik-x$copies.pdf"
if [ ! -s "$big" ]; then
  files=()
  for _ in $(seq "$copies"); do files+=(tests/fixtures/formats/larvik.pdf); done
  pdfunite "${files[@]}" "$big"
fi
pages=$(pdfinfo "$big" | awk '/^Pages:/ { print $2 }')

median() { # runs "$@" $runs times, prints the median seconds
  local t=()
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    e=$(date +%s.%N)
    t+=("$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.4f", e - s }')")
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}
peak() { # peak resident memory of one run, MB
  /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1 | awk '{ printf "%.0f", $1 / 1024 }'
}
row() { # NAME CMD...
  local name=$1
  shift
  local s
  s=$(median "$@")
  printf '%-28s %8.3f s %9.1f pages/s %6s MB\n' "$name" "$s" \
    "$(awk -v p="$pages" -v s="$s" 'BEGIN { print (s > 0 ? p / s : 0) }')" "$(peak "$@" || echo ?)"
}

echo "PDF: $big, $pages pages (median of $runs runs)"
row "plandiff read" "$bin" read -o /dev/null "$big"
command -v pdftotext >/dev/null && row "pdftotext (Poppler)" pdftotext "$big" /dev/null
command -v pdftotext >/dev/null && row "pdftotext -layout" pdftotext -layout "$big" /dev/null
command -v mutool >/dev/null && row "mutool draw -F text (MuPDF)" mutool draw -q -F text -o /dev/null "$big"
exit 0
