#!/usr/bin/env bash
# bench/hostile.sh — time and peak memory of `plandiff normalise` on the
# hostile inputs of tests/cli/hostile.sh, at full size, so the worst case
# is a measured number rather than a hope. Run by `make bench-hostile`.
#
# Each row: the input, its size, wall seconds, peak resident memory (from
# GNU time), the exit status, and the bytes per second. The baseline row is
# the bundled corpus concatenated 20 times, measured in the same run.
set -eu
cd "$(dirname "$0")/.."
bin=${PLANDIFF:-./plandiff}
work=${BENCH_DIR:-build/bench/hostile}
mkdir -p "$work"
export PLANDIFF_DATADIR=$PWD
. tests/hostile_inputs.sh
[ -x /usr/bin/time ] || { echo "bench/hostile.sh: needs GNU time (/usr/bin/time)" >&2; exit 2; }

make_inputs() {
  for _ in $(seq 20); do cat corpus/*.txt corpus/*.md; done >"$work/corpus-x20.txt"
  head -c 20000000 /dev/zero | tr '\0' 'a' >"$work/line-20MB.txt"
  head -c 2000000 /dev/zero | tr '\0' '\n' >"$work/empty-lines-2M.txt"
  awk 'BEGIN { for (i = 0; i < 20000; i++) printf "%d.%d Overskrift nummer %d\n\nTekst om COS-P.\n\n", i % 40 + 1, i % 7, i }' >"$work/headings-20k.txt"
  dense_names 3000 >"$work/dense-names-3MB.txt"
  numbered_rows 40000 >"$work/table-40k-rows.txt"
  head -c 5000000 /dev/urandom >"$work/binary-5MB.bin"
  head -c 1073741824 /dev/zero | gzip -1 >"$work/gzip-bomb-1GiB.txt.gz"
}
[ -s "$work/gzip-bomb-1GiB.txt.gz" ] || make_inputs

# Each case: a name, then the options (besides the defaults) it runs with.
# The 40,000-row table needs about 300 MB of trees, past the default memory
# budget (256M): by default it fails as "out of memory" (that is the budget
# working, and reported so); with --max-memory 1G its time is measured.
cases=(
  "corpus-x20.txt|" "line-20MB.txt|" "empty-lines-2M.txt|" "headings-20k.txt|"
  "dense-names-3MB.txt|" "table-40k-rows.txt|" "table-40k-rows.txt|--max-memory 1G"
  "binary-5MB.bin|" "gzip-bomb-1GiB.txt.gz|"
)
printf '%-40s %9s %9s %10s %5s %9s  %s\n' input size seconds "peak RSS" exit "MB/s" result
for c in "${cases[@]}"; do
  f=${c%%|*}
  opts=${c#*|}
  size=$(stat -c %s "$work/$f")
  # shellcheck disable=SC2086 # opts is a list of words
  /usr/bin/time -f '%e %M %x' -o "$work/time.txt" \
    "$bin" normalise --quiet --municipality x $opts -o /dev/null "$work/$f" >/dev/null 2>"$work/err.txt" || true
  # The figures are the last line: on failure GNU time writes "Command
  # exited with non-zero status N" before them.
  read -r secs kb status < <(tail -n 1 "$work/time.txt")
  # What the exit status means: a refusal by design is not a failure.
  if [ "$status" = 0 ]; then result=ok
  elif grep -q 'out of memory' "$work/err.txt"; then result="out of memory: past the budget, by design"
  elif grep -q 'inflates to more than' "$work/err.txt"; then result="stopped at --max-bytes, by design"
  elif grep -q 'not a document plandiff reads' "$work/err.txt"; then result="refused as not a document, by design"
  else result="FAILED: $(head -n 1 "$work/err.txt")"; fi
  awk -v f="$f${opts:+ ($opts)}" -v b="$size" -v s="$secs" -v k="$kb" -v x="$status" -v r="$result" 'BEGIN {
    printf "%-40s %8.1fM %9.2f %9.0fM %5s %9.1f  %s\n", f, b / 1048576, s, k / 1024, x, (s > 0 ? b / 1048576 / s : 0), r }'
done
