# evaluate.sh — `plandiff evaluate`: the summary, the table, the truth's
# checks with file:line, and a batch that goes on past a bad plan.
. tests/lib.sh

truth="$TEST_TMP/truth.tsv"
head='municipality\tfile\tkind\tkey\tname\tlevel\tstatus\tresponsible\tuse\tline\tend_line\tverdict\tnote\n'
printf "$head" >"$truth"
printf 'aheim\ta.txt\tprogramme\ttibir\tTIBIR\tselektiv\tpagaende\tbarnevern\truns\t10\t\t\t\n' >>"$truth"
printf 'aheim\ta.txt\tprogramme\tpmto\tPMTO\t\t\t\truns\t12\t\t\t\n' >>"$truth"
printf 'aheim\ta.txt\tlaw\tbvl-3-1\t§ 3-1\t\t\t\t\t2\t\t\t\n' >>"$truth"
printf 'bheim\tb, "a".txt\tlocal\tanything\tTab inside\t\t\t\truns\t3\t\t\t\n' >>"$truth"
printf 'cheim\tc.txt\tlocal\tx\tX\t\t\t\truns\t3\t\t\t\n' >>"$truth"
plans="tests/fixtures/plans/example-a.xml tests/fixtures/plans/escapes.xml"

expect_status "evaluate two plans" 0 "$PLANDIFF" evaluate "$truth" $plans
expect_stdout "summary: programmes found" "^programmer +2 +1 +1 +1.000 +0.500"
expect_stderr "a coded document without a plan is named" "truth.tsv:6: warning: no plan given for c.txt"
expect_status "English summary" 0 "$PLANDIFF" evaluate --lang en "$truth" $plans
expect_stdout "English labels" "^programmes +2"

expect_status "the table to a file" 0 "$PLANDIFF" evaluate -o "$TEST_TMP/t.tsv" "$truth" $plans
expect_file_matches "header" "$TEST_TMP/t.tsv" "^record	kind	what	value	file	line	key	truth	plan	quote	municipality	kommunenummer	county$"
expect_file_matches "a score row" "$TEST_TMP/t.tsv" "^score	programme	recall	0.500	"
expect_file_matches "a missing programme with its line" "$TEST_TMP/t.tsv" "^missing	programme	fact		a.txt	12	pmto	PMTO	"
expect_file_matches "a disagreement carries its plan's municipality keys" "$TEST_TMP/t.tsv" "^missing	programme	fact		a.txt	12	pmto	PMTO	.*	aheim	9999	Testfylke$"
grep -q '^score	.*	[^	]$' "$TEST_TMP/t.tsv" && fail "score rows have no municipality" || pass "score rows have no municipality"
expect_status "the table on standard output" 0 "$PLANDIFF" evaluate -o - "$TEST_TMP/truth.tsv" $plans
expect_stdout "no summary when the table is on stdout" "^record	kind"
grep -q '^programmer' "$TEST_TMP/out" && fail "no summary when the table is on stdout" || pass "only the table on stdout"
expect_status "the table as CSV" 0 "$PLANDIFF" evaluate --format csv -o - "$truth" $plans
expect_stdout "CSV rows" "^score,programme,precision,1.000,"
"$PLANDIFF" evaluate -o "$TEST_TMP/t2.tsv" "$truth" tests/fixtures/plans/escapes.xml tests/fixtures/plans/example-a.xml >/dev/null 2>&1
cmp -s "$TEST_TMP/t.tsv" "$TEST_TMP/t2.tsv" && pass "the table does not depend on the plans' order" ||
  fail "the table does not depend on the plans' order"

# The truth's checks: every problem named with its line, nothing scored.
bad="$TEST_TMP/bad.tsv"
printf "$head" >"$bad"
printf 'aheim\ta.txt\tprogramme\tno-such-programme\tX\t\t\t\truns\t10\t\t\t\n' >>"$bad"
printf 'aheim\ta.txt\tlocal\tx\tX\tgrønn\t\t\truns\t11\t\t\t\n' >>"$bad"
printf 'aheim\ta.txt\tgoal\tgoal\tX\t\t\t\t\t\t\t\t\n' >>"$bad"
printf 'aheim\tdir/a.txt\trequirement\tgoals\tX\t\t\t\t\t5\t4\tfound\t\n' >>"$bad"
expect_status "a bad truth fails" 1 "$PLANDIFF" evaluate "$bad" $plans
expect_stderr "an unknown programme, with its line" "bad.tsv:2: programme 'no-such-programme' is not in the thesaurus"
expect_stderr "a bad level, with its line" "bad.tsv:3: level 'grønn' is not a thesaurus level id"
expect_stderr "a missing line, with its line" "bad.tsv:4: the line column is empty"
expect_stderr "a file with folders" "bad.tsv:5: file 'dir/a.txt' names folders"
expect_stderr "end before start" "bad.tsv:5: end_line '4' is not a line number at or after line"
[ -s "$TEST_TMP/out" ] && fail "nothing is scored from a bad truth" "$(cat "$TEST_TMP/out")" ||
  pass "nothing is scored from a bad truth"
printf 'municipality\tfile\tkind\n' >"$TEST_TMP/head.tsv"
expect_status "a wrong header fails" 1 "$PLANDIFF" evaluate "$TEST_TMP/head.tsv" $plans
expect_stderr "the header is named" "head.tsv:1: the header must be the columns"

printf '<plan schema-version="1"><oops/></plan>' >"$TEST_TMP/bad.xml"
expect_status "a bad plan fails the batch" 1 "$PLANDIFF" evaluate "$truth" "$TEST_TMP/bad.xml" tests/fixtures/plans/example-a.xml
expect_stderr "the bad plan is named" "bad.xml"
expect_stdout "the good plan is still scored" "^programmer +2 +1 +1"
sed 's/file="a.txt"/file="z.txt"/g' tests/fixtures/plans/example-a.xml >"$TEST_TMP/z.xml"
expect_status "no plan of a coded document" 1 "$PLANDIFF" evaluate "$truth" "$TEST_TMP/z.xml"
expect_stderr "the uncoded plan is named" "z.xml: warning: the truth codes no document of this plan \\(z.txt\\)"
expect_stderr "says nothing was scored" "nothing scored"
expect_status "a truth and no plan is a usage error" 2 "$PLANDIFF" evaluate "$truth"
