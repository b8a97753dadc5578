# cli.sh — command-line conventions: help, version, exit codes, diagnostics.
. tests/lib.sh

expect_status "--version exits 0" 0 "$PLANDIFF" --version
expect_stdout "--version prints the version" "^plandiff [0-9]+\.[0-9]+\.[0-9]+$"
expect_status "--help exits 0" 0 "$PLANDIFF" --help
expect_stdout "--help lists read" "read"
expect_status "no command is a usage error" 2 "$PLANDIFF"
expect_status "unknown command is a usage error" 2 "$PLANDIFF" frobnicate
expect_stderr "unknown command is named" "unknown command 'frobnicate'"
expect_status "read --help exits 0" 0 "$PLANDIFF" read --help
expect_stdout "read --help shows usage" "^Usage: plandiff read"
expect_status "unknown option is a usage error" 2 "$PLANDIFF" read --bogus x
expect_status "bad --year is a usage error" 2 "$PLANDIFF" read --year 12 corpus/naroysund-forebyggende-plan.txt
expect_status "missing file fails with 1" 1 "$PLANDIFF" read "$TEST_TMP/nope.txt"
expect_stderr "missing file is named" "^plandiff: $TEST_TMP/nope.txt: cannot open"
expect_status "a folder is not a document" 1 "$PLANDIFF" read "$TEST_TMP"
expect_stderr "a folder is reported" "is a directory"

printf 'Plan\n' >"$TEST_TMP/-leading.txt"
expect_status "-- ends options (file named with a dash)" 0 "$PLANDIFF" read -- "$TEST_TMP/-leading.txt"
printf 'Plan\n' | run "$PLANDIFF" read -
if [ "$status" -eq 0 ] && grep -q 'file="-"' "$TEST_TMP/out"; then pass "- reads stdin"; else fail "- reads stdin"; fi

expect_status "manifest gives the municipality" 0 "$PLANDIFF" read corpus/porsgrunn-forebyggende-plan.txt
expect_stdout "manifest municipality" 'municipality="porsgrunn" municipality-name="Porsgrunn" kommunenummer="4001"'
expect_status "flags override the manifest" 0 "$PLANDIFF" read --municipality "Nærøysund" --doc-type planprogram --year 2030 corpus/porsgrunn-forebyggende-plan.txt
expect_stdout "flag municipality is slugged" 'municipality="naeroysund"'
expect_stdout "flag doc-type and year" 'doc-type="planprogram" year="2030"'

run "$PLANDIFF" read -o "$TEST_TMP/doc.xml" corpus/naroysund-forebyggende-plan.txt
if [ "$status" -eq 0 ] && [ -s "$TEST_TMP/doc.xml" ] && [ -z "$(ls "$TEST_TMP" | grep tmp-)" ]; then
  pass "-o writes the file, no temporary left"
else fail "-o writes the file, no temporary left"; fi
expect_valid "read output is valid document.rng" document "$TEST_TMP/doc.xml"

expect_status "options may follow the file" 0 "$PLANDIFF" read corpus/naroysund-forebyggende-plan.txt -o "$TEST_TMP/after.xml"
expect_status "a full disk is an error" 1 "$PLANDIFF" read -o /dev/full corpus/naroysund-forebyggende-plan.txt
expect_stderr "a full disk is reported with the file" "^plandiff: /dev/full: cannot write: No space left on device"
if [ -c /dev/full ] && [ -c /dev/null ]; then pass "devices are written in place, never replaced"; else
  fail "devices are written in place, never replaced" "$(ls -la /dev/full /dev/null)"; fi
expect_status "an output folder is refused" 1 "$PLANDIFF" read -o "$TEST_TMP" corpus/naroysund-forebyggende-plan.txt

# One option table: 'help COMMAND' and 'COMMAND --help' print the same text,
# and a bad option is one line naming the command and the option.
for c in read normalise compare render run export evaluate candidates; do
  h1=$("$PLANDIFF" help "$c") && h2=$("$PLANDIFF" "$c" --help) && [ "$h1" = "$h2" ] &&
    grep -q "^Usage: plandiff $c " <<<"$h1" && pass "help $c = $c --help" || fail "help $c = $c --help"
done
expect_status "help for an unknown command" 2 "$PLANDIFF" help frobnicate
expect_status "an option of another command is a usage error" 2 "$PLANDIFF" read --lang en x
[ "$(wc -l <"$TEST_TMP/err")" = 1 ] && pass "a bad option is one line" || fail "a bad option is one line" "$(cat "$TEST_TMP/err")"
expect_stderr "the bad option is named with the command" "^plandiff read: unknown option '--lang'"
expect_status "a bad value is a usage error" 2 "$PLANDIFF" run --lang=de corpus
expect_stderr "the bad value is named" "^plandiff run: --lang takes nb or en, not 'de'"
expect_status "--opt=value form" 0 "$PLANDIFF" read --output="$TEST_TMP/eq.xml" --year=2024 corpus/naroysund-forebyggende-plan.txt
expect_file_matches "--year=2024 applied" "$TEST_TMP/eq.xml" 'year="2024"'

# The last resort for a municipality id, when neither the text nor the file
# name names one (tests/cli/naming.sh): the file name without its endings.
mkdir -p "$TEST_TMP/nomani"
printf 'Plan for forebygging\n\nVi bruker PMTO og COS-P i barnehagene.\n' >"$TEST_TMP/nomani/Min Plan.txt"
expect_status "no manifest, no flag" 0 "$PLANDIFF" normalise "$TEST_TMP/nomani/Min Plan.txt"
expect_stdout "the id is the slugged file name without endings" '<municipality id="min-plan"'
printf 'Plan\n' | run "$PLANDIFF" normalise -
expect_stdout "standard input is 'unknown'" '<municipality id="unknown"'
