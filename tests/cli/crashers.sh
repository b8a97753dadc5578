# crashers.sh — every input the fuzzers (make fuzz) once crashed on, kept as
# a regression test: tests/fixtures/crashers/read-*, normalise-* (text for
# the reader and the extractor: what they make always matches its schema;
# pdf-*: PDF bytes for the same)
# and xml-* (plan or comparison XML for compare and render). Each ends in
# success or a clean error (exit 0 or 1: a file that looks like XML is
# parsed as XML and may be refused), never in a crash, a sanitizer report,
# or output that breaks its schema.
. tests/lib.sh

clean_exit() { # NAME : the last run exited 0 or 1 with no sanitizer report or schema failure
  if [ "$status" -le 1 ] && ! grep -q 'Sanitizer\|runtime error\|does not match schema' "$TEST_TMP/err"; then
    pass "$1"
  else
    fail "$1" "exit $status" "$(head -c 2000 "$TEST_TMP/err")"
  fi
}

n=0
for f in tests/fixtures/crashers/*; do
  [ -f "$f" ] || continue
  n=$((n + 1))
  base=$(basename "$f")
  case "$base" in
    read-* | normalise-* | pdf-*)
      run "$PLANDIFF" read --municipality fuzz "$f"
      clean_exit "read $base"
      run "$PLANDIFF" normalise --municipality fuzz "$f"
      clean_exit "normalise $base"
      ;;
    xml-*)
      run "$PLANDIFF" compare -o "$TEST_TMP/cmp.xml" "$f" "$f"
      clean_exit "compare $base"
      run "$PLANDIFF" render -o "$TEST_TMP/report" "$f"
      clean_exit "render $base"
      ;;
    *) fail "crasher $base has a known prefix (read-, normalise-, xml-)" ;;
  esac
done
[ "$n" -gt 0 ] && pass "$n crashing inputs kept" || fail "crashing inputs kept" "tests/fixtures/crashers is empty"
