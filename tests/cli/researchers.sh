# researchers.sh — README's "For researchers" example, run: its commands (as
# readme.sh does) then its Python blocks, in one scratch folder; and the
# tables read back unchanged by Python's csv module (quotes, tabs, formulas).
. tests/lib.sh

work="$TEST_TMP/work"
bindir="$TEST_TMP/bin"
mkdir -p "$work" "$bindir"
ln -s "$PLANDIFF" "$bindir/plandiff"
ln -s "$PWD/corpus" "$work/corpus"
awk '/^## For researchers/ {on = 1; next} /^## / {on = 0} on' README.md >"$TEST_TMP/section"
awk '/^```sh$/ {on = 1; next} /^```/ {on = 0} on' "$TEST_TMP/section" >"$TEST_TMP/cmds"
awk '/^```python$/ {on = 1; next} /^```/ {on = 0} on' "$TEST_TMP/section" >"$TEST_TMP/example.py"
[ -s "$TEST_TMP/cmds" ] && [ -s "$TEST_TMP/example.py" ] && pass "README has the researchers' example" ||
  fail "README has the researchers' example"
while IFS= read -r cmd; do
  (cd "$work" && PATH="$bindir:$PATH" bash -o pipefail -c "$cmd") >/dev/null 2>"$TEST_TMP/err" ||
    fail "researchers: $cmd" "$(head -c 1000 "$TEST_TMP/err")"
done <"$TEST_TMP/cmds"
if (cd "$work" && python3 "$TEST_TMP/example.py") >"$TEST_TMP/out" 2>"$TEST_TMP/err"; then
  pass "the README's Python example runs ($(tail -n 1 "$TEST_TMP/out"))"
else
  fail "the README's Python example runs" "$(tail -n 20 "$TEST_TMP/err")"
fi

# every table of the run and the facts read as rectangles with unique keys
python3 - "$work" <<'PY' && pass "python csv reads every table: rectangular, keys unique and filled" || fail "python csv reads every table"
import csv, glob, os, sys
w = sys.argv[1]
for path in glob.glob(os.path.join(w, 'study', '*.tsv')) + [os.path.join(w, 'facts.tsv'), os.path.join(w, 'kwic-tibir.tsv')]:
    with open(path, newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f, delimiter='\t'))
    assert rows and all(len(r) == len(rows[0]) for r in rows), path
with open(os.path.join(w, 'facts.tsv'), newline='', encoding='utf-8') as f:
    facts = list(csv.DictReader(f, delimiter='\t'))
ids = [r['fact_id'] for r in facts]
assert len(ids) == len(set(ids)), 'fact_id not unique'
for r in facts:
    assert r['municipality'] and r['document'] and int(r['line']) >= 1, r
    assert r['kommunenummer'].isdigit() and len(r['kommunenummer']) == 4 and r['county'], r
PY

# facts on their lines: every quote of Larvik's and Nærøysund's plans is on the lines it names
python3 - "$work" <<'PY' && pass "facts: every quote on its lines (Larvik, Nærøysund)" || fail "facts: every quote on its lines"
import csv, os, sys
w = sys.argv[1]
alnum = lambda s: ''.join(c for c in s.lower() if c.isalnum())
with open(os.path.join(w, 'facts.tsv'), newline='', encoding='utf-8') as f:
    facts = [r for r in csv.DictReader(f, delimiter='\t') if r['municipality'] in ('larvik', 'naeroysund')]
assert len(facts) > 100
for r in facts:
    lines = open(os.path.join(w, r['file']), encoding='utf-8').read().split('\n')
    region = ' '.join(lines[int(r['line']) - 1:int(r['end_line']) + 3])
    q = r['quote'][1:] if r['quote'][:2] in ("'=", "'+", "'-", "'@") else r['quote']
    assert alnum(q.rstrip('…')) in alnum(region), (r['fact_id'], r['quote'])
PY

