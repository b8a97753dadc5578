#!/usr/bin/env bash
# bench/national.sh — the national benchmark: wall time and peak memory (GNU
# time) of `plandiff run` on synthetic national corpora
# (bench/national-corpus.sh), with baselines measured in the same run.
#
#   bench/national.sh [N_SMALL [N_LARGE]]   (default 36 and 357)
#
# Rows: `run` at N_SMALL and N_LARGE (cold: empty cache) and the growth
# factor between them; a re-run at N_LARGE after one plan changed (its
# content, so a content-keyed cache sees it), again after it was changed
# back (the plans are cached, the set is built again), and with nothing
# changed since (the set is kept: run_key.c); and, on the same bytes as the
# N_LARGE corpus, `cat` and
# `LC_ALL=C grep -F -i -f` over every thesaurus alias, with run's speed as
# a fraction of grep's. The machine is shared and noisy: read the ratios.
# JOBS=N passes -j N to run (default: run's own default, one per core).
set -eu
cd "$(dirname "$0")/.."
bin=${PLANDIFF:-./plandiff}
work=${BENCH_DIR:-build/bench/national}
small=${1:-36}
large=${2:-357}
mkdir -p "$work"
export PLANDIFF_DATADIR=$PWD
[ -x /usr/bin/time ] || { echo "bench/national.sh: needs GNU time (/usr/bin/time)" >&2; exit 2; }

# Options this plandiff knows: the benchmark also measures older builds.
runopts=(--quiet)
help=$("$bin" run --help 2>&1 || true)
if grep -q -- '--cache' <<<"$help"; then runopts+=(--cache "$work/cache"); fi
if [ -n "${JOBS:-}" ] && grep -q -- '--jobs' <<<"$help"; then runopts+=(-j "$JOBS"); fi

secs="" kb=""
measure() { # LABEL BYTES CMD...: one row; sets $secs and $kb
  local label=$1 bytes=$2
  shift 2
  local status=0
  # Not >/dev/null: GNU grep sees /dev/null and stops at the first match.
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" ||
    status=$?
  read -r secs kb < <(tail -n 1 "$work/time.txt")
  awk -v l="$label" -v s="$secs" -v k="$kb" -v b="$bytes" -v st="$status" \
    'BEGIN { printf "%-44s %8.2f %9.0fM %8.1f%s\n", l, s, k / 1024, (s > 0 ? b / 1048576 / s : 0),
             (st ? "   (exit " st ")" : "") }'
}

printf '%-44s %8s %10s %8s\n' "" seconds "peak RSS" "MB/s"
declare -A t
for n in "$small" "$large"; do
  corpus=$(bench/national-corpus.sh "$n" "$work/corpus-$n")
  bytes=$(cat "$corpus"/*.txt | wc -c)
  rm -rf "$work/out-$n" "$work/cache"
  measure "run, N=$n ($(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') MB), cold" "$bytes" \
    "$bin" run "${runopts[@]}" -o "$work/out-$n" "$corpus"
  t[$n]=$secs
done
awk -v a="${t[$small]}" -v b="${t[$large]}" -v n1="$small" -v n2="$large" \
  'BEGIN { printf "%-44s %7.1fx\n", "growth from N=" n1 " to N=" n2 " (time)", (a > 0 ? b / a : 0) }'

# One plan changes (a sentence added), the rest stay: a re-run into the same
# output folder. The document is restored afterwards.
corpus="$work/corpus-$large"
one=$(ls "$corpus"/*.txt | sed -n 2p)
cp "$one" "$work/changed.bak"
echo "Kommunen vil også vurdere PMTO for familier med barn i skolealder." >>"$one"
measure "re-run after one plan changed, N=$large" "$bytes" \
  "$bin" run "${runopts[@]}" -o "$work/out-$large" "$corpus"
mv "$work/changed.bak" "$one"
measure "re-run after it was changed back, N=$large" "$bytes" \
  "$bin" run "${runopts[@]}" -o "$work/out-$large" "$corpus"
measure "re-run, nothing changed, N=$large" "$bytes" \
  "$bin" run "${runopts[@]}" -o "$work/out-$large" "$corpus"

# normalise alone on the N_LARGE corpus, one process for all files, without
# the cache: one worker, then one per core (the map step of `run`).
if "$bin" normalise --help 2>&1 | grep -q -- '--jobs'; then
  for j in 1 "$(getconf _NPROCESSORS_ONLN)"; do
    rm -rf "$work/plans"
    measure "normalise -j $j --no-cache, N=$large" "$bytes" \
      "$bin" normalise --quiet --no-cache -j "$j" -o "$work/plans" "$corpus"/*.txt
    t_norm=$secs
  done
fi

# Where the rest of run's time goes: compare and render alone on the plans
# run wrote.
plans=("$work/out-$large"/plans/*.xml)
measure "compare, N=$large" "$bytes" "$bin" compare --quiet -o "$work/comparison.xml" "${plans[@]}"
rm -rf "$work/render"
measure "render, N=$large" "$bytes" "$bin" render --quiet -o "$work/render" "$work/comparison.xml" "${plans[@]}"

# Baselines on the same bytes: the N_LARGE corpus as one file, read ten
# times over (one pass of cat or grep takes about as long as GNU time's
# resolution of 0.01 s); their rows and ratios are per pass.
cat "$corpus"/*.txt >"$work/all.txt"
for _ in 1 2 3 4 5 6 7 8 9 10; do cat "$work/all.txt"; done >"$work/all10.txt"
aliases="$work/aliases.txt"
xmllint --xpath '//alias/text()' thesaurus/thesaurus.xml 2>/dev/null | sort -u >"$aliases" || true
[ -s "$aliases" ] || printf 'TIBIR\nPMTO\nCOS-P\nBTI\n' >"$aliases"
measure "cat, same bytes x10" "$((bytes * 10))" cat "$work/all10.txt"
t_cat=$(awk -v s="$secs" 'BEGIN { print s / 10 }')
measure "LC_ALL=C grep -F -i -f ($(wc -l <"$aliases") aliases) x10" "$((bytes * 10))" \
  env LC_ALL=C grep -F -c -i -f "$aliases" "$work/all10.txt"
t_grep=$(awk -v s="$secs" 'BEGIN { print s / 10 }')
awk -v r="${t[$large]}" -v g="$t_grep" -v c="$t_cat" -v n="$large" 'BEGIN {
  printf "\nrun at N=%s: %.0fx the time of grep -F -i, %.0fx the time of cat (speed %.3f of grep)\n",
    n, (g > 0 ? r / g : 0), (c > 0 ? r / c : 0), (r > 0 ? g / r : 0) }'
if [ -n "${t_norm:-}" ]; then
  awk -v r="$t_norm" -v g="$t_grep" 'BEGIN {
    printf "normalise (all cores): %.1fx the time of grep -F -i (speed %.3f of grep)\n", (g > 0 ? r / g : 0), (r > 0 ? g / r : 0) }'
fi
