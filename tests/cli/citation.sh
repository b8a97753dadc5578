# citation.sh — CITATION.cff names the version this tree builds, so a paper
# citing it cites what the reader can rebuild.
. tests/lib.sh

cff=$(sed -n 's/^version: *//p' CITATION.cff)
[ -n "$cff" ] && [ "$cff" = "$(cat VERSION)" ] && pass "CITATION.cff version is VERSION ($cff)" ||
  fail "CITATION.cff version is VERSION" "CITATION.cff: '$cff', VERSION: '$(cat VERSION)'"
run "$PLANDIFF" --version
grep -qF "$cff" "$TEST_TMP/out" && pass "plandiff --version prints the cited version" ||
  fail "plandiff --version prints the cited version" "$(cat "$TEST_TMP/out")"
grep -q '^cff-version: 1\.2\.0$' CITATION.cff && grep -q '^title: ' CITATION.cff && grep -q '^authors:' CITATION.cff &&
  pass "CITATION.cff has the required keys" || fail "CITATION.cff has the required keys"
