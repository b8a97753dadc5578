# data_dictionary.sh — docs/data.md describes every table column by column:
# each column of each table plandiff writes (a run's tables, export facts
# and measures, kwic, candidates, evaluate, RUN.tsv) has a row in its
# section's table, and the section names no column the table lacks.
. tests/lib.sh

o="$TEST_TMP"
"$PLANDIFF" run --no-cache -o "$o/r" corpus 2>/dev/null
"$PLANDIFF" export facts -o "$o/facts.tsv" "$o"/r/plans/*.xml 2>/dev/null
"$PLANDIFF" export measures -o "$o/export-measures.tsv" "$o"/r/plans/*.xml 2>/dev/null
"$PLANDIFF" kwic -o "$o/kwic.tsv" tibir corpus 2>/dev/null
"$PLANDIFF" candidates -o "$o/candidates.tsv" corpus 2>/dev/null
"$PLANDIFF" evaluate -o "$o/evaluate.tsv" tests/fixtures/truth/corpus.tsv "$o"/r/plans/*.xml >/dev/null 2>&1

# section heading word -> table file
python3 - "$o" <<'PY' >"$o/report" 2>&1 && pass "docs/data.md: every table's columns, and only those" ||
import os, re, sys
o = sys.argv[1]
tables = {
    'facts': 'facts.tsv', 'measures': 'r/measures.tsv', 'matrix': 'r/matrix.tsv',
    'goals': 'r/goals.tsv', 'coverage': 'r/coverage.tsv', 'kwic': 'kwic.tsv',
    'candidates': 'candidates.tsv', 'evaluate': 'evaluate.tsv', 'RUN.tsv': 'r/RUN.tsv',
}
doc = open('docs/data.md', encoding='utf-8').read()
sections = {}
for part in re.split(r'^## ', doc, flags=re.M)[1:]:
    sections[part.split()[0]] = part
bad = []
for name, path in tables.items():
    with open(os.path.join(o, path), encoding='utf-8') as f:
        head = f.readline().rstrip('\n').split('\t')
    sec = sections.get(name)
    if sec is None:
        bad.append(f'no section "## {name}"')
        continue
    named = set()
    for line in sec.splitlines():
        if line.startswith('| `'):
            named.update(re.findall(r'`([^`]+)`', line.split('|')[1]))
    missing = [c for c in head if c not in named]
    extra = sorted(named - set(head))
    if missing:
        bad.append(f'{name}: columns not described: {missing}')
    if extra:
        bad.append(f'{name}: described but not in the table: {extra}')
# export measures is the run's measures table
if open(os.path.join(o, 'export-measures.tsv')).readline() != open(os.path.join(o, 'r/measures.tsv')).readline():
    bad.append('export measures and measures.tsv differ in their header')
print('\n'.join(bad))
sys.exit(1 if bad else 0)
PY
  fail "docs/data.md: every table's columns, and only those" "$(cat "$o/report")"
