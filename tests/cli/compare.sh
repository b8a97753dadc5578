# compare.sh — `plandiff compare` on small hand-made plans that isolate one
# case each, and on the bundled corpus (golden, order-independent).
. tests/lib.sh

P="$TEST_TMP/p"
mkdir -p "$P"
# mkplan FILE ID YEAR DOCTYPE BODY: a minimal valid plan around BODY.
mkplan() {
  cat >"$P/$1" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<plan schema-version="1"><generator name="plandiff" version="t"/>
<municipality id="$2" name="$2"/><document file="$1.txt" doc-type="$4" year="$3"/>
$5
</plan>
XML
}
m() { # ref level [status] [service] -> a programme measure
  echo "<measure id=\"m$RANDOM\" ref=\"$1\" kind=\"programme\" use=\"runs\"><name>$1</name>"
  [ -n "$2" ] && echo "<level value=\"$2\" file=\"f\" line=\"3\" quote=\"$2\"/>"
  [ -n "${3:-}" ] && echo "<status value=\"$3\" file=\"f\" line=\"3\" quote=\"$3\"/>"
  [ -n "${4:-}" ] && echo "<responsible ref=\"$4\" file=\"f\" line=\"3\" quote=\"$4\"/>"
  echo "<mention file=\"f\" line=\"3\" quote=\"$1\"/></measure>"
}

mkplan a.xml aheim 2024 plan "<sections><section level=\"1\" file=\"a\" line=\"1\" quote=\"Organisering av arbeidet\">Organisering av arbeidet</section><section level=\"1\" file=\"a\" line=\"9\" quote=\"Samarbeid\">Samarbeid</section></sections>
<legal-basis><law ref=\"bvl-15-1\" file=\"a\" line=\"2\" quote=\"barnevernsloven § 15-1\"/></legal-basis>
<goals><goal id=\"g1\" kind=\"goal\" file=\"a\" line=\"5\" quote=\"q\">Førebygging av omsorgssvikt hos barn og unge</goal></goals>
<measures>$(m tibir selektiv pagaende barnevern)$(m cos-p universell)
<measure id=\"l1\" kind=\"local\" use=\"runs\"><name>Åpen barnehage</name><level value=\"universell\" file=\"a\" line=\"7\" quote=\"Allmenn\"/><mention file=\"a\" line=\"7\" quote=\"Åpen barnehage\"/></measure></measures>
<responsibility-matrix><entry risk=\"Rus\" level=\"selektiv\" service=\"nav\" file=\"a\" line=\"8\" quote=\"NAV\"/></responsibility-matrix>
<requirement-statements><statement requirement=\"organisation\" file=\"a\" line=\"1\" quote=\"Organisering av arbeidet\" evidence=\"heading\"/><statement requirement=\"cooperation\" file=\"a\" line=\"10\" quote=\"Skolen samarbeider med helsestasjonen.\" evidence=\"sentence\"/></requirement-statements>"
mkplan a-pres.xml aheim 2024 presentation "<measures>$(m icdp universell)</measures>"
mkplan b.xml bby 2023 plan "<legal-basis><law ref=\"bvl-3-1\" file=\"b\" line=\"2\" quote=\"§ 3-1\"/></legal-basis>
<goals><goal id=\"g1\" kind=\"goal\" file=\"b\" line=\"4\" quote=\"q\">Forebygge omsorgssvikt hos barn</goal></goals>
<measures>$(m tibir selektiv)$(m pmto indisert)$(m icdp)
<measure id=\"l1\" kind=\"local\" use=\"runs\"><name>Åpne barnehager</name><mention file=\"b\" line=\"9\" quote=\"Åpne barnehager\"/></measure></measures>"
mkplan b-old.xml bby 2019 plan "<measures>$(m pmto selektiv)$(m bapp selektiv)</measures>"
mkplan c.xml cdal 2023 planprogram "<measures/>"