# values with quotes, tabs and formula starts come back as written
sed -e 's|<name>Jeg er meg</name>|<name>"Jeg er meg"\t(=mål)</name>|' \
    "$work/study/plans/larvik-forebyggende-plan-2024.xml" >"$TEST_TMP/odd.xml"
sed -i 's|quote="Jeg er meg"|quote="\&quot;Jeg\&#9;er\&quot; meg"|' "$TEST_TMP/odd.xml"
"$PLANDIFF" export facts "$TEST_TMP/odd.xml" >"$TEST_TMP/odd.tsv" 2>/dev/null
python3 - "$TEST_TMP/odd.tsv" <<'PY' && pass "quotes come back as written, tabs as the documented \\t" || fail "quotes come back as written, tabs as the documented \\t"
import csv, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows = list(csv.DictReader(f, delimiter='\t'))
assert any(r['quote'] == '"Jeg\\ter" meg' for r in rows), [r['quote'] for r in rows][:3]
assert any(r['name'] == '"Jeg er meg"\\t(=mål)' for r in rows)
PY

# every table with a municipality column carries its kommunenummer and
# county, and they agree with the bundled register (data/kommuner.tsv)
ok_keys="every municipality column has kommunenummer and county, as in the register"
python3 - "$work" <<'PY' && pass "$ok_keys" || fail "$ok_keys"
import csv, glob, os, sys
w = sys.argv[1]
with open('data/kommuner.tsv', newline='', encoding='utf-8') as f:
    register = {r['kommunenummer']: r['county'] for r in csv.DictReader((l for l in f if not l.startswith('#')), delimiter='\t')}
paths = sorted(glob.glob(os.path.join(w, 'study', '*.tsv')) + glob.glob(os.path.join(w, 'study', '*.csv')))
paths += [os.path.join(w, 'facts.tsv'), os.path.join(w, 'kwic-tibir.tsv')]
seen = 0
for path in paths:
    with open(path, newline='', encoding='utf-8') as f:
        rows = list(csv.DictReader(f, delimiter=',' if path.endswith('.csv') else '\t'))
    if not rows or 'municipality' not in rows[0]:
        continue
    seen += 1
    for r in rows:
        if not r['municipality']:
            continue
        assert r['kommunenummer'] in register, (path, r['municipality'], r['kommunenummer'])
        assert r['county'] == register[r['kommunenummer']], (path, r['municipality'], r['county'])
assert seen >= 10, seen  # measures, matrix, goals, coverage (tsv, csv), facts, kwic
PY

# same-named documents in two folders: each its own document id in the
# facts, the name its plan got from `run`, so fact ids stay unique
mkdir -p "$TEST_TMP/twin/a" "$TEST_TMP/twin/b"
cp corpus/naroysund-forebyggende-plan.txt "$TEST_TMP/twin/a/plan.txt"
cp corpus/naroysund-forebyggende-plan.txt "$TEST_TMP/twin/b/plan.txt"
"$PLANDIFF" run --no-cache -o "$TEST_TMP/twin-out" "$TEST_TMP/twin/a" "$TEST_TMP/twin/b" 2>/dev/null
"$PLANDIFF" export facts "$TEST_TMP"/twin-out/plans/*.xml >"$TEST_TMP/twin.tsv" 2>/dev/null
python3 - "$TEST_TMP/twin.tsv" "$TEST_TMP/twin-out/plans" <<'PY' && pass "same-named documents: unique document ids, their plans' names" || fail "same-named documents: unique document ids, their plans' names"
import csv, os, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows = list(csv.DictReader(f, delimiter='\t'))
docs = {}
for r in rows:
    docs.setdefault(r['document'], set()).add(r['file'])
plans = sorted(n[:-4] for n in os.listdir(sys.argv[2]))
assert sorted(docs) == plans and len(plans) == 2, (sorted(docs), plans)
assert all(len(files) == 1 for files in docs.values()), docs
ids = [r['fact_id'] for r in rows]
assert len(ids) == len(set(ids)) and len(ids) > 20, len(ids)
PY
