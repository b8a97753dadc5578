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

printf '%-26s %9s %9s %10s %5s %9s\n' input size seconds "peak RSS" exit "MB/s"
for f in corpus-x20.txt line-20MB.txt empty-lines-2M.txt headings-20k.txt dense-names-3MB.txt \
  table-40k-rows.txt binary-5MB.bin gzip-bomb-1GiB.txt.gz; do
  size=$(stat -c %s "$work/$f")
  /usr/bin/time -f '%e %M %x' -o "$work/time.txt" \
    "$bin" normalise --quiet --municipality x -o /dev/null "$work/$f" >/dev/null 2>&1 || true
  # The figures are the last line: on failure GNU time writes "Command
  # exited with non-zero status N" before them.
  read -r secs kb status < <(tail -n 1 "$work/time.txt")
  awk -v f="$f" -v b="$size" -v s="$secs" -v k="$kb" -v x="$status" 'BEGIN {
    printf "%-26s %8.1fM %9.2f %9.0fM %5s %9.1f\n", f, b / 1048576, s, k / 1024, x, (s > 0 ? b / 1048576 / s : 0) }'
done
echo
echo "The gzip bomb stops at --max-bytes (256M by default) with exit 1; its memory is that cap."
