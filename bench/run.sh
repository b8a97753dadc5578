#!/usr/bin/env bash
# bench/run.sh — throughput of each stage on a large corpus, with baselines
# measured in the same run (cmark style: report ratios, not absolute claims).
#
#   bench/run.sh [TIMES]   (default 200: the bundled corpus concatenated 200 times)
#
# Each command runs RUNS times (default 5); the median wall time is reported.
# Baselines: `cat` (reading the bytes) and `grep -F -c -i` in the C locale
# with every thesaurus alias (a multi-pattern scan with case folding, the
# floor any dictionary matcher is measured against).
set -eu
cd "$(dirname "$0")/.."
times=${1:-200}
runs=${RUNS:-5}
bin=${PLANDIFF:-./plandiff}
work=${BENCH_DIR:-build/bench}
mkdir -p "$work"
export PLANDIFF_DATADIR=$PWD

big="$work/corpus-x$times.txt"
if [ ! -s "$big" ]; then
  for _ in $(seq "$times"); do cat corpus/*.txt corpus/*.md; done >"$big"
fi
bytes=$(stat -c %s "$big")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')

median() { # runs "$@" $runs times, prints the median seconds
  local t=()
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s.%N)
    "$@" >"$work/stdout.txt" 2>&1 || true # not /dev/null: grep would stop at its first match
    e=$(date +%s.%N)
    t+=("$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.4f", e - s }')")
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

aliases="$work/aliases.txt"
if [ -f thesaurus/thesaurus.xml ]; then
  xmllint --xpath '//alias/text()' thesaurus/thesaurus.xml 2>/dev/null | sort -u >"$aliases" || true
fi
[ -s "$aliases" ] || printf 'TIBIR\nPMTO\nCOS-P\nBTI\n' >"$aliases"

printf 'input: bundled corpus x%s = %s MB; median of %s runs\n\n' "$times" "$mb" "$runs"
printf '%-34s %9s %9s %12s\n' "command" "seconds" "MB/s" "vs grep -F"
t_grep=$(LC_ALL=C median grep -F -c -i -f "$aliases" "$big")
row() {
  local name=$1 t=$2
  awk -v n="$name" -v t="$t" -v b="$bytes" -v g="$t_grep" \
    'BEGIN { printf "%-34s %9.3f %9.1f %11.2fx\n", n, t, (t > 0 ? b / 1048576 / t : 0), (g > 0 ? t / g : 0) }'
}
row "cat (read the bytes)" "$(median cat "$big")"
row "grep -F -c -i ($(wc -l <"$aliases") aliases, C)" "$t_grep"
row "plandiff read" "$(median "$bin" read --quiet -o /dev/null "$big")"
if "$bin" --help | grep -q '^  normalise'; then
  row "plandiff normalise" "$(median "$bin" normalise --quiet --municipality bench -o /dev/null "$big")"
fi
echo
echo "The last column is time relative to grep -F (lower is faster)."

# Comparing many municipalities: 400 plans made from the bundled ones, each
# under its own municipality id (names differ, contents repeat).
if "$bin" --help | grep -q '^  compare'; then
  many="$work/plans-400"
  if [ ! -d "$many" ]; then
    mkdir -p "$many/src"
    for f in corpus/*.txt corpus/*.md; do
      "$bin" normalise --quiet -o "$many/src/$(basename "$f").xml" "$f"
    done
    i=0
    for k in $(seq 1 100); do
      for f in "$many"/src/*.xml; do
        i=$((i + 1))
        sed -E "s/<municipality id=\"[a-z0-9-]+\"/<municipality id=\"k$(printf %03d $i)\"/" "$f" >"$many/p$i.xml"
      done
    done
  fi
  n=$(ls "$many"/p*.xml | wc -l)
  t=$(median "$bin" compare --quiet -o /dev/null "$many"/p*.xml)
  echo
  printf 'plandiff compare, %s plans (%s municipalities): %s s (median of %s)\n' "$n" "$n" "$t" "$runs"
fi
