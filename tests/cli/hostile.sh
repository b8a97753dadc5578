# hostile.sh — broken and hostile input: each case has its expected
# behaviour (exit status, message, no sanitizer report, no half-written
# file). The two largest inputs run only in the release build, to keep the
# sanitizer pass short.
. tests/lib.sh
. tests/hostile_inputs.sh

T="$TEST_TMP"
: >"$T/empty.txt"
expect_status "empty file reads" 0 "$PLANDIFF" read "$T/empty.txt"
expect_status "empty file normalises" 0 "$PLANDIFF" normalise --municipality tom "$T/empty.txt"
head -c 200000 /bin/ls >"$T/binary.txt"
expect_status "an executable named .txt is refused, never decoded as text" 1 "$PLANDIFF" normalise --municipality bin "$T/binary.txt"
expect_stderr "the refusal names the file and what it is" "binary.txt: not a document plandiff reads: this is an executable"
printf 'Plan for forebygging\nen linje med \x00 en NUL-byte i teksten\n' >"$T/nul.txt"
expect_status "a stray NUL byte in a text" 0 "$PLANDIFF" read "$T/nul.txt"
expect_stderr "NUL bytes reported with the line" "nul.txt:2: warning: NUL byte removed"
printf 'a\x00b\x00\x00c\n' >"$T/mostly-nul.txt"
expect_status "bytes that are mostly NUL are binary" 1 "$PLANDIFF" read "$T/mostly-nul.txt"

awk 'BEGIN { for (i = 0; i < 5000; i++) printf "%d.%d Overskrift nummer %d\n\nTekst.\n\n", i % 40 + 1, i % 7, i }' >"$T/headings.txt"
expect_status "thousands of headings" 0 "$PLANDIFF" normalise --quiet --municipality h "$T/headings.txt"
awk 'BEGIN { for (i = 0; i < 2000; i++) printf "# H%d\n", i; for (i = 0; i < 2000; i++) printf "###### h%d\n", i }' >"$T/deep.md"
expect_status "deep and many Markdown headings" 0 "$PLANDIFF" read -o /dev/null "$T/deep.md"

if [ "${PLANDIFF_VARIANT:-}" = release ]; then
  head -c 20000000 /dev/zero | tr '\0' 'a' >"$T/long-line.txt"
  expect_status "a 20 MB single line" 0 "$PLANDIFF" normalise --quiet --municipality l -o /dev/null "$T/long-line.txt"
  head -c 2000000 /dev/zero | tr '\0' '\n' >"$T/empty-lines.txt"
  expect_status "two million empty lines" 0 "$PLANDIFF" normalise --quiet --municipality e -o /dev/null "$T/empty-lines.txt"
fi

# Rows that differ only in a number are table content, not a running
# header repeated on every page (they were all dropped as furniture).
numbered_rows 2000 >"$T/rows.txt"
run "$PLANDIFF" normalise --quiet --municipality r "$T/rows.txt"
n=$(grep -c '<measure ' "$T/out")
[ "$n" = 2000 ] && pass "a table of 2000 numbered rows keeps every row" || fail "a table of 2000 numbered rows keeps every row" "got $n measures"

if [ "${PLANDIFF_VARIANT:-}" = release ]; then
  # A 3 MB paragraph with no full stop naming a programme every few words:
  # the sentence around each name and its source line were once found by
  # scanning the whole paragraph (hours). The timeout only guards a hang;
  # speed is measured by make bench.
  dense_names 3000 >"$T/dense.txt"
  expect_status "a 3 MB paragraph dense with names" 0 timeout 300 "$PLANDIFF" normalise --quiet --municipality d -o /dev/null "$T/dense.txt"
  # 40,000 rows need about 300 MB of trees, past the default memory budget
  # (hostile_limits.sh tests that); here the time is what matters.
  numbered_rows 40000 >"$T/rows.txt"
  expect_status "a table of 40000 rows" 0 timeout 300 "$PLANDIFF" normalise --quiet --municipality r --max-memory 1G -o /dev/null "$T/rows.txt"
fi

