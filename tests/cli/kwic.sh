# kwic.sh — `plandiff kwic`: keyword in context by thesaurus id (programme,
# family, level) or literal phrase, TSV and HTML, with exact lines.
. tests/lib.sh

expect_status "kwic by a family id" 0 "$PLANDIFF" kwic tibir corpus
cp "$TEST_TMP/out" "$TEST_TMP/tibir.tsv"
head -n 1 "$TEST_TMP/tibir.tsv" | grep -qx 'municipality	kommunenummer	county	file	line	page	term	entry	left	hit	right' &&
  pass "kwic header" || fail "kwic header" "$(head -n 1 "$TEST_TMP/tibir.tsv")"
cut -f 8 "$TEST_TMP/tibir.tsv" | sort -u | tr '\n' ' ' | grep -q 'pmto tibir' &&
  pass "a family id finds its programmes (pmto) and itself" || fail "a family id finds its programmes" "$(cut -f 8 "$TEST_TMP/tibir.tsv" | sort -u | tr '\n' ' ')"
grep -q '	Parent Management Training	' "$TEST_TMP/tibir.tsv" &&
  pass "an alias is found as the matcher finds it" || fail "an alias is found as the matcher finds it"

grep -q '	PMTO	 = Parent Management Training' "$TEST_TMP/tibir.tsv" &&
  pass "the right context keeps its leading space (no formula mark on ' = ...')" ||
  fail "the right context keeps its leading space" "$(grep -m 3 '	PMTO	' "$TEST_TMP/tibir.tsv")"

# every hit stands on the line the row names (first word of the hit, case-folded)
python3 - "$TEST_TMP/tibir.tsv" <<'PY' && pass "every hit is on its line" || fail "every hit is on its line"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8'), delimiter='\t'))
assert len(rows) > 5, len(rows)
for r in rows:
    lines = open(r['file'], encoding='utf-8').read().split('\n')
    word = r['hit'].split()[0].lower()
    assert word in lines[int(r['line']) - 1].lower(), (r['line'], r['hit'])
PY

run "$PLANDIFF" kwic selektiv corpus
[ "$status" = 0 ] && [ "$(cut -f 8 "$TEST_TMP/out" | grep -c '^selektiv$')" -gt 3 ] &&
  pass "a level id finds the level words" || fail "a level id finds the level words"

run "$PLANDIFF" kwic "tidlig innsats" corpus
n1=$(wc -l <"$TEST_TMP/out")
run "$PLANDIFF" kwic "TIDLIG   INNSATS" corpus
n2=$(wc -l <"$TEST_TMP/out")
[ "$n1" -gt 5 ] && [ "$n1" = "$n2" ] && pass "a phrase ignores case and spacing ($((n1 - 1)) hits)" ||
  fail "a phrase ignores case and spacing" "$n1 vs $n2"
cut -f 8 "$TEST_TMP/out" | tail -n +2 | grep -q . && fail "a phrase has no entry" || pass "a phrase has no entry"

run "$PLANDIFF" kwic nosuchwordanywhere corpus
[ "$status" = 0 ] && [ "$(wc -l <"$TEST_TMP/out")" = 1 ] && pass "no hit: the header alone" || fail "no hit: the header alone"

expect_status "kwic --html" 0 "$PLANDIFF" kwic --html -o "$TEST_TMP/k.html" pmto corpus
expect_file_matches "html marks the hit" "$TEST_TMP/k.html" '<td class="hit">PMTO</td>'
xmllint --html --noout "$TEST_TMP/k.html" 2>"$TEST_TMP/lint" && [ ! -s "$TEST_TMP/lint" ] &&
  pass "html parses cleanly" || fail "html parses cleanly" "$(head -n 5 "$TEST_TMP/lint")"
expect_file_matches "html footer: the thesaurus's SHA-256" "$TEST_TMP/k.html" "<div class=\"stamp\"><p>Laget av plandiff $(cat VERSION) med tesaurus [0-9]+ \\(SHA-256 <code>$(sha256sum thesaurus/thesaurus.xml | cut -d' ' -f1)</code>\\)"
expect_file_matches "html footer: each document's SHA-256" "$TEST_TMP/k.html" "^corpus/naroysund-forebyggende-plan.txt: $(sha256sum corpus/naroysund-forebyggende-plan.txt | cut -d' ' -f1)\$"

python3 - "$TEST_TMP/tibir.tsv" <<'PY' && pass "python csv: 11 cells a row" || fail "python csv: 11 cells a row"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8'), delimiter='\t'))
assert all(len(r) == 11 for r in rows)
PY

expect_status "kwic without a term" 2 "$PLANDIFF" kwic
expect_status "kwic without a document" 2 "$PLANDIFF" kwic tibir
run "$PLANDIFF" kwic tibir corpus/larvik-forebyggende-plan-2024.md "$TEST_TMP/missing.txt"
[ "$status" = 1 ] && grep -q 'missing.txt' "$TEST_TMP/err" && [ "$(wc -l <"$TEST_TMP/out")" -gt 1 ] &&
  pass "a missing document: named, exit 1, the rest searched" || fail "a missing document: exit 1" "status $status"
