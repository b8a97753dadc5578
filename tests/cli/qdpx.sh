# qdpx.sh — REFI-QDA export: `plandiff export qdpx` (project) and `export qdc`
# (codebook). The archive holds project.qde in urn:QDA-XML:project:1.0 and
# the sources under sources/; every coding's span holds its quoted words;
# GUIDs are UUID-shaped, unique and the same on every run.
. tests/lib.sh

plans=""
for doc in corpus/larvik-forebyggende-plan-2024.md corpus/porsgrunn-forebyggende-plan.txt \
           corpus/naroysund-forebyggende-plan.txt; do
  base=$(basename "$doc")
  "$PLANDIFF" normalise -o "$TEST_TMP/${base%%.*}.xml" "$doc" 2>/dev/null
  plans="$plans $TEST_TMP/${base%%.*}.xml"
done

# shellcheck disable=SC2086
expect_status "export qdpx" 0 "$PLANDIFF" export qdpx -o "$TEST_TMP/a.qdpx" $plans
python3 - "$TEST_TMP/a.qdpx" <<'PY' && pass "the ZIP lists project.qde and one text per source" || fail "the ZIP lists project.qde and one text per source"
import sys, zipfile
names = sorted(zipfile.ZipFile(sys.argv[1]).namelist())
assert names[0] == 'project.qde', names
texts = [n for n in names[1:] if n.startswith('sources/') and n.endswith('.txt')]
assert len(texts) == 3 and len(names) == 4, names
PY
unzip -p "$TEST_TMP/a.qdpx" project.qde >"$TEST_TMP/project.qde"
xmllint --noout "$TEST_TMP/project.qde" 2>"$TEST_TMP/lint" && pass "project.qde is well-formed" ||
  fail "project.qde is well-formed" "$(head -n 5 "$TEST_TMP/lint")"
grep -q '^<Project xmlns="urn:QDA-XML:project:1.0"' "$TEST_TMP/project.qde" &&
  pass "project.qde is in urn:QDA-XML:project:1.0" || fail "project.qde is in urn:QDA-XML:project:1.0"
run python3 tests/tools/qdpx_check.py "$TEST_TMP/a.qdpx"
[ "$status" = 0 ] && pass "every coding's span holds its quoted words ($(tail -n 1 "$TEST_TMP/out"))" ||
  fail "every coding's span holds its quoted words" "$(head -n 20 "$TEST_TMP/out" "$TEST_TMP/err")"
for e in mention row item sentence heading colour nearby aside tentative; do
  grep -q "name=\"plandiff evidence: $e\"" "$TEST_TMP/project.qde" || fail "evidence note $e"
done
# Larvik's levels from colour headings are weak, table rows strong: the
# codings say so, and the counts match the plan's own evidence attributes
want=$(grep -c '<level [^>]*evidence="colour"' "$TEST_TMP/larvik-forebyggende-plan-2024.xml")
have=$(grep -c 'evidence: colour, weak (usikkert); quote: ' "$TEST_TMP/project.qde")
[ "$want" -gt 0 ] && [ "$have" -gt 0 ] && [ "$have" -le "$want" ] &&
  pass "codings carry their evidence strength ($have of $want colour levels, weak)" ||
  fail "codings carry their evidence strength" "plan: $want colour levels, project: $have weak codings"
grep -q 'evidence: row, strong; quote: ' "$TEST_TMP/project.qde" && pass "row evidence is strong" ||
  fail "row evidence is strong"

# shellcheck disable=SC2086
"$PLANDIFF" export qdpx -o "$TEST_TMP/b.qdpx" $plans 2>/dev/null
cmp -s "$TEST_TMP/a.qdpx" "$TEST_TMP/b.qdpx" && pass "same plans, same archive byte for byte (stable GUIDs)" ||
  fail "same plans, same archive byte for byte (stable GUIDs)"

expect_status "export qdc" 0 "$PLANDIFF" export qdc -o "$TEST_TMP/c.qdc"
xmllint --noout "$TEST_TMP/c.qdc" && grep -q '^<CodeBook xmlns="urn:QDA-XML:codebook:1.0"' "$TEST_TMP/c.qdc" &&
  pass "the codebook is well-formed, in urn:QDA-XML:codebook:1.0" || fail "the codebook is in its namespace"
