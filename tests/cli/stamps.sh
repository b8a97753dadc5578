# stamps.sh — provenance stamps and reproducible runs: every document tree,
# plan and comparison carries the SHA-256 of its input and of the thesaurus
# (checked against coreutils sha256sum); `plandiff run` writes RUN.tsv; the
# same inputs give byte-identical outputs from every command once
# SOURCE_DATE_EPOCH fixes the date.
. tests/lib.sh

doc=corpus/naroysund-forebyggende-plan.txt
want_doc=$(sha256sum "$doc" | cut -d' ' -f1)
want_th=$(sha256sum thesaurus/thesaurus.xml | cut -d' ' -f1)

expect_status "normalise stamps a plan" 0 "$PLANDIFF" normalise -o "$TEST_TMP/p.xml" "$doc"
expect_file_matches "plan: document sha256 is the file's" "$TEST_TMP/p.xml" "<document [^>]*sha256=\"$want_doc\""
expect_file_matches "plan: thesaurus sha256 is the file's" "$TEST_TMP/p.xml" "<generator [^>]*thesaurus-sha256=\"$want_th\""
expect_status "a stamped plan is valid" 0 xmllint --noout --relaxng schema/plan.rng "$TEST_TMP/p.xml"

# read then normalise: the tree keeps the stamp of the file it was read from
expect_status "read stamps the tree" 0 "$PLANDIFF" read -o "$TEST_TMP/t.xml" "$doc"
expect_file_matches "tree: sha256 of the source" "$TEST_TMP/t.xml" "<document [^>]*sha256=\"$want_doc\""
expect_status "normalise a tree" 0 "$PLANDIFF" normalise -o "$TEST_TMP/p2.xml" "$TEST_TMP/t.xml"
expect_file_matches "plan from a tree: the source's sha256" "$TEST_TMP/p2.xml" "<document [^>]*sha256=\"$want_doc\""

# gzip: the stamp is of the file on disk, so sha256sum checks it
gzip -9nc "$doc" >"$TEST_TMP/n.txt.gz"
want_gz=$(sha256sum "$TEST_TMP/n.txt.gz" | cut -d' ' -f1)
expect_status "normalise a gzip file" 0 "$PLANDIFF" normalise -o "$TEST_TMP/pg.xml" "$TEST_TMP/n.txt.gz"
expect_file_matches "gzip: sha256 of the compressed file" "$TEST_TMP/pg.xml" "sha256=\"$want_gz\""

# standard input: the bytes read
expect_status "normalise stdin" 0 sh -c "\"$PLANDIFF\" normalise -o '$TEST_TMP/ps.xml' - <'$doc'"
expect_file_matches "stdin: sha256 of the bytes" "$TEST_TMP/ps.xml" "sha256=\"$want_doc\""

# another thesaurus (one byte more): another stamp
sed 's|</thesaurus>|<!-- local edit --></thesaurus>|' thesaurus/thesaurus.xml >"$TEST_TMP/th.xml"
want_th2=$(sha256sum "$TEST_TMP/th.xml" | cut -d' ' -f1)
"$PLANDIFF" normalise --thesaurus "$TEST_TMP/th.xml" -o "$TEST_TMP/p3.xml" "$doc" 2>/dev/null
expect_file_matches "a local edit of the thesaurus changes the stamp" "$TEST_TMP/p3.xml" "thesaurus-sha256=\"$want_th2\""

# a run, twice, with the date fixed: once without the cache and one worker,
# once through a fresh cache with two workers
export SOURCE_DATE_EPOCH=1700000000
expect_status "run one" 0 "$PLANDIFF" run --no-cache -j 1 -o "$TEST_TMP/r1" corpus
expect_status "run two" 0 env TZ=Asia/Tokyo LC_ALL=C "$PLANDIFF" run --cache "$TEST_TMP/cache" -j 2 -o "$TEST_TMP/r2" corpus
if diff -r "$TEST_TMP/r1" "$TEST_TMP/r2" >"$TEST_TMP/d" 2>&1; then
  pass "same inputs, same date: byte-identical output folders (cache or not, 1 or 2 workers, another time zone and locale)"
else
  fail "same inputs, same date: byte-identical output folders" "$(head -n 20 "$TEST_TMP/d")"
fi
expect_status "run three (from the cache)" 0 "$PLANDIFF" run --cache "$TEST_TMP/cache" -o "$TEST_TMP/r4" corpus
diff -r "$TEST_TMP/r1" "$TEST_TMP/r4" >"$TEST_TMP/d" 2>&1 && pass "a run from the cache: the same bytes" ||
  fail "a run from the cache: the same bytes" "$(head -n 20 "$TEST_TMP/d")"
expect_file_matches "comparison: thesaurus sha256" "$TEST_TMP/r1/comparison.xml" "thesaurus-sha256=\"$want_th\""
expect_file_matches "comparison: document sha256" "$TEST_TMP/r1/comparison.xml" "file=\"$doc\"[^>]*sha256=\"$want_doc\""
grep -q "$want_doc" "$TEST_TMP/r1/kommune-naeroysund.html" && pass "the municipality page's footer shows the document's sha256" ||
  fail "the municipality page's footer shows the document's sha256"
for page in index.html kommune-naeroysund.html program-tibir.html par-larvik-naeroysund.html; do
  grep -q "<footer>.*$want_th" "$TEST_TMP/r1/$page" && pass "$page: the footer shows the thesaurus's sha256" ||
    fail "$page: the footer shows the thesaurus's sha256"
