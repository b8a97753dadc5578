# hostile_limits.sh — input that would exhaust memory or time (issue 14,
# items 2 and 8): a memory budget per document, and markup whose attribute
# or namespace counts would make the XML library quadratic refused before
# parsing. Each case runs under timeout, so a regression fails instead of
# hanging the suite; speed itself is measured in make bench-hostile.
. tests/lib.sh
. tests/hostile_inputs.sh

T="$TEST_TMP"

# ---- a memory budget per document (item 2) ----------------------------------
numbered_rows 20000 | gzip >"$T/rows.txt.gz"
cp corpus/naroysund-forebyggende-plan.txt "$T/small.txt"
expect_status "a document past its memory budget fails" 1 timeout 120 "$PLANDIFF" normalise --quiet --municipality r --max-memory 20M -o "$T/rows.xml" "$T/rows.txt.gz"
expect_stderr "... as out of memory, naming the file and the budget" "rows.txt.gz: out of memory: the document needs more than its budget of 20 MB \(--max-memory\)"
[ ! -e "$T/rows.xml" ] && pass "... and no plan is written" || fail "... and no plan is written"
expect_status "read stops at the budget too" 1 timeout 120 "$PLANDIFF" read --max-memory 10M -o "$T/rows-tree.xml" "$T/rows.txt.gz"
expect_stderr "... with the same message" "rows.txt.gz: out of memory"
expect_status "the same document within its budget" 0 timeout 120 "$PLANDIFF" normalise --quiet --municipality r -o /dev/null "$T/rows.txt.gz"
mkdir -p "$T/batch"
cp "$T/rows.txt.gz" "$T/small.txt" "$T/batch/"
expect_status "in a batch, only the document past its budget is lost" 1 timeout 120 "$PLANDIFF" run --quiet --max-memory 20M -o "$T/batch-out" "$T/batch"
expect_stderr "... reported as out of memory" "rows.txt.gz: out of memory"
expect_file_matches "... and the others reach the reports" "$T/batch-out/comparison.xml" 'file="[^"]*small.txt"'
# The XML parsers fail cleanly inside the budget (allocations past it fail).
awk 'BEGIN { print "<html><body><table>"; for (i = 0; i < 30000; i++) printf "<tr><td>Tiltak %d</td><td>Universell</td></tr>\n", i; print "</table></body></html>" }' >"$T/big.html"
expect_status "an HTML page past its budget fails" 1 timeout 120 "$PLANDIFF" read --max-memory 5M -o /dev/null "$T/big.html"
expect_stderr "... as out of memory" "big.html: out of memory"

