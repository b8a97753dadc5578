# pdf.sh — PDF read from its glyph positions: reading order across two
# columns, running headers/footers and page numbers kept aside as furniture,
# headings from size and weight, list items from their markers, hyphenated
# line ends rejoined, tables as rows and cells (wrapped cells, a table
# continuing on the next page), page and line provenance carried into the
# plan; hostile PDFs (truncated, encrypted, scan-only, a page tree of a
# million pages, garbage after the header, a .txt that is a PDF) end in a
# clear error or a correct read. The same plan and measure table in every
# format: docx.sh. Fixtures: tests/fixtures/formats (make-fixtures.sh).
. tests/lib.sh

F=tests/fixtures/formats
T="$TEST_TMP"

# Two columns: the paragraphs' words in the order of the HTML they were printed from.
expect_status "read a two-column PDF" 0 "$PLANDIFF" read "$F/twocol.pdf"
cp "$T/out" "$T/twocol.xml"
python3 "$F/twocol.py" corpus/naroysund-forebyggende-plan.txt >"$T/twocol.html"
got=$(python3 - "$T/twocol.xml" "$T/twocol.html" <<'PY'
import html, re, sys, xml.etree.ElementTree as ET
pdf = ' '.join(''.join(p.itertext()) for p in ET.parse(sys.argv[1]).iter('p')).split()
src = ' '.join(html.unescape(p) for p in re.findall(r'<p>(.*?)</p>', open(sys.argv[2], encoding='utf-8').read())).split()
print('same' if pdf == src else 'differ at word %d of %d' % (next((i for i, (a, b) in enumerate(zip(pdf, src)) if a != b), min(len(pdf), len(src))), len(src)))
PY
)
[ "$got" = same ] && pass "two columns read column by column: every word in the source's order" ||
  fail "two columns read column by column" "$got"
expect_file_matches "the running header is furniture, with its lines" "$T/twocol.xml" \
  '<furniture count="2" lines="1 [0-9]+">Larvik kommune – Forebyggende plan 2024</furniture>'
expect_file_matches "page numbers are furniture" "$T/twocol.xml" '<furniture count="2" lines="[0-9]+ [0-9]+">Side 1</furniture>'
if grep -q '<p[^>]*>[^<]*Side [0-9]' "$T/twocol.xml"; then fail "no page number left in the text"; else pass "no page number left in the text"; fi
expect_file_matches "a pages table gives each page's first line" "$T/twocol.xml" '<page number="2" line="[0-9]+"/>'

# Headings from size and weight, lists from their markers (Larvik's plan printed by Chromium).
expect_status "read Larvik's plan as PDF" 0 "$PLANDIFF" read "$F/larvik.pdf"
expect_stdout "a larger bold line is a level-1 heading" '<section level="1" line="[0-9]+" end-line="[0-9]+" page="1">'
expect_stdout "... its heading of kind style" '<heading line="2" end-line="2" page="1" kind="style">Forebyggende plan 2024</heading>'
expect_stdout "a smaller heading is a level-2 section" '<section level="2" line="[0-9]+" end-line="[0-9]+" page="1">'
expect_stdout "bullets are list items" '<item line="[0-9]+" end-line="[0-9]+" page="1" marker="•">i barnehagen</item>'
expect_stdout "numbered lines are numbered items" 'marker="2\.">Hovedutfordringer</item>'
expect_stdout "every element carries its page" '<p line="[0-9]+" end-line="[0-9]+" (sourcemap="[0-9: ]+" )?page="12"'

# Hyphenated line ends rejoined; a table across a page break is one table.
expect_status "read a table across a page break" 0 "$PLANDIFF" read "$F/pagebreak.pdf"
expect_stdout "a word hyphenated at the line end is rejoined" 'Det forebyggende arbeidet skal samordnes'
expect_stdout "... and another" 'hvordan oppgaveløsningen organiseres'
n=$(grep -c '<table ' "$T/out")
[ "$n" -eq 1 ] && pass "the table continuing on page 2 is one table" || fail "the table continuing on page 2 is one table" "$n tables"
n=$(grep -c '<row ' "$T/out")
[ "$n" -eq 11 ] && pass "... of 11 rows: the header repeated on page 2 is dropped" || fail "... of 11 rows" "$n rows"
expect_stdout "... its rows on page 2 say so" '<row page="2" line="[0-9]+" end-line="[0-9]+">'
expect_status "read a table whose cells wrap" 0 "$PLANDIFF" read "$F/wrapped.pdf"
expect_stdout "a cell wrapped over two lines is one cell, with a sourcemap" \
  '<cell line="([0-9]+)" end-line="[0-9]+" sourcemap="[0-9: ]+" page="1">Foreldrerådgiving – barn i risiko</cell>'
