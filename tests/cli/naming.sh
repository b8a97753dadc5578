# naming.sh — a user's own plans without a manifest: the municipality comes
# from the plan's own text (or its file name) through the official register,
# with kommunenummer and county, and plandiff says how it named each one.
. tests/lib.sh

T="$TEST_TMP"
mkdir -p "$T/mine" "$T/byname"
# A plan whose text names its municipality, under a file name that does not.
sed 's/Porsgrunn/Skien/g' corpus/porsgrunn-forebyggende-plan.txt >"$T/mine/plan.txt"
# A text that names no municipality, under a file name that does.
printf 'Plan for forebygging\n\nVi bruker PMTO og COS-P.\n' >"$T/byname/nord-aurdal-plan.txt"

expect_status "normalise names a plan from its text" 0 "$PLANDIFF" normalise "$T/mine/plan.txt"
expect_stdout "... with the register's id, kommunenummer and county" \
  '<municipality id="skien" name="Skien" kommunenummer="4003" county="Telemark"/>'
expect_stderr "... and says so, with the line" 'plan.txt:[0-9]*: note: municipality Skien .4003, Telemark. from the text'

expect_status "a text naming no municipality is named from its file name" 0 \
  "$PLANDIFF" normalise "$T/byname/nord-aurdal-plan.txt"
expect_stdout "... Nord-Aurdal" 'id="nord-aurdal" name="Nord-Aurdal" kommunenummer="3451"'
expect_stderr "... from the file name" 'note: municipality Nord-Aurdal .3451, Innlandet. from the file name'

printf 'Plan for forebygging\n\nVi bruker PMTO.\n' >"$T/byname/plan.txt"
expect_status "with neither, the plan is filed under its file name" 0 "$PLANDIFF" normalise "$T/byname/plan.txt"
expect_stdout "... id plan" '<municipality id="plan"/>'
expect_stderr "... and the user is told how to name it" 'no municipality named in the text or the file name'

expect_status "--quiet keeps the notes off stderr" 0 "$PLANDIFF" normalise --quiet "$T/mine/plan.txt"
if [ -s "$TEST_TMP/err" ]; then fail "... nothing on stderr" "$(head -n 3 "$TEST_TMP/err")"; else pass "... nothing on stderr"; fi

expect_status "a flag overrides the text" 0 "$PLANDIFF" normalise --municipality porsgrunn "$T/mine/plan.txt"
expect_stdout "... and the register completes it" 'id="porsgrunn" name="Porsgrunn" kommunenummer="4001" county="Telemark"'

# One's own plan beside the bundled corpus, in one step.
expect_status "run takes the bundled corpus and one's own plan together" 0 \
  "$PLANDIFF" run --quiet -o "$T/rep" corpus "$T/mine"
grep -q 'id="skien"' "$T/rep/comparison.xml" && grep -q 'id="larvik"' "$T/rep/comparison.xml" &&
  pass "... Skien appears among the others" || fail "... Skien appears among the others"
[ "$(grep -c '<municipality ' "$T/rep/comparison.xml")" -ge 5 ] &&
  pass "... as a municipality of its own" || fail "... as a municipality of its own"

# Metadata flags describe one document; a corpus needs a manifest.
expect_status "run refuses a per-document flag for many documents" 2 \
  "$PLANDIFF" run --name Skien -o "$T/out2" corpus "$T/mine"
expect_stderr "... and points to the manifest" 'describe one document, and 6 were given; give each its row in a MANIFEST.tsv'
expect_status "run takes a per-document flag for one document" 0 \
  "$PLANDIFF" run --quiet --municipality skien -o "$T/out3" "$T/mine/plan.txt"

# One id per municipality, from the register; the id and the name agree.
expect_status "an id spelt without æ (naroysund) is the register's id" 0 \
  "$PLANDIFF" normalise --municipality naroysund "$T/mine/plan.txt"
expect_stdout "... naeroysund, with name, kommunenummer and county" \
  'id="naeroysund" name="Nærøysund" kommunenummer="5060" county="Trøndelag"'
expect_status "the bundled corpus's Nærøysund" 0 "$PLANDIFF" normalise corpus/naroysund-forebyggende-plan.txt
expect_stdout "... has the same id" 'id="naeroysund" name="Nærøysund"'
expect_status "--name alone gives the id" 0 "$PLANDIFF" normalise --quiet --name Porsgrunn "$T/mine/plan.txt"
expect_stdout "... porsgrunn, with kommunenummer and county" 'id="porsgrunn" name="Porsgrunn" kommunenummer="4001" county="Telemark"'
expect_status "an id and a name of two municipalities" 0 \
  "$PLANDIFF" normalise --municipality skien --name Larvik "$T/mine/plan.txt"
expect_stdout "... the id's register entry wins" 'id="skien" name="Skien" kommunenummer="4003" county="Telemark"'
expect_stderr "... with a warning naming both" "the name 'Larvik' is Larvik's \(3909\), not that of the id skien \(Skien, 4003\)"
expect_status "an id of one's own with a register name" 0 \
  "$PLANDIFF" normalise --municipality skien-bydel --name Skien "$T/mine/plan.txt"
expect_stdout "... keeps the id, the name gives kommunenummer and county" 'id="skien-bydel" name="Skien" kommunenummer="4003" county="Telemark"'
mkdir -p "$T/mani"
cp "$T/mine/plan.txt" "$T/mani/plan.txt"
printf 'file\tmunicipality\tname\tkommunenummer\tcounty\tdoc_type\tyear\nplan.txt\tlarvik\tLarvik\t3909\tVestfold\tplanprogram\t2021\n' >"$T/mani/MANIFEST.tsv"
expect_status "--name over a manifest row of another municipality" 0 "$PLANDIFF" normalise --quiet --name Skien "$T/mani/plan.txt"
expect_stdout "... names the municipality alone" 'id="skien" name="Skien" kommunenummer="4003" county="Telemark"'
expect_stdout "... while the row's type and year still hold" 'doc-type="planprogram" year="2021"'