head -c 30000000 /dev/zero | gzip -9 >"$T/bomb.txt.gz"
expect_status "gzip bomb capped by --max-bytes" 1 "$PLANDIFF" read --max-bytes 10M "$T/bomb.txt.gz"
expect_stderr "gzip bomb: a clear error naming the file" "bomb.txt.gz: gzip data inflates to more than the limit"
expect_status "gzip bomb capped by the ratio" 1 "$PLANDIFF" read --max-gzip-ratio 100 "$T/bomb.txt.gz"
printf 'plan for forebygging\n' | gzip | head -c 20 >"$T/cut.txt.gz"
expect_status "truncated gzip" 1 "$PLANDIFF" read "$T/cut.txt.gz"
expect_stderr "truncated gzip is named" "cut.txt.gz: truncated gzip data"

cp corpus/naroysund-forebyggende-plan.txt "$T/plan med mellomrom.txt"
cp corpus/naroysund-forebyggende-plan.txt "$T/førebyggjande-plan.txt"
cp corpus/naroysund-forebyggende-plan.txt "$T/-dash.txt"
expect_status "file name with spaces" 0 "$PLANDIFF" read -o /dev/null "$T/plan med mellomrom.txt"
expect_status "file name with non-ASCII letters" 0 "$PLANDIFF" read -o /dev/null "$T/førebyggjande-plan.txt"
(cd "$T" && "$PLANDIFF" read -o /dev/null -- -dash.txt) && pass "file name with a leading dash after --" || fail "file name with a leading dash after --"

# Files of the kernel call themselves regular but are made up when read
# (/proc/self/mem fails every read, /proc/self/environ is the environment).
expect_status "a file of /proc named directly is refused" 1 "$PLANDIFF" read /proc/self/mem
expect_stderr "the /proc file is named and refused" "/proc/self/mem: not a regular file \(a file of the kernel"
expect_status "/proc/self/environ named directly is refused" 1 "$PLANDIFF" read /proc/self/environ
grep -q 'PLANDIFF_DATADIR' "$TEST_TMP/out" && fail "no environment reaches the output" || pass "no environment reaches the output"
expect_status "an output folder that cannot exist" 1 "$PLANDIFF" run -o /proc/plandiff-out corpus/naroysund-forebyggende-plan.txt
expect_stderr "the output folder is named" "/proc/plandiff-out"
expect_status "output under a regular file" 1 "$PLANDIFF" read -o /etc/hostname/x.xml corpus/naroysund-forebyggende-plan.txt
expect_status "a full disk" 1 "$PLANDIFF" normalise -o /dev/full corpus/naroysund-forebyggende-plan.txt
expect_stderr "a full disk is reported" "/dev/full: cannot write: No space left on device"

printf '<?xml version="1.0"?><!DOCTYPE plan [<!ENTITY x SYSTEM "file:///etc/hostname">]><plan>&x;</plan>' >"$T/xxe.xml"
expect_status "a plan with a DOCTYPE is refused" 1 "$PLANDIFF" compare "$T/xxe.xml"
expect_stderr "the DOCTYPE refusal names the file" "xxe.xml.*DOCTYPE"
grep -q "$(cat /etc/hostname)" "$TEST_TMP/out" && fail "no local file leaks into the output" || pass "no local file leaks into the output"

# SIGINT in the middle of a run: no temporary file is left behind.
if [ "${PLANDIFF_VARIANT:-}" = release ]; then
  mkdir -p "$T/big"
  for i in $(seq 40); do cat corpus/porsgrunn-forebyggende-plan.txt; done >"$T/big/porsgrunn.txt"
  for i in $(seq 8); do cp "$T/big/porsgrunn.txt" "$T/big/p$i.txt"; done
  "$PLANDIFF" run --quiet -o "$T/sig" "$T/big" 2>/dev/null &
  pid=$!
  sleep 1
  kill -INT $pid 2>/dev/null
  wait $pid
  status=$?
  left=$(find "$T/sig" -name '*.tmp-*' 2>/dev/null)
  [ -z "$left" ] && pass "SIGINT leaves no temporary file (exit $status)" || fail "SIGINT leaves no temporary file" "$left"
fi

