# browser.sh — the reports as a person sees them: headless Chromium loads
# index.html and a municipality page; the DOM holds the four municipalities
# and the COS-P row with each municipality's level; a screenshot is taken
# and must not be blank. Chromium is installed by `make deps`.
. tests/lib.sh
[ "${PLANDIFF_VARIANT:-}" = release ] || exit 0 # the pages do not depend on the build

chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
  fail "chromium is installed" "no chromium on PATH: run 'make deps'"
  exit 0
fi
out="$TEST_TMP/rep"
"$PLANDIFF" run --quiet -o "$out" corpus >/dev/null 2>&1
browse() { # URL OUTFILE [extra flags]: the DOM after load, or a screenshot
  local url=$1 dest=$2
  shift 2
  timeout 60 "$chrome" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-quic \
    --user-data-dir="$TEST_TMP/profile" "$@" "$url" >"$dest" 2>"$TEST_TMP/chrome.err"
}
browse "file://$out/index.html" "$TEST_TMP/index.dom" --dump-dom
for m in Larvik Nærøysund Porsgrunn Sandefjord; do
  grep -q ">$m</a>" "$TEST_TMP/index.dom" && pass "browser: index shows $m" || fail "browser: index shows $m"
done
row=$(tr '\n' ' ' <"$TEST_TMP/index.dom" | grep -o '<tr data-ref="cos-p">.*' | sed 's#</tr>.*##')
for m in larvik naroysund porsgrunn; do
  grep -q "data-municipality=\"$m\"><details><summary><span class=\"badge" <<<"$row" &&
    pass "browser: COS-P row has $m's level" || fail "browser: COS-P row has $m's level" "$row"
done
grep -q 'badge universell">Universell' <<<"$row" && pass "browser: COS-P shows Universell for Nærøysund" ||
  fail "browser: COS-P shows Universell for Nærøysund"
browse "file://$out/kommune-porsgrunn.html" "$TEST_TMP/kommune.dom" --dump-dom
grep -q "Lån fra naboene" "$TEST_TMP/kommune.dom" && pass "browser: municipality page loads" ||
  fail "browser: municipality page loads"
bad=""
for href in $(grep -o 'href="[^"#:]*\.html"' "$TEST_TMP/index.dom" "$TEST_TMP/kommune.dom" | sed 's/.*href="//; s/"$//' | sort -u); do
  [ -f "$out/$href" ] || bad="$bad $href"
done
[ -z "$bad" ] && pass "browser: links in the DOM resolve" || fail "browser: links in the DOM resolve" "$bad"
(cd "$TEST_TMP" && browse "file://$out/index.html" /dev/null --screenshot="$TEST_TMP/index.png" --window-size=1400,1000)
size=$(stat -c %s "$TEST_TMP/index.png" 2>/dev/null || echo 0)
[ "$size" -gt 40000 ] && pass "browser: screenshot is not blank ($size bytes)" ||
  fail "browser: screenshot is not blank" "size $size; $(tail -n 3 "$TEST_TMP/chrome.err")"
mkdir -p tests/out && cp "$TEST_TMP/index.png" tests/out/index.png 2>/dev/null