# ---- attribute and namespace counts (item 8) -------------------------------
awk 'BEGIN { printf "<html><body><p"; for (i = 0; i < 200000; i++) printf " a%d=\"1\"", i; print ">Tekst</p></body></html>" }' >"$T/attrs.html"
expect_status "an HTML element with 200,000 attributes is refused at once" 1 timeout 20 "$PLANDIFF" read -o /dev/null "$T/attrs.html"
expect_stderr "... naming the file, the line and the limit" "attrs.html:1: refused: an element with more than 256 attributes"
{ printf '<?xml version="1.0"?>\n<plan schema-version="1"'; awk 'BEGIN { for (i = 0; i < 200000; i++) printf " a%d=\"1\"", i }'; printf '/>\n'; } >"$T/attrs-plan.xml"
expect_status "a plan XML element with 200,000 attributes is refused at once" 1 timeout 20 "$PLANDIFF" compare -o /dev/null "$T/attrs-plan.xml"
expect_stderr "... naming the file and the line" "attrs-plan.xml:2: refused: an element with more than 256 attributes"
{ printf '<?xml version="1.0"?>\n<plan'; awk 'BEGIN { for (i = 0; i < 100000; i++) printf " xmlns:n%d=\"urn:x:%d\"", i, i }'; printf '/>\n'; } >"$T/ns-plan.xml"
expect_status "100,000 namespace declarations are refused at once" 1 timeout 20 "$PLANDIFF" compare -o /dev/null "$T/ns-plan.xml"
expect_stderr "... naming the limit" "ns-plan.xml:2: refused: an element with more than 256 attributes"
awk 'BEGIN { printf "<?xml version=\"1.0\"?>\n<plan>"; for (i = 0; i < 300; i++) printf "<e xmlns:n%d=\"urn:x:%d\">", i, i; for (i = 0; i < 300; i++) printf "</e>"; print "</plan>" }' >"$T/ns-nested.xml"
expect_status "namespace declarations piling up in nested elements are refused" 1 timeout 20 "$PLANDIFF" compare -o /dev/null "$T/ns-nested.xml"
expect_stderr "... as too many in scope" "ns-nested.xml:2: refused: more than 256 namespace declarations in scope"
# Ordinary markup passes the scan: attributes in comments, CDATA, scripts
# and quoted values are not counted as the element's own.
{ printf '<html><head><script>var s = "<a'; awk 'BEGIN { for (i = 0; i < 300; i++) printf " b%d", i }'; printf '>";</script></head><body><!-- <p'; awk 'BEGIN { for (i = 0; i < 300; i++) printf " c%d", i }'; printf '> --><p title="'; awk 'BEGIN { for (i = 0; i < 300; i++) printf " d%d=1", i }'; printf '">Plan for forebygging</p></body></html>\n'; } >"$T/fine.html"
expect_status "markup that only looks crowded is read" 0 timeout 20 "$PLANDIFF" read -o /dev/null "$T/fine.html"

# DOCX and ODT readers stop at the next row or block past the budget, so a
# document goes at most a little past it (the XML parse itself fits: the
# budget is above the parse's estimate of 20 bytes per byte of markup).
python3 - "$T/big.docx" <<'PY'
import sys, zipfile
n = 10000
rows = "".join(f'<w:tr><w:tc><w:p><w:r><w:t>Tiltak {i}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Universell</w:t></w:r></w:p></w:tc></w:tr>' for i in range(n))
paras = "".join(f'<w:p><w:r><w:t>Avsnitt nummer {i} om forebygging.</w:t></w:r></w:p>' for i in range(n))
doc = ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl>'
       + rows + '</w:tbl>' + paras + '</w:body></w:document>')
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr("word/document.xml", doc)
PY
expect_status "a DOCX past its budget fails" 1 timeout 120 "$PLANDIFF" read --max-memory 42M -o /dev/null "$T/big.docx"
expect_stderr "... and stops within a row or block of it (not at the end of the document)" "big.docx: out of memory: .*budget of 42 MB.*\(stopped at 4[23] MB\)"
expect_status "a DOCX whose markup cannot fit is not parsed" 1 timeout 120 "$PLANDIFF" read --max-memory 20M -o /dev/null "$T/big.docx"
expect_stderr "... and says so" "big.docx: out of memory: .*would not fit, so it was not read"

# A long PDF: its pages' words count against the budget and reading stops
# at the next page past it (Poppler's own memory is outside; README).
if command -v pdfunite >/dev/null; then
  files=()
  for _ in $(seq 40); do files+=(tests/fixtures/formats/larvik.pdf); done
  pdfunite "${files[@]}" "$T/long.pdf"
  expect_status "a 480-page PDF past its budget fails" 1 timeout 120 "$PLANDIFF" read --max-memory 15M -o /dev/null "$T/long.pdf"
  expect_stderr "... stopping at the next page (not after reading every page)" "long.pdf: out of memory: .*budget of 15 MB.*\(stopped at 1[56] MB\)"
  expect_status "the same PDF within the default budget" 0 timeout 120 "$PLANDIFF" read --quiet -o /dev/null "$T/long.pdf"
else
  fail "pdfunite is installed" "no pdfunite on PATH: run 'make deps' (poppler-utils)"
fi
