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
# median wall time and the median CPU time (user + system: steadier on a
# shared machine) are reported, with the peak memory. A baseline that is not
# installed is skipped.
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

measure() { # runs "$@" $runs times; prints median wall s, median user+sys CPU s, max peak MB
  local w=() c=() m=0
  for _ in $(seq "$runs"); do
    local line
    line=$(/usr/bin/time -f '@@ %e %U %S %M' "$@" 2>&1 >/dev/null | grep '^@@' | tail -n 1)
    read -r _ e u s k <<<"$line"
    w+=("$e")
    c+=("$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')")
    [ "$k" -gt "$m" ] && m=$k
  done
  local mw mc
  mw=$(printf '%s\n' "${w[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  mc=$(printf '%s\n' "${c[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  echo "$mw $mc $((m / 1024))"
}
row() { # NAME CMD...
  local name=$1
  shift
  local w c m
  read -r w c m <<<"$(measure "$@")"
  printf '%-28s %7.2f s wall %7.1f pages/s   %6.2f s CPU %7.1f pages/s   %4s MB\n' "$name" "$w" \
    "$(awk -v p="$pages" -v s="$w" 'BEGIN { print (s > 0 ? p / s : 0) }')" "$c" \
    "$(awk -v p="$pages" -v s="$c" 'BEGIN { print (s > 0 ? p / s : 0) }')" "$m"
}

echo "PDF: $big, $pages pages (median of $runs runs)"
row "plandiff read" "$bin" read -o /dev/null "$big"
command -v pdftotext >/dev/null && row "pdftotext (Poppler)" pdftotext "$big" /dev/null
command -v pdftotext >/dev/null && row "pdftotext -layout" pdftotext -layout "$big" /dev/null
command -v mutool >/dev/null && row "mutool draw -F text (MuPDF)" mutool draw -q -F text -o /dev/null "$big"
exit 0
