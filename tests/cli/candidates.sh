# candidates.sh — `plandiff candidates`: programme-like names the thesaurus
# does not know, ranked, with file:line and a quote.
. tests/lib.sh

expect_status "candidates of the bundled corpus" 0 "$PLANDIFF" candidates corpus
head -n 1 "$TEST_TMP/out" >"$TEST_TMP/head"
printf 'candidate\tkind\tmunicipalities\tcount\twhere\tfile\tline\tquote\n' | cmp -s - "$TEST_TMP/head" &&
  pass "the columns" || fail "the columns" "$(cat "$TEST_TMP/head")"
expect_stdout "a -modellen name with its place" "^Larviksmodellen	suffix	1	4	larvik	larvik-forebyggende-plan-2024.md	122	"
expect_stdout "an acronym used twice" "^NEBA	acronym	1	2	porsgrunn	porsgrunn-forebyggende-plan.txt	1394	.*\\(NEBA\\)"
grep -Eq '^(COS-P|TIBIR|PMTO|NAV|PPT|BTI)	' "$TEST_TMP/out" && fail "names the thesaurus knows are left out" "$(cat "$TEST_TMP/out")" ||
  pass "names the thesaurus knows are left out"
awk -F'\t' 'NR > 1 && (p != "" && ($3 > pm || ($3 == pm && $4 > pc))) {bad = 1} NR > 1 {pm = $3; pc = $4; p = 1} END {exit bad}' "$TEST_TMP/out" &&
  pass "ranked by municipalities, then count" || fail "ranked by municipalities, then count"

# Two municipalities using one name rank it first.
mkdir -p "$TEST_TMP/c"
printf 'Vi bruker Fjordmodellen og FJOR i alt arbeid. FJOR virker.\n' >"$TEST_TMP/c/a.txt"
printf 'Kommunen har tatt i bruk Fjordmodellen.\n' >"$TEST_TMP/c/b.txt"
printf 'Tilbudet Ung Fritid Heistad er godt. Ung Fritid Heistad er for alle.\n' >>"$TEST_TMP/c/b.txt"
expect_status "a small corpus" 0 "$PLANDIFF" candidates "$TEST_TMP/c"
[ "$(sed -n 2p "$TEST_TMP/out" | cut -f1-5)" = "$(printf 'Fjordmodellen\tsuffix\t2\t2\ta;b')" ] &&
  pass "used in two municipalities: first" || fail "used in two municipalities: first" "$(cat "$TEST_TMP/out")"
expect_stdout "a capitalised name used twice" "^Ung Fritid Heistad	name	1	2	b	b.txt	2	"
expect_stdout "an acronym used twice" "^FJOR	acronym	1	2	a	a.txt	1	"
expect_status "CSV" 0 "$PLANDIFF" candidates --format csv -o "$TEST_TMP/c.csv" "$TEST_TMP/c"
expect_file_matches "CSV rows" "$TEST_TMP/c.csv" '^Fjordmodellen,suffix,2,2,a;b,a.txt,1,'
expect_status "a missing path fails the batch" 1 "$PLANDIFF" candidates "$TEST_TMP/c" "$TEST_TMP/nope"
expect_stderr "the missing path is named" "nope"
expect_stdout "the rest is still listed" "^Fjordmodellen"
expect_status "no corpus is a usage error" 2 "$PLANDIFF" candidates
