#!/usr/bin/env bash
# bench/render.sh — wall time and peak memory of `plandiff render` on N
# synthetic municipalities (bench/plans.sh), at N = 36 and N = 357 by
# default, with the growth factor between the first and the last N.
#
#   bench/render.sh [N...]
#
# BASELINE_REF=<commit> also builds plandiff at that commit (in
# build/bench/baseline) and measures it on the same comparison in the same
# run, so before and after are compared on one machine under one load.
set -eu
cd "$(dirname "$0")/.."
bin=${PLANDIFF:-./plandiff}
work=${BENCH_DIR:-build/bench/render}
mkdir -p "$work"
export PLANDIFF_DATADIR=$PWD
[ -x /usr/bin/time ] || { echo "bench/render.sh: needs GNU time (/usr/bin/time)" >&2; exit 2; }
[ $# -gt 0 ] || set -- 36 357

base=""
if [ -n "${BASELINE_REF:-}" ]; then
  base=$PWD/build/bench/baseline
  if [ ! -x "$base/plandiff" ] || [ "$(cat "$base/.ref" 2>/dev/null)" != "$BASELINE_REF" ]; then
    rm -rf "$base" && mkdir -p "$base"
    git archive "$BASELINE_REF" | tar -x -C "$base"
    make -s -C "$base" plandiff >/dev/null
    echo "$BASELINE_REF" >"$base/.ref"
  fi
fi

measure() { # LABEL DATADIR BIN ARGS...: one row of seconds and peak memory
  local label=$1 datadir=$2
  shift 2
  rm -rf "$work/out"
  PLANDIFF_DATADIR=$datadir /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" -o "$work/out" \
    >/dev/null 2>&1 || true
  read -r secs kb < <(tail -n 1 "$work/time.txt")
  local files
  files=$(find "$work/out" -maxdepth 1 -type f 2>/dev/null | wc -l)
  awk -v l="$label" -v s="$secs" -v k="$kb" -v f="$files" \
    'BEGIN { printf "%-34s %9.2f %9.0fM %7d\n", l, s, k / 1024, f }'
  echo "$secs" >"$work/last.txt"
}

printf '%-34s %9s %10s %7s\n' "render" seconds "peak RSS" files
first="" last=""
for n in "$@"; do
  plans="$work/plans-$n"
  bench/plans.sh "$n" "$plans"
  cmp="$work/comparison-$n.xml"
  [ -s "$cmp" ] || "$bin" compare --quiet -o "$cmp" "$plans"/p*.xml
  if [ -n "$base" ]; then
    measure "N=$n baseline $BASELINE_REF" "$base" "$base/plandiff" render --quiet "$cmp" "$plans"/p*.xml
  fi
  measure "N=$n" "$PWD" "$bin" render --quiet "$cmp" "$plans"/p*.xml
  t=$(cat "$work/last.txt")
  [ -n "$first" ] || first=$t
  last=$t
done
if [ $# -gt 1 ]; then
  awk -v a="$first" -v b="$last" -v n1="$1" -v n2="${!#}" \
    'BEGIN { printf "\ngrowth from N=%s to N=%s: %.1fx in time\n", n1, n2, (a > 0 ? b / a : 0) }'
fi