done
rec="$TEST_TMP/r1/RUN.tsv"
expect_file_matches "RUN.tsv header" "$rec" '^role	value	sha256	bytes$'
expect_file_matches "RUN.tsv: version" "$rec" "^plandiff	$(cat VERSION)		$"
expect_file_matches "RUN.tsv: SOURCE_DATE_EPOCH is the date" "$rec" '^date	2023-11-14		$'
expect_file_matches "RUN.tsv: thesaurus" "$rec" "^thesaurus	thesaurus/thesaurus.xml	$want_th	[0-9]+$"
expect_file_matches "RUN.tsv: register" "$rec" "^register	data/kommuner.tsv	$(sha256sum data/kommuner.tsv | cut -d' ' -f1)	[0-9]+$"
expect_file_matches "RUN.tsv: input" "$rec" "^input	$doc	$want_doc	$(wc -c <"$doc")$"
expect_file_matches "RUN.tsv: the corpus's MANIFEST.tsv" "$rec" "^manifest	corpus/MANIFEST.tsv	$(sha256sum corpus/MANIFEST.tsv | cut -d' ' -f1)	[0-9]+$"
expect_file_matches "RUN.tsv: libxml2 version" "$rec" '^libxml2	[0-9]+\.[0-9]+\.[0-9]+		$'
expect_file_matches "RUN.tsv: libxslt version" "$rec" '^libxslt	1\.[0-9]+\.[0-9]+		$'
[ "$(grep -c '^input	' "$rec")" = "$(find corpus -type f ! -name MANIFEST.tsv | grep -c .)" ] &&
  pass "RUN.tsv: one input row per document" || fail "RUN.tsv: one input row per document" "$(grep '^input' "$rec")"
# every output row's digest is the file's own, and every file is listed
bad=""
n=0
while IFS='	' read -r role value sha bytes; do
  [ "$role" = output ] || continue
  n=$((n + 1))
  [ "$(sha256sum "$TEST_TMP/r1/$value" | cut -d' ' -f1)" = "$sha" ] || bad="$bad $value"
done <"$rec"
files=$(cd "$TEST_TMP/r1" && find . -type f ! -name '.*' ! -name RUN.tsv | wc -l)
[ -z "$bad" ] && [ "$n" -gt 20 ] && [ "$n" = "$files" ] && pass "RUN.tsv: all $n outputs, each digest the file's own" ||
  fail "RUN.tsv: all outputs, each digest the file's own" "n=$n files=$files bad:$bad"
grep -q '^output	plans/[^	]*naroysund[^	]*\.xml	' "$rec" &&
  pass "RUN.tsv: outputs in subfolders, relative" || fail "RUN.tsv: outputs in subfolders, relative"
grep -q 'RUN.tsv' "$rec" && fail "RUN.tsv does not list itself" || pass "RUN.tsv does not list itself"
python3 - "$rec" <<'PY' && pass "RUN.tsv: python csv reads it, 4 cells a row" || fail "RUN.tsv: python csv reads it"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8'), delimiter='\t'))
assert rows[0] == ['role', 'value', 'sha256', 'bytes']
assert all(len(r) == 4 for r in rows)
PY

# another date: only the date row and the pages (whose footer prints the
# date) differ; plans, comparison and tables are the same bytes
SOURCE_DATE_EPOCH=0 "$PLANDIFF" run --no-cache -o "$TEST_TMP/r3" corpus 2>/dev/null
diff "$TEST_TMP/r1/RUN.tsv" "$TEST_TMP/r3/RUN.tsv" | grep '^[<>]' |
  grep -v '^[<>] date	\|^[<>] output	[^	]*\.html	' >"$TEST_TMP/dd"
[ ! -s "$TEST_TMP/dd" ] && grep -q '^date	1970-01-01		$' "$TEST_TMP/r3/RUN.tsv" &&
  pass "another date changes the date row and the pages only" ||
  fail "another date changes the date row and the pages only" "$(cat "$TEST_TMP/dd")"

# every other command: twice, the same bytes
plans="$TEST_TMP/r1/plans/*.xml"
twice() { # NAME CMD... (the command writes to $OUT, a file)
  local name=$1
  shift
  OUT="$TEST_TMP/o1" "$@" >/dev/null 2>&1
  cp "$TEST_TMP/o1" "$TEST_TMP/once" 2>/dev/null
  OUT="$TEST_TMP/o1" "$@" >/dev/null 2>&1
  [ -s "$TEST_TMP/once" ] && cmp -s "$TEST_TMP/once" "$TEST_TMP/o1" && pass "$name: the same bytes twice" ||
    fail "$name: the same bytes twice"
  rm -f "$TEST_TMP/once" "$TEST_TMP/o1"
}
# shellcheck disable=SC2086
{
  twice "read" sh -c '"$0" read -o "$OUT" "$1"' "$PLANDIFF" "$doc"
  twice "normalise" sh -c '"$0" normalise -o "$OUT" "$1"' "$PLANDIFF" "$doc"
  twice "compare" sh -c '"$0" compare -o "$OUT" "$@"' "$PLANDIFF" $plans
  twice "export measures" sh -c '"$0" export measures -o "$OUT" "$@"' "$PLANDIFF" $plans
  twice "export facts" sh -c '"$0" export facts -o "$OUT" "$@"' "$PLANDIFF" $plans
  twice "export qdpx" sh -c '"$0" export qdpx -o "$OUT" "$@"' "$PLANDIFF" $plans
  twice "export qdc" sh -c '"$0" export qdc -o "$OUT"' "$PLANDIFF"
  twice "kwic" sh -c '"$0" kwic -o "$OUT" tibir corpus' "$PLANDIFF"
  twice "kwic --html" sh -c '"$0" kwic --html -o "$OUT" tibir corpus' "$PLANDIFF"
  twice "candidates" sh -c '"$0" candidates -o "$OUT" corpus' "$PLANDIFF"
}
