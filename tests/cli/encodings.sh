# encodings.sh — one test per input encoding, through `plandiff read`.
. tests/lib.sh

text='Førebygging i Nærøysund: «Tidleg innsats» – 5 år'
printf '%s\n' "$text" >"$TEST_TMP/utf8.txt"
printf '\xEF\xBB\xBF%s\n' "$text" >"$TEST_TMP/utf8-bom.txt"
printf '%s\n' "$text" | iconv -f UTF-8 -t UTF-16LE | { printf '\xFF\xFE'; cat; } >"$TEST_TMP/utf16le.txt"
printf '%s\n' "$text" | iconv -f UTF-8 -t UTF-16BE | { printf '\xFE\xFF'; cat; } >"$TEST_TMP/utf16be.txt"
printf '%s\n' "$text" | iconv -f UTF-8 -t WINDOWS-1252 >"$TEST_TMP/cp1252.txt"
printf '%s\n' "$text" | iconv -f UTF-8 -t LATIN1//TRANSLIT >"$TEST_TMP/latin1.txt"
printf '%s\r\n%s\r\n' "$text" "andre linje" >"$TEST_TMP/crlf.txt"
printf '%s\n' "$text" | gzip -c >"$TEST_TMP/plan.txt.gz"
cp "$TEST_TMP/plan.txt.gz" "$TEST_TMP/no-suffix"

for f in utf8 utf8-bom utf16le utf16be cp1252 crlf; do
  expect_status "$f is read" 0 "$PLANDIFF" read "$TEST_TMP/$f.txt"
  expect_stdout "$f text decoded" "Førebygging i Nærøysund: «Tidleg innsats» – 5 år"
done
expect_status "latin1 is read" 0 "$PLANDIFF" read "$TEST_TMP/latin1.txt"
expect_stdout "latin1 letters decoded" "Førebygging i Nærøysund"
expect_status "utf16le is named" 0 "$PLANDIFF" read "$TEST_TMP/utf16le.txt"
expect_stdout "utf16le encoding recorded" 'encoding="UTF-16LE"'
expect_status "cp1252 is named" 0 "$PLANDIFF" read "$TEST_TMP/cp1252.txt"
expect_stdout "cp1252 encoding recorded" 'encoding="windows-1252"'
expect_status "gzip by its magic bytes" 0 "$PLANDIFF" read "$TEST_TMP/no-suffix"
expect_stdout "gzip recorded" 'gzip="true"'
expect_stdout "gzip text decoded" "Tidleg innsats"
gzip -c "$TEST_TMP/plan.txt.gz" | "$PLANDIFF" read - >"$TEST_TMP/out" 2>"$TEST_TMP/err"
if grep -q 'gzip="true"' "$TEST_TMP/out" && grep -q "1f8b\|\\x1f" "$TEST_TMP/out"; then
  fail "gzip inside gzip is inflated once only"
else pass "gzip inside gzip is inflated once only"; fi
printf 'Tiltak \xff for barn\n' >"$TEST_TMP/bad.txt"
printf 'Tiltak for barn \xc3\xa6\xc3\xb8\xc3\xa5 og \xc3\xa6\n\nlinje tre \x80\n' >"$TEST_TMP/bad-utf8.txt"
expect_status "invalid UTF-8 is repaired, not fatal" 0 "$PLANDIFF" read "$TEST_TMP/bad-utf8.txt"
expect_stderr "invalid byte reported with file and line" "bad-utf8.txt:3: warning: invalid UTF-8 byte replaced by U\\+FFFD"
expect_stdout "repairs counted" 'repaired="1"'
