# parallel.sh — the README's recipe beyond one machine: `normalise` as a
# map under GNU parallel, then `compare` and `render` as the reduce, gives
# the same plans, comparison and pages as `plandiff run`.
. tests/lib.sh

if ! command -v parallel >/dev/null 2>&1; then
  pass "SKIPPED: GNU parallel is not installed ('make deps' installs it); the recipe is untested here"
  exit 0
fi
export XDG_CACHE_HOME="$TEST_TMP/.cache"
p="$TEST_TMP/p"
mkdir -p "$p/plans"
bindir="$TEST_TMP/bin"
mkdir -p "$bindir"
ln -s "$PLANDIFF" "$bindir/plandiff"
export PATH="$bindir:$PATH"
# GNU parallel runs the map; --halt never: one bad document must not stop the others.
run parallel --will-cite --halt never plandiff normalise --quiet -o "$p/plans/{/.}.xml" {} \
  ::: corpus/*.txt corpus/*.md
[ "$status" = 0 ] && pass "parallel normalise of the bundled corpus" ||
  fail "parallel normalise of the bundled corpus" "exit $status" "$(head -c 1500 "$TEST_TMP/err")"
expect_status "compare the plans" 0 plandiff compare -o "$p/comparison.xml" "$p"/plans/*.xml
expect_status "render the reports" 0 plandiff render -o "$p/out" "$p/comparison.xml" "$p"/plans/*.xml
expect_status "the same corpus with run" 0 plandiff run -o "$TEST_TMP/run" corpus
diff -r "$TEST_TMP/run/plans" "$p/plans" >"$TEST_TMP/diff" && pass "the map gives run's plans, byte for byte" ||
  fail "the map gives run's plans, byte for byte" "$(head -c 1500 "$TEST_TMP/diff")"
cmp -s "$TEST_TMP/run/comparison.xml" "$p/comparison.xml" && pass "the reduce gives run's comparison" ||
  fail "the reduce gives run's comparison"
rm -rf "$TEST_TMP/run/plans" "$TEST_TMP/run/comparison.xml" "$TEST_TMP/run/.plandiff-report" "$TEST_TMP/run/RUN.tsv" "$TEST_TMP/run/.plandiff-run-key" # run's own
diff -r "$TEST_TMP/run" "$p/out" >"$TEST_TMP/diff" && pass "render gives run's report set" ||
  fail "render gives run's report set" "$(head -c 1500 "$TEST_TMP/diff")"

# A broken document fails alone: parallel reports its exit status, the other plans are written.
cp -r corpus "$TEST_TMP/c"
printf '\x1f\x8b\x08\x00broken' >"$TEST_TMP/c/broken.txt.gz"
mkdir -p "$TEST_TMP/p2"
run parallel --will-cite --halt never plandiff normalise --quiet -o "$TEST_TMP/p2/{/.}.xml" {} \
  ::: "$TEST_TMP"/c/*.txt "$TEST_TMP"/c/*.md "$TEST_TMP/c/broken.txt.gz"
[ "$status" = 1 ] && pass "parallel exits with the number of failed documents (1)" ||
  fail "parallel exits with the number of failed documents (1)" "exit $status"
expect_stderr "the broken document is named" "broken.txt.gz: (truncated|corrupt) gzip"
[ "$(ls "$TEST_TMP/p2" | wc -l)" = 5 ] && pass "the other five plans are written" ||
  fail "the other five plans are written" "$(ls "$TEST_TMP/p2")"

# Batches: parallel -X hands each normalise many files.
mkdir -p "$TEST_TMP/p3"
run parallel --will-cite -X plandiff normalise -j 1 --quiet -o "$TEST_TMP/p3" ::: corpus/*.txt corpus/*.md
[ "$status" = 0 ] && diff -r "$p/plans" "$TEST_TMP/p3" >/dev/null && pass "batches under parallel -X give the same plans" ||
  fail "batches under parallel -X give the same plans" "exit $status" "$(head -c 800 "$TEST_TMP/err")"
