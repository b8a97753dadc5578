# run.sh — `plandiff run` and `plandiff render`: corpus to report set.
. tests/lib.sh

out="$TEST_TMP/rep"
expect_status "run on the bundled corpus" 0 "$PLANDIFF" run -o "$out" corpus
for f in index.html kommune-larvik.html kommune-naeroysund.html kommune-porsgrunn.html \
         kommune-sandefjord.html program-cos-p.html par-larvik-porsgrunn.html comparison.xml \
         measures.tsv measures.csv matrix.tsv matrix.csv goals.tsv goals.csv coverage.tsv coverage.csv; do
  [ -s "$out/$f" ] && pass "report file $f" || fail "report file $f"
done
[ "$(ls "$out"/plans/*.xml | wc -l)" = 5 ] && pass "one plan per document" || fail "one plan per document"
expect_valid "the comparison is valid" comparison "$out/comparison.xml"
for m in Larvik Nærøysund Porsgrunn Sandefjord; do
  expect_file_matches "index names $m" "$out/index.html" "kommune-[a-z]+\\.html\">$m<"
done
expect_file_matches "index has the COS-P row" "$out/index.html" 'data-ref="cos-p"'
expect_file_matches "index has the profile chart" "$out/index.html" '<svg[^>]*>.*fill="#2e7d32"'
expect_file_matches "index has the heatmap" "$out/index.html" 'par-larvik-porsgrunn.html'
expect_file_matches "index has the checklist" "$out/index.html" 'id="coverage"'
expect_file_matches "cells carry file:line" "$out/index.html" 'corpus/porsgrunn-forebyggende-plan.txt:2201'
expect_file_matches "bokmål by default" "$out/index.html" '<html lang="nb"'
missing=""
for page in "$out"/*.html; do
  for href in $(grep -o 'href="[^"#:]*"' "$page" | sed 's/href="//; s/"$//' | sort -u); do
    [ -e "$out/$href" ] || missing="$missing $(basename "$page")->$href"
  done
done
[ -z "$missing" ] && pass "every link between pages resolves" || fail "every link between pages resolves" "$missing"
grep -l 'http' "$out"/*.html | xargs grep -lE '<(script|link)[^>]+(src|href)="http' >/dev/null 2>&1 &&
  fail "self-contained: no external scripts or styles" || pass "self-contained: no external scripts or styles"
[ -z "$(find "$out" -name '*.tmp-*')" ] && pass "no temporary files left" || fail "no temporary files left"
head -n 1 "$out/measures.tsv" | grep -q $'^municipality\tref\tname\tlevel\tstatus\tresponsible\tfile\tline' &&
  pass "measures.tsv columns" || fail "measures.tsv columns"

# Bokmål pages speak bokmål throughout: goal kinds and uses translated, and
# "1 kommune" in the singular.
expect_file_matches "goal kinds in bokmål" "$out/kommune-larvik.html" 'class="prov">visjon · corpus/'
expect_file_matches "uses in bokmål" "$out/kommune-larvik.html" 'class="prov">driver</span>'
grep -q '>Til oversikten<' "$out/index.html" && fail "the index has no link back to itself" || pass "the index has no link back to itself"
expect_file_matches "other pages link back to the index" "$out/kommune-larvik.html" 'href="index.html">Til oversikten<'
expect_file_matches "one peer in the singular" "$out/kommune-naeroysund.html" '>1 kommune driver det<'
grep -qE 'class="prov">(goal|vision|strategy|runs|planned) |>1 kommuner ' "$out"/kommune-*.html &&
  fail "no English or plural slips on bokmål pages" || pass "no English or plural slips on bokmål pages"

expect_status "English reports" 0 "$PLANDIFF" run --lang en -o "$TEST_TMP/en" corpus
expect_file_matches "English title" "$TEST_TMP/en/index.html" 'Prevention plans – comparison'
expect_file_matches "English goal kinds" "$TEST_TMP/en/kommune-larvik.html" 'class="prov">vision · corpus/'

# A broken document is reported and left out; the rest still reach the reports.
mkdir -p "$TEST_TMP/c"
cp corpus/*.txt corpus/MANIFEST.tsv "$TEST_TMP/c/"
printf '\x1f\x8b\x08\x00broken' >"$TEST_TMP/c/broken.txt.gz"
expect_status "a broken document makes run exit 1" 1 "$PLANDIFF" run -o "$TEST_TMP/r2" "$TEST_TMP/c"
expect_stderr "the broken document is named with its reason" "broken.txt.gz: (truncated|corrupt) gzip"
expect_file_matches "the others are still in the reports" "$TEST_TMP/r2/index.html" 'kommune-porsgrunn.html'

expect_status "render a saved comparison" 0 "$PLANDIFF" render -o "$TEST_TMP/r3" "$out/comparison.xml" "$out"/plans/*.xml
cmp -s "$out/index.html" "$TEST_TMP/r3/index.html" && pass "render gives the same index as run" ||
  fail "render gives the same index as run"
expect_status "bad --lang is a usage error" 2 "$PLANDIFF" render --lang de "$out/comparison.xml"