# ---- special files and links (issue 14, items 3, 4, 11) --------------------
# Every case runs under timeout: a hang fails the test instead of the suite.
mkdir -p "$T/fifo-corpus"
cp corpus/naroysund-forebyggende-plan.txt "$T/fifo-corpus/naroysund.txt"
mkfifo "$T/fifo-corpus/MANIFEST.tsv"
expect_status "a FIFO named MANIFEST.tsv does not block the run" 1 timeout 20 "$PLANDIFF" run --quiet -o "$T/fifo-out" "$T/fifo-corpus"
expect_stderr "the FIFO manifest is named and refused" "MANIFEST.tsv: not a regular file"
expect_file_matches "the documents beside a refused manifest still reach the reports" "$T/fifo-out/comparison.xml" "naroysund"
rm -f "$T/fifo-corpus/MANIFEST.tsv"
mkfifo "$T/a-fifo"
ln -s "$T/a-fifo" "$T/fifo-corpus/pipe.txt"
expect_status "a link to a FIFO in the corpus does not block the run" 1 timeout 20 "$PLANDIFF" run --quiet -o "$T/fifo-out" "$T/fifo-corpus"
expect_stderr "the link to a FIFO is named and refused" "pipe.txt: not a regular file"
expect_file_matches "the rest of the corpus still reaches the reports" "$T/fifo-out/comparison.xml" "naroysund"
rm -f "$T/fifo-corpus/pipe.txt"
expect_status "a FIFO named directly is refused, not read" 1 timeout 20 "$PLANDIFF" read "$T/a-fifo"
expect_stderr "the FIFO input is named" "a-fifo: not a regular file"
ln -s /dev/zero "$T/fifo-corpus/zero.txt"
expect_status "a link to a device in the corpus is refused" 1 timeout 20 "$PLANDIFF" run --quiet -o "$T/fifo-out" "$T/fifo-corpus"
expect_stderr "the link to a device is named" "zero.txt: not a regular file"
rm -f "$T/fifo-corpus/zero.txt"
# Links to /etc/passwd, /proc/self/environ and /dev/zero (item 11): only
# the regular file is read, with a warning that the link leaves the folder.
ln -s /etc/passwd "$T/fifo-corpus/passwd.txt"
ln -s /proc/self/environ "$T/fifo-corpus/environ.txt"
ln -s /proc/self/mem "$T/fifo-corpus/mem.txt"
expect_status "links to /etc/passwd and /proc files in the corpus" 1 timeout 20 "$PLANDIFF" run -o "$T/fifo-out" "$T/fifo-corpus"
expect_stderr "a link to /proc/self/environ is refused" "environ.txt: not a regular file \(a link to a file of the kernel"
expect_stderr "a link to /proc/self/mem is refused" "mem.txt: not a regular file \(a link to a file of the kernel"
expect_stderr "a link to /etc/passwd is said to leave the corpus folder" "passwd.txt: warning: the link leaves the corpus folder \(to /etc/passwd\)"
if grep -rq 'PLANDIFF_DATADIR' "$T/fifo-out"; then fail "the environment is in no report"; else pass "the environment is in no report"; fi
[ -f "$T/fifo-out/plans/naroysund.xml" ] && pass "the corpus's own plan is read beside the refused links" || fail "the corpus's own plan is read beside the refused links" "$(ls "$T/fifo-out/plans")"
rm -f "$T/fifo-corpus/passwd.txt" "$T/fifo-corpus/environ.txt" "$T/fifo-corpus/mem.txt"
printf 'Plan for forebygging\n\nTiltak utenfor.\n' >"$T/outside.txt"
ln -s "$T/outside.txt" "$T/fifo-corpus/outside.txt"
expect_status "a link to a regular file outside the corpus is read" 0 timeout 20 "$PLANDIFF" run -o "$T/fifo-out" "$T/fifo-corpus"
expect_stderr "a link leaving the corpus folder is said so" "outside.txt: warning: the link leaves the corpus folder"
rm -f "$T/fifo-corpus/outside.txt"
# A FIFO and a link already in the output folder: replaced, never written
# through (and never waited on).
rm -f "$T/fifo-out/index.html"
mkfifo "$T/fifo-out/index.html" "$T/victim-fifo"
ln -sf "$T/victim-fifo" "$T/fifo-out/comparison.xml"
expect_status "a FIFO in the output folder does not block the run" 0 timeout 20 "$PLANDIFF" run --quiet -o "$T/fifo-out" "$T/fifo-corpus"
[ -f "$T/fifo-out/index.html" ] && [ ! -p "$T/fifo-out/index.html" ] && pass "the FIFO in the output folder is replaced by the page" || fail "the FIFO in the output folder is replaced by the page"
[ -p "$T/victim-fifo" ] && [ -f "$T/fifo-out/comparison.xml" ] && [ ! -L "$T/fifo-out/comparison.xml" ] && pass "a link to a FIFO in the output folder is replaced, not written through" || fail "a link to a FIFO in the output folder is replaced, not written through" "$(ls -l "$T/fifo-out/comparison.xml")"
mkfifo "$T/out-fifo"
expect_status "-o naming a FIFO without a reader fails at once" 1 timeout 20 "$PLANDIFF" normalise --municipality n -o "$T/out-fifo" corpus/naroysund-forebyggende-plan.txt
expect_stderr "the FIFO output is named" "out-fifo: cannot open"

