# workers.sh — `run -j N` and the cache of normalised plans: the same
# files and the same messages for one worker and several, cold and from the
# cache; the cache misses when the document, the thesaurus or the program
# changes, and a damaged entry is read again. (Speed: make bench.)
. tests/lib.sh
export XDG_CACHE_HOME="$TEST_TMP/.cache"

# A corpus with something to say: a document no manifest row names (a note)
# and a broken one (an error), among the bundled ones.
c="$TEST_TMP/c"
mkdir -p "$c"
cp corpus/* "$c/"
printf 'Forebyggende plan for Skien kommune\n\nSkien kommune tilbyr PMTO og TIBIR.\n' >"$c/skien-plan.txt"
printf '\x1f\x8b\x08\x00broken' >"$c/broken.txt.gz"
cache="$TEST_TMP/cache"

expect_status "serial run, no cache" 1 "$PLANDIFF" run -j 1 --no-cache -o "$TEST_TMP/j1" "$c"
cp "$TEST_TMP/err" "$TEST_TMP/err-j1"
expect_stderr "the broken document is named" "broken.txt.gz: (truncated|corrupt) gzip"
[ -z "$(ls -A "$XDG_CACHE_HOME" 2>/dev/null)" ] && [ ! -e "$cache" ] &&
  pass "--no-cache writes no cache" || fail "--no-cache writes no cache" "$(ls -R "$XDG_CACHE_HOME" 2>&1)"

same_as_serial() { # NAME DIR: DIR and the last stderr are those of the serial run
  if diff -r "$TEST_TMP/j1" "$2" >"$TEST_TMP/diff" && cmp -s "$TEST_TMP/err-j1" "$TEST_TMP/err"; then
    pass "$1"
  else
    fail "$1" "$(head -c 1500 "$TEST_TMP/diff")" "$(diff "$TEST_TMP/err-j1" "$TEST_TMP/err" | head -20)"
  fi
}
expect_status "three workers, cold cache" 1 "$PLANDIFF" run -j 3 --cache "$cache" -o "$TEST_TMP/j3" "$c"
same_as_serial "-j 3 writes the same files and messages as -j 1" "$TEST_TMP/j3"
entries() { find "$cache/plans" -type f | sort; }
[ "$(entries | wc -l)" = 6 ] && pass "one cache entry per good document (6 of 7)" ||
  fail "one cache entry per good document (6 of 7)" "$(entries)"
ls -i $(entries) >"$TEST_TMP/inodes1"

expect_status "two workers, warm cache" 1 "$PLANDIFF" run -j 2 --cache "$cache" -o "$TEST_TMP/hit" "$c"
same_as_serial "plans from the cache give the same files and messages" "$TEST_TMP/hit"
ls -i $(entries) >"$TEST_TMP/inodes2"
cmp -s "$TEST_TMP/inodes1" "$TEST_TMP/inodes2" && pass "a warm run reads the cache and rewrites nothing" ||
  fail "a warm run reads the cache and rewrites nothing" "$(diff "$TEST_TMP/inodes1" "$TEST_TMP/inodes2")"

# The default place is $XDG_CACHE_HOME/plandiff.
expect_status "default cache place" 0 "$PLANDIFF" run -o "$TEST_TMP/def" corpus
[ "$(find "$XDG_CACHE_HOME/plandiff/plans" -type f | wc -l)" = 5 ] &&
  pass "the default cache is \$XDG_CACHE_HOME/plandiff" || fail "the default cache is \$XDG_CACHE_HOME/plandiff"

# One document changes: one new entry, the others are hits.
echo "Kommunen vil også prøve ut COS-P." >>"$c/skien-plan.txt"
expect_status "after one document changed" 1 "$PLANDIFF" run --cache "$cache" -o "$TEST_TMP/ch" "$c"
[ "$(entries | wc -l)" = 7 ] && pass "a changed document is read again (one new entry)" ||
  fail "a changed document is read again (one new entry)" "$(entries)"
expect_status "changed document, no cache" 1 "$PLANDIFF" run --no-cache -o "$TEST_TMP/ch0" "$c"
diff -r "$TEST_TMP/ch0" "$TEST_TMP/ch" >/dev/null && pass "the changed run equals a run without the cache" ||
  fail "the changed run equals a run without the cache"
grep -q 'COS-P' "$TEST_TMP/ch/plans/skien-plan.xml" && pass "the changed plan has the new measure" ||
  fail "the changed plan has the new measure"

# Another thesaurus (the same one with one byte more): every entry misses.
cp thesaurus/thesaurus.xml "$TEST_TMP/th.xml"
echo "<!-- a change -->" >>"$TEST_TMP/th.xml"
expect_status "another thesaurus" 1 "$PLANDIFF" run --thesaurus "$TEST_TMP/th.xml" --cache "$cache" -o "$TEST_TMP/th" "$c"
[ "$(entries | wc -l)" = 13 ] && pass "a changed thesaurus misses every entry" ||
  fail "a changed thesaurus misses every entry" "$(entries | wc -l) entries"

# Another program (the same binary with one byte appended runs the same):
# every entry misses.
cp "$PLANDIFF" "$TEST_TMP/plandiff2"
printf 'x' >>"$TEST_TMP/plandiff2"
expect_status "another program" 1 "$TEST_TMP/plandiff2" run --cache "$cache" -o "$TEST_TMP/v2" "$c"
[ "$(entries | wc -l)" = 19 ] && pass "a changed program misses every entry" ||
  fail "a changed program misses every entry" "$(entries | wc -l) entries"

# Damaged entries are misses and are written again; the output is unchanged.
for e in $(entries); do printf 'damage' | dd of="$e" bs=1 seek=200 conv=notrunc 2>/dev/null; done
ls -i $(entries) >"$TEST_TMP/inodes3"
expect_status "with damaged entries" 1 "$PLANDIFF" run --cache "$cache" -o "$TEST_TMP/dmg" "$c"
diff -r "$TEST_TMP/ch" "$TEST_TMP/dmg" >/dev/null && pass "a damaged entry does not reach the output" ||
  fail "a damaged entry does not reach the output"
rewritten=$(ls -i $(entries) | diff - "$TEST_TMP/inodes3" | grep -c '^<')
[ "$rewritten" = 6 ] && pass "the run's six damaged entries are written again" ||
  fail "the run's six damaged entries are written again" "$rewritten rewritten"

# An unwritable cache folder: a warning, and the run goes on.
expect_status "unwritable cache" 0 "$PLANDIFF" run --cache /proc/plandiff-cache -o "$TEST_TMP/nc" corpus
expect_stderr "the unwritable cache is named in a warning" "/proc/plandiff-cache: warning: cache folder cannot be written"
expect_status "-j 0 is a usage error" 2 "$PLANDIFF" run -j 0 corpus

# normalise with several files: one process, -j workers, the cache; the
# plans are run's, byte for byte, and a bad file fails alone.
expect_status "normalise several files into a folder" 1 "$PLANDIFF" normalise -j 2 --cache "$cache" \
  -o "$TEST_TMP/many" "$c"/*.txt "$c"/*.md "$c/broken.txt.gz"
diff -r "$TEST_TMP/ch/plans" "$TEST_TMP/many" >"$TEST_TMP/diff" && pass "normalise -o DIR writes run's plans" ||
  fail "normalise -o DIR writes run's plans" "$(head -c 1500 "$TEST_TMP/diff")"
expect_stderr "normalise names the broken file" "broken.txt.gz: (truncated|corrupt) gzip"
expect_status "several files need -o" 2 "$PLANDIFF" normalise "$c/skien-plan.txt" "$c/broken.txt.gz"
expect_stderr "the usage error says why" "several files need -o FOLDER"
