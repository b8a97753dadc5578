# render.sh — the page list at scale: beyond 60 municipalities no pair page
# is written and none is linked; every link of every page resolves; pages
# are written whole (no temporary files).
. tests/lib.sh

T="$TEST_TMP"
"$PLANDIFF" normalise --quiet -o "$T/src.xml" corpus/naroysund-forebyggende-plan.txt
for i in $(seq 1 61); do
  sed -E "s/<municipality id=\"[a-z0-9-]+\" name=\"[^\"]*\"/<municipality id=\"k$i\" name=\"Kommune $i\"/" \
    "$T/src.xml" >"$T/p$i.xml"
done
expect_status "compare 61 municipalities" 0 "$PLANDIFF" compare --quiet -o "$T/cmp.xml" "$T"/p*.xml
expect_status "render 61 municipalities" 0 "$PLANDIFF" render --quiet -o "$T/rep" "$T/cmp.xml"
[ "$(ls "$T/rep"/kommune-*.html | wc -l)" = 61 ] && pass "a page per municipality" || fail "a page per municipality"
ls "$T/rep"/par-*.html >/dev/null 2>&1 && fail "no pair pages beyond 60 municipalities" ||
  pass "no pair pages beyond 60 municipalities"
grep -q 'par-' "$T/rep/index.html" && fail "the index links no pair page" || pass "the index links no pair page"
[ ! -e "$T/rep/measures.tsv" ] && ! grep -q 'measures\.tsv' "$T/rep/index.html" &&
  pass "without plans, no measures table and no link to one" || fail "without plans, no measures table and no link to one"
missing=""
for page in "$T/rep"/*.html; do
  for href in $(grep -o 'href="[^"#:]*"' "$page" | sed 's/.*href="//; s/"$//' | sort -u); do
    [ -e "$T/rep/$href" ] || missing="$missing $(basename "$page")->$href"
  done
done
[ -z "$missing" ] && pass "every link between pages resolves" || fail "every link between pages resolves" "$missing"
[ -z "$(find "$T/rep" -name '*.tmp-*')" ] && pass "no temporary files left" || fail "no temporary files left"

# A page that cannot be written fails the rendering, names the page, and
# the other pages are still written whole.
mkdir -p "$T/rep2/kommune-k7.html"
expect_status "a page that cannot be written fails" 1 "$PLANDIFF" render --quiet -o "$T/rep2" "$T/cmp.xml"
expect_stderr "the page is named" "kommune-k7.html"
[ -s "$T/rep2/kommune-k8.html" ] && [ -s "$T/rep2/index.html" ] && pass "the other pages are written" ||
  fail "the other pages are written"
[ -z "$(find "$T/rep2" -name '*.tmp-*')" ] && pass "no temporary files left after a failure" ||
  fail "no temporary files left after a failure"
