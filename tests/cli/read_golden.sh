# read_golden.sh — the document tree of each bundled text, compared with a
# reviewed golden file, and valid against schema/document.rng.
. tests/lib.sh

for f in corpus/*.txt corpus/*.md; do
  base=$(basename "$f")
  run "$PLANDIFF" read "$f"
  expect_golden "read $base" "tests/golden/read/${base%.*}.xml"
  cp "$TEST_TMP/out" "$TEST_TMP/$base.xml"
  expect_valid "read $base is valid" document "$TEST_TMP/$base.xml"
done

# The recovered Porsgrunn rows line up with the header (checked by eye; these
# assert the rows a planner would look up).
doc="$TEST_TMP/porsgrunn-forebyggende-plan.txt.xml"
rows=$(python3 - "$doc" <<'PY'
import sys, xml.etree.ElementTree as ET
for row in ET.parse(sys.argv[1]).iter('row'):
    print(' | '.join(''.join(c.itertext()) for c in row.iter('cell')))
PY
)
for want in \
  "Tibir | Foreldrerådgiving – barn i risiko | Pågående | Leder, barnevernstjenesten | Selektiv" \
  "Elevsamtale | Fag. Trivsel | Pågående | Skolen | Allmenn" \
  "Tiltak | Tema | Status | Hovedansvar | Forebyggingsnivå" \
  "Helsestasjonsprogrammet 0-5 år | Berører alle risikoområder /Følger nasjonale retningslinjer | Pågående | Familiehelsetjenester | Allmenn" \
  "Barnesamtale fra 3 år | Barnets trivsel, lek og vennskap. | Anbefales | Barnehagen | Allmenn" \
  "Cos-P | Tilknytning, forstå barnets signaler og møte behov og følelser | Pågående | Familiehelsetjeneste-r | Selektiv" \
  "Implementering av TBO | Traumebevisst omsorg | Pågående | Leder, barnevernstjenesten | Selektiv" \
  "HomeStart | Familiestøtte, samarbeid med frivilligheten | Mottatt midler, starter opp 2023 | Leder, barnevernstjenesten | Allmenn" \
  "Minoritetsspråklig barnehageteam | Språk, inkludering | Igangsettes aug 2023 | Oppvekst- statlige midler VL Lyngveien | Allmenn og selektiv" \
  "Kurses i traumebasert omsorg | Grunnleggende risikofaktorer | Gjennomført i noen skoler | Skolens ledelse | Allmenn"; do
  if grep -qxF -- "$want" <<<"$rows"; then pass "Porsgrunn row: ${want%% |*}"; else
    fail "Porsgrunn row: ${want%% |*}" "missing: $want"; fi
done
