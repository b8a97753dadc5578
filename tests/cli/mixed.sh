# mixed.sh — a folder of plans as PDF, DOCX, ODT, HTML and text goes through
# `plandiff run` into one report: every document read by its own reader (no
# file skipped), one plan each, every municipality on the index, and the
# facts of each quoting its own file (a PDF's with their page).
. tests/lib.sh

F=tests/fixtures/formats
D="$TEST_TMP/plans"
mkdir -p "$D"
cp "$F/larvik.pdf" "$D/larvik-plan.pdf"
cp "$F/larvik.html" "$D/larvik-plan-2023.html"
cp corpus/naroysund-forebyggende-plan.txt "$D/"
cp "$F/measures.docx" "$D/porsgrunn-tiltak.docx"
cp "$F/measures.odt" "$D/sandefjord-tiltak.odt"
{
  printf 'file\tmunicipality\tname\tkommunenummer_2024\tcounty_2024\tdoc_type\tyear\tformat\tnote\n'
  printf 'larvik-plan.pdf\tlarvik\tLarvik\t3909\tVestfold\tplan\t2024\tpdf\t\n'
  printf 'larvik-plan-2023.html\tlarvik\tLarvik\t3909\tVestfold\tplan\t2023\thtml\t\n'
  printf 'naroysund-forebyggende-plan.txt\tnaeroysund\tNærøysund\t5060\tTrøndelag\tplan\t2022\tpdf-text\t\n'
  printf 'porsgrunn-tiltak.docx\tporsgrunn\tPorsgrunn\t4001\tTelemark\tplan\t2023\tdocx\t\n'
  printf 'sandefjord-tiltak.odt\tsandefjord\tSandefjord\t3907\tVestfold\tplan\t2023\todt\t\n'
} >"$D/MANIFEST.tsv"

out="$TEST_TMP/report"
expect_status "run over a folder of PDF, DOCX, ODT, HTML and text" 0 "$PLANDIFF" run -o "$out" "$D"
if grep -q 'skipped' "$TEST_TMP/err"; then fail "no document is skipped" "$(cat "$TEST_TMP/err")"; else pass "no document is skipped"; fi
n=$(ls "$out"/plans/*.xml 2>/dev/null | wc -l)
[ "$n" -eq 5 ] && pass "one plan per document, five in all" || fail "one plan per document, five in all" "$n plans"
for m in larvik naeroysund porsgrunn sandefjord; do
  expect_file_matches "the index links $m" "$out/index.html" "kommune-$m.html"
done
expect_file_matches "the PDF plan's facts carry its pages" "$out/plans/larvik-plan.xml" 'file="[^"]*larvik-plan.pdf" line="[0-9]+"[^>]* page="[0-9]+"'
expect_file_matches "the DOCX plan's measures are read" "$out/plans/porsgrunn-tiltak.xml" 'ref="pmto"'
expect_file_matches "the ODT plan's measures are read" "$out/plans/sandefjord-tiltak.xml" 'ref="pmto"'
expect_file_matches "the municipality page quotes the PDF" "$out/kommune-larvik.html" 'larvik-plan.pdf:[0-9]+'
expect_file_matches "the measures table holds the DOCX plan's rows" "$out/measures.tsv" 'porsgrunn.*(PMTO|pmto)'