# ---- the manifest (issue 14, item 10) ---------------------------------------
mkdir -p "$T/mani"
cp corpus/naroysund-forebyggende-plan.txt "$T/mani/a.txt"
cp corpus/naroysund-forebyggende-plan.txt "$T/mani/b.txt"
cp corpus/naroysund-forebyggende-plan.txt "$T/mani/c.txt"
printf 'file\tmunicipality\tyear\tdoc_type\na.txt\tLarvik\t2024\tplan\nb.txt\tlar vik\t99999999999\tplan\nc.txt\tlarvik \tabc\tbok\n' >"$T/mani/MANIFEST.tsv"
expect_status "manifest ids are normalised as --municipality is" 0 "$PLANDIFF" read "$T/mani/a.txt"
expect_stdout "\"Larvik\" in the manifest is the id larvik" 'municipality="larvik"'
expect_status "a year that overflows is an error" 1 "$PLANDIFF" read "$T/mani/b.txt"
expect_stderr "the year error names MANIFEST.tsv, the row and the value" "MANIFEST.tsv:3: year '99999999999': not a year"
expect_stdout "\"lar vik\" is the register's id larvik" 'municipality="larvik"'
if grep -q 'year="' "$T/out"; then fail "an overflowing year is not written" "$(grep -o 'year="[^"]*"' "$T/out")"; else pass "an overflowing year is not written"; fi
expect_status "a year that is not a number is an error, not ignored" 1 "$PLANDIFF" read "$T/mani/c.txt"
expect_stderr "the garbage year is named with its row" "MANIFEST.tsv:4: year 'abc': not a year"
expect_stderr "a bad doc_type is named with its row" "MANIFEST.tsv:4: doc_type 'bok'"
expect_stdout "\"larvik \" (trailing space) is the id larvik" 'municipality="larvik"'
# A manifest of 200,000 rows is read once for the whole run, not once per
# document (the timeout guards a regression to one read per document).
awk 'BEGIN { print "file\tmunicipality"; for (i = 0; i < 200000; i++) printf "x%d.txt\tkommune%d\n", i, i }' >"$T/mani/MANIFEST.tsv"
for i in 1 2 3 4 5 6 7 8 9; do cp corpus/naroysund-forebyggende-plan.txt "$T/mani/x$i.txt"; done
expect_status "a large manifest is read once for the run" 0 timeout 120 "$PLANDIFF" run --quiet -o "$T/mani-out" "$T/mani"
expect_file_matches "rows are found in the large manifest" "$T/mani-out/comparison.xml" "kommune9"

# ---- names that are not XML (issue 14, item 5) ------------------------------
mkdir -p "$T/names"
esc=$(printf '\033')
cp corpus/naroysund-forebyggende-plan.txt "$T/names/plan${esc}[31m.txt"
cp corpus/naroysund-forebyggende-plan.txt "$T/names/bad$(printf '\377\376')bytes.txt"
expect_status "file names with ESC and invalid UTF-8 run" 0 "$PLANDIFF" run --quiet -o "$T/names-out" "$T/names"
expect_valid "comparison.xml with such names reads back" comparison "$T/names-out/comparison.xml"
expect_status "render reads the comparison back" 0 "$PLANDIFF" render -o "$T/names-html" "$T/names-out/comparison.xml"
expect_status "compare reads the plans back" 0 "$PLANDIFF" compare -o /dev/null "$T/names-out"/plans/*.xml
expect_status "--name with control characters" 0 "$PLANDIFF" normalise --municipality x --name "$(printf 'Bad\001\033name')" -o "$T/ctl.xml" corpus/naroysund-forebyggende-plan.txt
expect_valid "a plan named with control characters reads back" plan "$T/ctl.xml"
printf 'Plan\n' >"$T/names/warn${esc}]0;pwned$(printf '\007').md.bak"
expect_status "a warning about a name with ESC" 0 "$PLANDIFF" run -o "$T/names-out" "$T/names"
expect_stderr "the ESC in a name is shown escaped" 'warn\\x1B\]0;pwned\\x07'
grep -q "$esc" "$TEST_TMP/err" && fail "no raw ESC reaches the terminal" || pass "no raw ESC reaches the terminal"

# ---- lost and mixed output (issue 14, item 6) --------------------------------
expect_status "the corpus given twice" 0 "$PLANDIFF" run -o "$T/twice" corpus corpus
n=$(grep -c '<document ' "$T/twice/comparison.xml")
[ "$n" = 5 ] && pass "the corpus given twice is read once (5 documents)" || fail "the corpus given twice is read once (5 documents)" "got $n"
expect_stderr "a file given twice is said so" "skipped: the same file as corpus/naroysund-forebyggende-plan.txt, read once"

# ---- deep HTML (issue 14, item 9): text kept, or the page refused ----------
deep_html() { # DEPTH OPEN CLOSE: the deep text between two paragraphs
  awk -v d="$1" -v o="$2" -v c="$3" 'BEGIN { print "<html><body><p>Plan for forebygging</p>"
    for (i = 0; i < d; i++) printf "%s", o; print "Dyp tekst nederst"
    for (i = 0; i < d; i++) printf "%s", c; print "<p>Etter den dype blokken</p></body></html>" }'
}
for tag in div span table blockquote; do
  deep_html 250 "<$tag>" "</$tag>" >"$T/deep-$tag.html"
  expect_status "HTML $tag nested 250 deep is read" 0 "$PLANDIFF" read -o "$T/deep-$tag.xml" "$T/deep-$tag.html"
  grep -q 'Dyp tekst nederst' "$T/deep-$tag.xml" && grep -q 'Etter den dype blokken' "$T/deep-$tag.xml" &&
    pass "... keeps the deep text and what follows ($tag)" || fail "... keeps the deep text and what follows ($tag)" "$(grep -c '<p ' "$T/deep-$tag.xml") paragraphs"
done
deep_html 80 '<table><tr><td>' '</td></tr></table>' >"$T/deep-cells.html"
expect_status "tables nested 80 deep in their cells" 0 "$PLANDIFF" read -o "$T/deep-cells.xml" "$T/deep-cells.html"
grep -q 'Dyp tekst nederst' "$T/deep-cells.xml" && pass "... keep the innermost cell's text" || fail "... keep the innermost cell's text"
deep_html 3000 '<div>' '</div>' >"$T/deeper.html"
expect_status "HTML nested past the parser's 256 levels is refused, not cut" 1 "$PLANDIFF" read -o "$T/deeper.xml" "$T/deeper.html"
expect_stderr "... naming the file, the line and the reason" "deeper.html:2: HTML nested more than 256 elements deep; refused"
[ ! -e "$T/deeper.xml" ] && pass "... and nothing is written" || fail "... and nothing is written"
python3 - "$T/deep.docx" <<'PY'
import sys, zipfile
deep = "<w:sdt><w:sdtContent>" * 300 + "<w:p><w:r><w:t>Dyp tekst</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * 300
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + deep + '</w:body></w:document>')
PY
expect_status "a DOCX nested past 256 levels is refused, not cut" 1 "$PLANDIFF" read -o /dev/null "$T/deep.docx"
expect_stderr "... naming the file and its part" "deep.docx \(word/document.xml\)"
printf '<html><body><table>Tekst rett i tabellen<tr>Tekst i raden<td>Celle</td></tr></table></body></html>\n' >"$T/stray.html"
expect_status "text standing in a table outside its cells" 0 "$PLANDIFF" read "$T/stray.html"
expect_stdout "... is kept (table)" "Tekst rett i tabellen"
expect_stdout "... is kept (row)" "Tekst i raden"