expect_status "compare hand-made plans" 0 "$PLANDIFF" compare -o "$TEST_TMP/cmp.xml" "$P"/a.xml "$P"/a-pres.xml "$P"/b.xml "$P"/b-old.xml "$P"/c.xml
expect_valid "comparison is valid" comparison "$TEST_TMP/cmp.xml"
x() { xmllint --xpath "$1" "$TEST_TMP/cmp.xml" 2>/dev/null; }
check() { # name xpath-expression expected
  local got
  got=$(x "$2")
  if [ "$got" = "$3" ]; then pass "$1"; else fail "$1" "xpath $2: got '$got', want '$3'"; fi
}
check "a plan and its presentation are one profile" "count(//municipalities/municipality[@id='aheim']/document)" 2
check "the presentation's programme counts for the municipality" "string(//programme[@ref='icdp']/@municipalities)" 2
check "other years are versions, the latest compared" "string(//municipalities/municipality[@id='bby']/@year)" 2023
check "version diff: added" "count(//diff[@municipality='bby' and @from='2019' and @to='2023']/change[@kind='added' and @key='tibir'])" 1
check "version diff: removed" "count(//diff[@municipality='bby']/change[@kind='removed' and @key='bapp'])" 1
check "version diff: level changed" "string(//diff[@municipality='bby']/change[@what='level' and @key='pmto']/@to-value)" indisert
check "shared by all" "string(//programme[@ref='tibir']/@sharing)" some
check "run by one" "string(//programme[@ref='cos-p']/@sharing)" one
check "matrix cell keeps level, status and service" "string(//programme[@ref='tibir']/cell[@municipality='aheim']/@responsible)" barnevern
check "family: TIBIR covers PMTO" "string(//programme[@ref='pmto']/cell[@municipality='aheim']/@covered-by)" tibir
check "local measures alike are grouped" "string(//local-group/@municipalities)" 2
check "goals aligned across bokmål and nynorsk" "count(//goals/cluster/goal)" 2
check "coverage: all four found" "string(//coverage/plan[@municipality='aheim']/@found)" 4
check "coverage: a sentence is evidence before a heading" "string(//coverage/plan[@municipality='aheim']/requirement[@id='cooperation']/evidence[1]/@evidence)" sentence
check "coverage: a heading alone is weak evidence" "string(//coverage/plan[@municipality='aheim']/requirement[@id='organisation']/evidence[1]/@evidence)" heading
check "coverage: current law" "string(//coverage/plan[@municipality='aheim']/@law)" current
check "coverage: old law" "string(//coverage/plan[@municipality='bby']/@law)" old
check "coverage: missing organisation" "string(//coverage/plan[@municipality='bby']/requirement[@id='organisation']/@status)" missing
check "coverage: a planning programme is judged as one" "string(//coverage/plan[@municipality='cdal']/requirement[@id='goals']/@status)" not-yet
check "profile counts levels" "concat(//profile[@municipality='aheim']/@universell,'/',//profile[@municipality='aheim']/@selektiv,'/',//profile[@municipality='aheim']/@total)" 3/1/4
S="//similarity/municipality[@id='aheim']/peer[@id='bby']"
check "similarity explains what is shared" "concat($S/programme[1]/@ref,' ',$S/programme[2]/@ref,' ',$S/programme[3]/@ref,'/',count($S/programme))" "icdp pmto tibir/3"
check "similarity: each peer once, ranked" "concat(count(//similarity/municipality[@id='aheim']/peer), '/', count(//similarity/municipality[@id='aheim']/peer[@rank='1']))" 2/1
check "similarity: the peer lists are symmetric in score" "string(//similarity/municipality[@id='bby']/peer[@id='aheim']/@overall = $S/@overall)" true
check "borrowing: peers' programmes ranked" "string(//borrowing/municipality[@id='cdal']/suggestion[1]/@ref)" icdp
check "borrowing: nothing already covered by a family" "count(//borrowing/municipality[@id='aheim']/suggestion[@ref='pmto'])" 0
check "borrowing: the peer's quote and line" "string(//borrowing/municipality[@id='aheim']/suggestion[@ref='bapp'])" ""

expect_status "any input order" 0 "$PLANDIFF" compare -o "$TEST_TMP/cmp2.xml" "$P"/c.xml "$P"/b-old.xml "$P"/b.xml "$P"/a-pres.xml "$P"/a.xml
cmp -s "$TEST_TMP/cmp.xml" "$TEST_TMP/cmp2.xml" && pass "same plans in any order: identical bytes" || fail "same plans in any order: identical bytes"

printf '<plan schema-version="1"/>' >"$P/broken.xml"
expect_status "a broken plan is left out, exit 1" 1 "$PLANDIFF" compare -o "$TEST_TMP/cmp3.xml" "$P"/a.xml "$P/broken.xml" "$P"/b.xml
expect_stderr "the broken plan is named" "broken.xml"
[ "$(xmllint --xpath 'count(//municipalities/municipality)' "$TEST_TMP/cmp3.xml")" = 2 ] &&
  pass "the other plans are still compared" || fail "the other plans are still compared"

# Local measures alike: names sharing two terms or more group across
# municipalities (and chain through a third), one generic shared word does
# not, and a municipality alone never makes a group.
l() { # id name -> a local measure
  echo "<measure id=\"$1\" kind=\"local\" use=\"runs\"><name>$2</name><mention file=\"f\" line=\"${1#l}\" quote=\"$2\"/></measure>"
}
mkplan la.xml laby 2024 plan "<measures>$(l l1 'Foreldrekurs for minoritetsspråklige foreldre')$(l l2 'Oppfølging ung')$(l l3 'Lekegruppe i nærmiljøet')$(l l4 'Lekegrupper i nærmiljøet for små barn')</measures>"
mkplan lb.xml lbvik 2024 plan "<measures>$(l l1 'Foreldrekurs for foreldre')$(l l2 'Rådgiver ung')</measures>"
mkplan lc.xml lcdal 2024 plan "<measures>$(l l1 'Kurs for minoritetsspråklige foreldre')</measures>"
run "$PLANDIFF" compare "$P"/la.xml "$P"/lb.xml "$P"/lc.xml
cp "$TEST_TMP/out" "$TEST_TMP/cmp.xml"
check "alike local measures chain across three municipalities" \
  "count(//local-group[measure/@name='Foreldrekurs for foreldre']/measure)" 3
check "one generic shared word groups nothing" "count(//local-group[measure/@name='Rådgiver ung'])" 0
check "alike measures of one municipality alone are no group" \
  "count(//local-group[measure/@name='Lekegruppe i nærmiljøet'])" 0
check "exactly one group" "count(//local-group)" 1

# The bundled corpus, golden.
for f in corpus/*.txt corpus/*.md; do "$PLANDIFF" normalise --quiet -o "$P/corpus-$(basename "$f").xml" "$f"; done
run "$PLANDIFF" compare "$P"/corpus-*.xml
expect_golden "comparison of the bundled corpus" tests/golden/compare/corpus.xml
cp "$TEST_TMP/out" "$TEST_TMP/corpus-cmp.xml"
expect_valid "corpus comparison is valid" comparison "$TEST_TMP/corpus-cmp.xml"
