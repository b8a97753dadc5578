# incremental.sh — a re-run with nothing changed keeps the report set as it
# is (run_key.c); any change to what the set is made of — a plan, the
# thesaurus, the program, the language, the date, the set on disk — builds
# it again, and the rebuilt set is byte for byte a cold run's.
. tests/lib.sh
export XDG_CACHE_HOME="$TEST_TMP/.cache"
export SOURCE_DATE_EPOCH=1796256000
c="$TEST_TMP/c"
mkdir -p "$c"
cp corpus/* "$c/"
out="$TEST_TMP/set"

expect_status "first run" 0 "$PLANDIFF" run -o "$out" "$c"
[ -s "$out/.plandiff-run-key" ] && pass "the set carries its key" || fail "the set carries its key"
cp -r "$out" "$TEST_TMP/first"
touch -d '2000-01-01' "$out/index.html"
expect_status "re-run, nothing changed" 0 "$PLANDIFF" run -o "$out" "$c"
expect_stderr "says nothing changed" "nothing changed since the last run"
[ "$(stat -c %Y "$out/index.html")" = "$(date -d 2000-01-01 +%s)" ] &&
  pass "nothing changed: no page written" || fail "nothing changed: no page written"
diff -r "$TEST_TMP/first" "$out" >/dev/null && pass "nothing changed: the same set" ||
  fail "nothing changed: the same set"

rebuilt() { # NAME: the last run built the set again
  if grep -q "nothing changed" "$TEST_TMP/err"; then fail "$1: built again"; else pass "$1: built again"; fi
}

# One plan changes: rebuilt, and the same bytes as a cold run without cache.
echo "Kommunen vil også vurdere PMTO for familier med barn i skolealder." >>"$c/porsgrunn-forebyggende-plan.txt"
expect_status "re-run after one plan changed" 0 "$PLANDIFF" run -o "$out" "$c"
rebuilt "one plan changed"
grep -q "skolealder" "$out"/kilde-porsgrunn*.html &&
  pass "one plan changed: its source page is new" || fail "one plan changed: its source page is new"
expect_status "a cold run of the changed corpus" 0 "$PLANDIFF" run --no-cache -o "$TEST_TMP/cold" "$c"
diff -r "$TEST_TMP/cold" "$out" >"$TEST_TMP/diff" && pass "incremental and cold runs give the same bytes" ||
  fail "incremental and cold runs give the same bytes" "$(head -c 1500 "$TEST_TMP/diff")"

expect_status "re-run in English" 0 "$PLANDIFF" run --lang en -o "$out" "$c"
rebuilt "another language"
grep -q 'lang="en"' "$out/index.html" && pass "another language: English pages" ||
  fail "another language: English pages"
expect_status "again in English" 0 "$PLANDIFF" run --lang en -o "$out" "$c"
expect_stderr "English again: nothing changed" "nothing changed since the last run"

cp thesaurus/thesaurus.xml "$TEST_TMP/th.xml"
printf '\n<!-- edited -->\n' >>"$TEST_TMP/th.xml"
expect_status "re-run with another thesaurus" 0 "$PLANDIFF" run --lang en --thesaurus "$TEST_TMP/th.xml" -o "$out" "$c"
rebuilt "another thesaurus"

SOURCE_DATE_EPOCH=1796342400 expect_status "re-run on another day" 0 "$PLANDIFF" run --lang en --thesaurus "$TEST_TMP/th.xml" -o "$out" "$c"
rebuilt "another date"

# Another build of the program (the same version): a byte more in the executable.
cp "$PLANDIFF" "$TEST_TMP/plandiff2"
printf 'x' >>"$TEST_TMP/plandiff2"
SOURCE_DATE_EPOCH=1796342400 expect_status "re-run with another build" 0 "$TEST_TMP/plandiff2" run --lang en --thesaurus "$TEST_TMP/th.xml" -o "$out" "$c"
rebuilt "another program"

# The set on disk was changed by hand: built again, never trusted.
SOURCE_DATE_EPOCH=1796342400 expect_status "once more, nothing changed" 0 "$TEST_TMP/plandiff2" run --lang en --thesaurus "$TEST_TMP/th.xml" -o "$out" "$c"
expect_stderr "once more: nothing changed" "nothing changed since the last run"
rm "$out/program-cos-p.html"
SOURCE_DATE_EPOCH=1796342400 expect_status "re-run after a page was removed" 0 "$TEST_TMP/plandiff2" run --lang en --thesaurus "$TEST_TMP/th.xml" -o "$out" "$c"
rebuilt "a page removed"
[ -s "$out/program-cos-p.html" ] && pass "a page removed: written again" || fail "a page removed: written again"
echo extra >>"$out/index.html"
SOURCE_DATE_EPOCH=1796342400 expect_status "re-run after a page was edited" 0 "$TEST_TMP/plandiff2" run --lang en --thesaurus "$TEST_TMP/th.xml" -o "$out" "$c"
rebuilt "a page edited"
