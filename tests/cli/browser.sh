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
for m in larvik naeroysund porsgrunn; do
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

# A citation lands on its line in the source view; sorting works; the
# English pages show no status codes; the source view is not blank.
cite=$(grep -o 'href="kilde-[^"]*#L[0-9]*"' "$out/kommune-larvik.html" | head -n 1 | sed 's/href="//; s/"$//')
n=${cite##*#L}
browse "file://$out/$cite" "$TEST_TMP/src.dom" --dump-dom
grep -q "<div id=\"L$n\"><a class=\"n\" href=\"#L$n\">$n</a>" "$TEST_TMP/src.dom" &&
  pass "browser: a citation opens the source view at line $n" || fail "browser: a citation opens the source view at line $n" "$cite"
# The inline script ran: it marks every heading of a sortable table and
# puts a filter box above it (a click cannot be sent to --dump-dom).
browse "file://$out/index.html" "$TEST_TMP/idx.dom" --dump-dom --virtual-time-budget=2000
grep -q '<input type="search" class="filter"' "$TEST_TMP/idx.dom" &&
  pass "browser: the script adds the filter boxes" || fail "browser: the script adds the filter boxes"
grep -q 'data-sort=""' "$TEST_TMP/idx.dom" && pass "browser: headings are sortable" ||
  fail "browser: headings are sortable"
# Clicks and typing, by a script added to a copy of the index after the
# page's own: the rows' order after each click and the rows a filter leaves
# are written into the page, then checked against the table as written.
sed 's#</body>#<script>(function () {\
  var t = document.getElementById("municipalities"), h = t.rows[0].cells, out = {};\
  function rows() { return Array.prototype.slice.call(t.tBodies[0].rows, 1); }\
  function col(c) { return rows().map(function (r) { return r.cells[c].textContent.trim(); }); }\
  h[2].click(); out.asc = col(2); h[2].click(); out.desc = col(2); h[0].click(); out.name = col(0);\
  var box = t.previousElementSibling; box.value = "telemark"; box.dispatchEvent(new Event("input"));\
  out.shown = rows().filter(function (r) { return r.style.display !== "none"; }).map(function (r) { return r.cells[0].textContent.trim(); });\
  var pre = document.createElement("pre"); pre.id = "result"; pre.textContent = JSON.stringify(out); document.body.appendChild(pre);\
})();</script></body>#' "$out/index.html" >"$out/index-clicked.html"
browse "file://$out/index-clicked.html" "$TEST_TMP/clicked.dom" --dump-dom --virtual-time-budget=2000
if python3 - "$out/index.html" "$TEST_TMP/clicked.dom" >"$TEST_TMP/sort.txt" 2>&1 <<'PY'; then pass "browser: a click sorts the rows by that column, a second click reverses them, a filter hides the rest"; else fail "browser: a click sorts the rows by that column, a second click reverses them, a filter hides the rest" "$(cat "$TEST_TMP/sort.txt")"; fi
import html, json, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
table = re.search(r'<table id="municipalities".*?</table>', page, re.S).group(0)
rows = [re.findall(r"<td>(.*?)</td>", r, re.S) for r in re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]]
text = lambda s: html.unescape(re.sub(r"<[^>]*>", "", s)).strip()
written = [(text(r[0]), int(text(r[2]))) for r in rows]
m = re.search(r'<pre id="result">(.*?)</pre>', open(sys.argv[2], encoding="utf-8").read(), re.S)
if not m:
    sys.exit("the script left no result: the page's own script did not run")
got = json.loads(html.unescape(m.group(1)))
want_asc = sorted(n for _, n in written)
problems = []
if [int(x) for x in got["asc"]] != want_asc:
    problems.append(f"ascending: {got['asc']} != {want_asc}")
if [int(x) for x in got["desc"]] != want_asc[::-1]:
    problems.append(f"descending: {got['desc']} != {want_asc[::-1]}")
if got["name"] != sorted((name for name, _ in written), key=str.lower):
    problems.append(f"by name: {got['name']}")
if sorted(got["shown"]) != sorted(name for name, _ in written if "Telemark" in name):
    problems.append(f"filter 'telemark': {got['shown']}")
if len(written) < 3 or len(set(want_asc)) < 3:
    problems.append(f"too few distinct rows to tell an order: {written}")
print("\n".join(problems) or f"ok: {got}")
sys.exit(1 if problems else 0)
PY
"$PLANDIFF" run --quiet --lang en -o "$TEST_TMP/en" corpus >/dev/null 2>&1
browse "file://$TEST_TMP/en/kommune-porsgrunn.html" "$TEST_TMP/en.dom" --dump-dom
sed -e 's/<q>[^<]*<\/q>//g' -e 's/<[^>]*>/ /g' "$TEST_TMP/en.dom" | grep -qwE 'pagaende|igangsatt|gjennomfort|avsluttet' &&
  fail "browser: English page shows no status codes" || pass "browser: English page shows no status codes"
grep -q '>ongoing<' "$TEST_TMP/en.dom" && pass "browser: English statuses in words" || fail "browser: English statuses in words"
