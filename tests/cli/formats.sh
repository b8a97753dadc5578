# formats.sh — what a file is, decided from its bytes: every command reads
# text, HTML, document trees, PDF, DOCX and ODT by content (the name is only
# a hint), and refuses any other binary with an error naming the file and
# what it is. Binary data is never decoded as text.
. tests/lib.sh

T="$TEST_TMP"
plan=corpus/naroysund-forebyggende-plan.txt

# A document tree from `read`, gzipped, is read as the tree by normalise.
"$PLANDIFF" read "$plan" | gzip >"$T/tree.xml.gz"
expect_status "normalise reads a gzipped document tree" 0 "$PLANDIFF" normalise "$T/tree.xml.gz"
expect_stdout "the tree's plan has the tree's programmes" 'ref="cos-p"'
"$PLANDIFF" normalise "$plan" >"$T/direct.xml"
cmp -s "$TEST_TMP/out" "$T/direct.xml" && pass "a plan from its tree equals the plan from its text" ||
  fail "a plan from its tree equals the plan from its text" "$(diff "$T/direct.xml" "$TEST_TMP/out" | head -n 10)"
expect_status "read re-emits a document tree" 0 "$PLANDIFF" read "$T/tree.xml.gz"
expect_stdout "read keeps the tree's positions" 'kind="numbered"'

# Content, not the name, decides.
cp "$plan" "$T/not-really.pdf"
expect_status "a .pdf that is text is read as text" 0 "$PLANDIFF" read "$T/not-really.pdf"
expect_stderr "... with a warning naming it" 'not-really.pdf: warning: named as pdf but holds plain text'
printf '<p>Kommunen bruker <b>PMTO</b>.</p>\n' >"$T/page.txt"
printf '<!DOCTYPE html>\n<html><body><h1>Plan</h1><p>Kommunen bruker PMTO.</p></body></html>\n' >"$T/page.txt"
expect_status "an HTML page named .txt is read as HTML" 0 "$PLANDIFF" read "$T/page.txt"
expect_stdout "... with its heading" '<heading line="2" end-line="2" kind="style">Plan</heading>'

# Binary formats plandiff does not read are refused, by name and kind.
refused() { # NAME FILE WHAT
  expect_status "$1 is refused" 1 "$PLANDIFF" read "$2"
  expect_stderr "$1: the error names the file and says what it is" "$(basename "$2"): not a document plandiff reads: this is $3"
}
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >"$T/scan.txt"
refused "a PNG named .txt" "$T/scan.txt" "a PNG image"
printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\0\0\0\0\0\0' >"$T/old.doc"
refused "a legacy Word .doc" "$T/old.doc" "a legacy Microsoft Office file"
mkdir -p "$T/x/xl"
printf '<workbook/>' >"$T/x/xl/workbook.xml"
(cd "$T/x" && python3 -c 'import zipfile; z=zipfile.ZipFile("../book.docx","w"); z.write("xl/workbook.xml"); z.close()')
refused "an Excel workbook named .docx" "$T/book.docx" "an Excel workbook"
printf 'PK\x03\x04' >"$T/broken.zip.txt"
head -c 3000 /dev/urandom >>"$T/broken.zip.txt"
refused "another ZIP" "$T/broken.zip.txt" "a ZIP archive"
"$PLANDIFF" normalise --municipality naroysund "$plan" | gzip >"$T/plan.xml.gz"
refused "a plan XML given to read" "$T/plan.xml.gz" "a plan written by"
head -c 4096 /dev/urandom >"$T/random.md"
refused "random bytes" "$T/random.md" "binary data"

# run skips files that are not documents by name, and says so.
mkdir -p "$T/corpus"
cp "$plan" "$T/corpus/"
cp corpus/MANIFEST.tsv "$T/corpus/"
printf 'notes\n' >"$T/corpus/notes.odp"
expect_status "run over a folder with a file it skips" 0 "$PLANDIFF" run -o "$T/rep" "$T/corpus"
expect_stderr "run names the skipped file and why" 'notes.odp: warning: skipped: not a document by its name'
