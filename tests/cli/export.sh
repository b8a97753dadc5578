# export.sh — `plandiff export measures`: columns, escaping, CSV, batches.
. tests/lib.sh

expect_status "export TSV" 0 "$PLANDIFF" export measures tests/fixtures/plans/example-a.xml tests/fixtures/plans/escapes.xml
head -n 1 "$TEST_TMP/out" | cut -f1-8 >"$TEST_TMP/head"
printf 'municipality\tref\tname\tlevel\tstatus\tresponsible\tfile\tline\n' | cmp -s - "$TEST_TMP/head" &&
  pass "first columns are exactly municipality..line" || fail "first columns are exactly municipality..line" "$(cat "$TEST_TMP/head")"
expect_stdout "a programme row" "^aheim	tibir	TIBIR	selektiv	pagaende	barnevern	a.txt	10	"
expect_stdout "tabs, newlines and backslashes escaped; values with quotes quoted; levels joined" '^bheim		"Tab\\tinside, ""quoted"""	universell;selektiv			"b, ""a"".txt"	3	runs	local	two\\nlines \\\\ back	'
[ "$(wc -l <"$TEST_TMP/out")" = 3 ] && pass "one line per measure" || fail "one line per measure" "$(cat "$TEST_TMP/out")"

expect_status "export CSV" 0 "$PLANDIFF" export measures --format csv tests/fixtures/plans/escapes.xml
expect_stdout "CSV quotes fields with commas and quotes" '^bheim,,"Tab	inside, ""quoted""",universell;selektiv,,,"b, ""a"".txt",3,'
grep -q $'\r$' "$TEST_TMP/out" && pass "CSV lines end in CRLF" || fail "CSV lines end in CRLF"

expect_status "same plans in another order, same table" 0 "$PLANDIFF" export measures tests/fixtures/plans/escapes.xml tests/fixtures/plans/example-a.xml -o "$TEST_TMP/b.tsv"
"$PLANDIFF" export measures tests/fixtures/plans/example-a.xml tests/fixtures/plans/escapes.xml -o "$TEST_TMP/a.tsv"
cmp -s "$TEST_TMP/a.tsv" "$TEST_TMP/b.tsv" && pass "export is order-independent" || fail "export is order-independent"

printf '<plan schema-version="1"><oops/></plan>' >"$TEST_TMP/bad.xml"
expect_status "a bad plan fails the batch" 1 "$PLANDIFF" export measures "$TEST_TMP/bad.xml" tests/fixtures/plans/example-a.xml
expect_stderr "the bad plan is named" "bad.xml"
expect_stdout "the good plan is still exported" "^aheim	tibir"
expect_status "export needs a table name" 2 "$PLANDIFF" export tests/fixtures/plans/example-a.xml