# the codebook alone and the project's codebook share their GUIDs
grep -o 'Code guid="[^"]*" name="[^"]*"' "$TEST_TMP/c.qdc" | sort >"$TEST_TMP/g1"
grep -o 'Code guid="[^"]*" name="[^"]*"' "$TEST_TMP/project.qde" | sort >"$TEST_TMP/g2"
[ -s "$TEST_TMP/g1" ] && cmp -s "$TEST_TMP/g1" "$TEST_TMP/g2" && pass "codebook GUIDs equal in .qdc and .qdpx" ||
  fail "codebook GUIDs equal in .qdc and .qdpx"
for name in 'Programmer' 'Forebyggingsnivå' 'Status' 'Samarbeidsmodeller' '§ 15-1-krav' 'Oppgavefordeling'; do
  grep -q "name=\"$name\"" "$TEST_TMP/c.qdc" || fail "codebook has $name"
done
grep -A3 'name="Tidlig innsats for barn i risiko"' "$TEST_TMP/c.qdc" | grep -q 'programme pmto' &&
  pass "programmes nest under their family (pmto under TIBIR)" || fail "programmes nest under their family"

expect_status "qdpx without -o" 2 "$PLANDIFF" export qdpx "$TEST_TMP/naroysund-forebyggende-plan.xml"
sed 's|file="corpus/naroysund-forebyggende-plan.txt"|file="corpus/missing.txt"|' \
  "$TEST_TMP/naroysund-forebyggende-plan.xml" >"$TEST_TMP/moved.xml"
run "$PLANDIFF" export qdpx -o "$TEST_TMP/m.qdpx" "$TEST_TMP/moved.xml" "$TEST_TMP/larvik-forebyggende-plan-2024.xml"
[ "$status" = 1 ] && grep -q 'missing.txt' "$TEST_TMP/err" && [ -s "$TEST_TMP/m.qdpx" ] &&
  pass "a missing source: named, exit 1, the rest exported" || fail "a missing source" "status $status $(cat "$TEST_TMP/err")"

# provenance stamps: the project's description names the plandiff version
# and the thesaurus's SHA-256, each source's description its file's SHA-256,
# the codebook's origin the thesaurus's
th_sum=$(sha256sum thesaurus/thesaurus.xml | cut -d' ' -f1)
nar_sum=$(sha256sum corpus/naroysund-forebyggende-plan.txt | cut -d' ' -f1)
grep -q "<Description>plandiff $(cat VERSION); plans extracted with thesaurus SHA-256: $th_sum;" "$TEST_TMP/project.qde" &&
  pass "project.qde: plandiff version and thesaurus SHA-256" || fail "project.qde: plandiff version and thesaurus SHA-256"
grep -q "file: corpus/naroysund-forebyggende-plan.txt; doc-type: plan; sha256: $nar_sum</Description>" "$TEST_TMP/project.qde" &&
  pass "project.qde: a source's SHA-256 is its file's" || fail "project.qde: a source's SHA-256 is its file's"
grep -q "<CodeBook [^>]*origin=\"plandiff $(cat VERSION) (thesaurus [0-9]*, SHA-256 $th_sum)\"" "$TEST_TMP/c.qdc" &&
  pass "codebook: origin names the thesaurus's SHA-256" || fail "codebook: origin names the thesaurus's SHA-256"

# the archive's entry times are UTC, so the same plans give the same bytes
# in every time zone (libzip writes local DOS times)
# shellcheck disable=SC2086
TZ=UTC "$PLANDIFF" export qdpx -o "$TEST_TMP/utc.qdpx" $plans 2>/dev/null
# shellcheck disable=SC2086
TZ=Asia/Tokyo "$PLANDIFF" export qdpx -o "$TEST_TMP/tokyo.qdpx" $plans 2>/dev/null
[ -s "$TEST_TMP/utc.qdpx" ] && cmp -s "$TEST_TMP/utc.qdpx" "$TEST_TMP/tokyo.qdpx" &&
  pass "the same bytes in UTC and in Tokyo" || fail "the same bytes in UTC and in Tokyo"