expect_stdout "the table is a layout table of 5 columns" 'columns="5" kind="layout"'

# Page provenance in the plan.
expect_status "normalise a PDF" 0 "$PLANDIFF" normalise --municipality m -o "$T/plan.xml" "$F/pagebreak.pdf"
expect_file_matches "facts carry the page they stand on" "$T/plan.xml" '<mention file="[^"]*pagebreak.pdf" line="4[0-9]" quote="PMTO" page="2"/>'

# Hostile PDFs.
head -c 30000 "$F/larvik.pdf" >"$T/cut.pdf"
expect_status "a truncated PDF is a clear error" 1 "$PLANDIFF" read "$T/cut.pdf"
expect_stderr "... naming the file and saying it is damaged" 'cut.pdf: cannot read the PDF: .*damaged'
expect_status "an encrypted PDF is a clear error" 1 "$PLANDIFF" read "$F/encrypted.pdf"
expect_stderr "... saying it needs a password" 'encrypted.pdf: the PDF is encrypted and needs a password'
expect_status "a scan-only PDF is a clear error" 1 "$PLANDIFF" read "$F/scan.pdf"
expect_stderr "... suggesting OCR" 'scan.pdf: the PDF has no text layer .*run OCR on it first'
python3 - "$T" <<'PY'
import sys
t = sys.argv[1]
def pdf(path, objs):
    out, offs = b'%PDF-1.4\n', []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    out += b''.join(b'%010d 00000 n \n' % o for o in offs)
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    open(path, 'wb').write(out)
def pages(path, n, count=None):  # N empty pages, each its own object
    pdf(path, [b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Count %d /Kids [' % (count or n) + b' '.join(b'%d 0 R' % (3 + i) for i in range(n)) + b'] >>'] +
        [b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'] * n)
pages(t + '/million.pdf', 1000, 1000000)  # a page tree claiming a million pages
pages(t + '/many.pdf', 6000)              # more pages than --max-pages allows
pages(t + '/blank.pdf', 3000)             # under the limit: read, and without text
# an object stream that claims 2 GB
pdf(t + '/huge.pdf', [b'<< /Type /Catalog /Pages 2 0 R >>',
    b'<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    b'<< /Length 2147483647 /Filter /FlateDecode >>\nstream\nx\x9c\x03\x00\x00\x00\x00\x01\nendstream'])
PY
expect_status "a page tree claiming a million pages is a clear error" 1 "$PLANDIFF" read "$T/million.pdf"
expect_stderr "... naming the file" 'million.pdf: the PDF has no pages'
expect_status "a PDF of 6000 pages stops at the page limit" 1 "$PLANDIFF" read "$T/many.pdf"
expect_stderr "... saying how many pages" 'many.pdf: the PDF has 6000 pages, more than the limit of 5000 \(--max-pages\)'
expect_status "--max-pages lowers the limit" 1 "$PLANDIFF" read --max-pages 1 "$F/pagebreak.pdf"
expect_stderr "... naming it" 'pagebreak.pdf: the PDF has 2 pages, more than the limit of 1 \(--max-pages\)'
expect_status "--max-pages must be a number" 2 "$PLANDIFF" read --max-pages many "$F/pagebreak.pdf"
expect_status "a PDF of 3000 empty pages is a clear error" 1 "$PLANDIFF" read "$T/blank.pdf"
expect_stderr "... as one without text" 'blank.pdf: the PDF has no text layer \(3000 pages'
expect_status "a PDF whose stream claims 2 GB is a clear error" 1 "$PLANDIFF" read "$T/huge.pdf"
expect_stderr "... naming the file" 'huge.pdf: '
printf '%%PDF-1.7\n%s\n' "$(head -c 2000 corpus/naroysund-forebyggende-plan.txt)" >"$T/fake.pdf"
expect_status "text behind a PDF header is a clear error" 1 "$PLANDIFF" read "$T/fake.pdf"
expect_stderr "... naming the file" 'fake.pdf: cannot read the PDF'
cp "$F/wrapped.pdf" "$T/table.txt"
expect_status "a .txt that is a PDF is read as PDF" 0 "$PLANDIFF" read "$T/table.txt"
expect_stdout "... by its bytes" 'format="pdf"'
