# docx.sh — one plan in every format: the same plan as Markdown, HTML, DOCX,
# ODT and PDF gives the same programmes with the same levels and the same
# goals; a measure table as DOCX, ODT and PDF (printed, with wrapped cells,
# across a page break) comes back row by row; hostile DOCX files end in a
# clear error (hostile ODT files: odt.sh, PDF: pdf.sh).
# Fixtures: tests/fixtures/formats (make-fixtures.sh builds them with pandoc).
. tests/lib.sh

F=tests/fixtures/formats
T="$TEST_TMP"
summary() { # PLAN.xml : programmes with their levels, then the goals
  python3 - "$1" <<'PY'
import sys, xml.etree.ElementTree as ET
t = ET.parse(sys.argv[1])
for m in sorted((m.get('ref'), ' '.join(sorted(l.get('value') or '' for l in m.findall('level'))))
                for m in t.iter('measure') if m.get('ref')):
    print('programme', *m)
for g in sorted(''.join(g.itertext()) for g in t.iter('goal')):
    print('goal', g)
PY
}
for f in corpus/larvik-forebyggende-plan-2024.md "$F/larvik.html" "$F/larvik.docx" "$F/larvik.odt" "$F/larvik.pdf"; do
  b=$(basename "$f")
  expect_status "normalise Larvik's plan as $b" 0 "$PLANDIFF" normalise --municipality larvik -o "$T/$b.xml" "$f"
  summary "$T/$b.xml" >"$T/$b.sum"
done
[ "$(grep -c '^programme' "$T/larvik-forebyggende-plan-2024.md.sum")" -ge 10 ] &&
  pass "the Markdown plan names its programmes" || fail "the Markdown plan names its programmes"
for b in larvik.html larvik.docx larvik.odt larvik.pdf; do
  if cmp -s "$T/larvik-forebyggende-plan-2024.md.sum" "$T/$b.sum"; then
    pass "$b: same programmes, levels and goals as the Markdown"
  else
    fail "$b: same programmes, levels and goals as the Markdown" \
      "$(diff "$T/larvik-forebyggende-plan-2024.md.sum" "$T/$b.sum" | head -n 20)"
  fi
done
run "$PLANDIFF" read "$F/larvik.docx"
expect_stdout "DOCX headings are sections from their heading styles" '<heading line="[0-9]+" end-line="[0-9]+" kind="style">'
expect_stdout "DOCX positions are paragraph numbers" 'format="docx" encoding="UTF-8" positions="paragraph"'

# The measure table: every row a measure with level, status and service from its own row.
for ext in docx odt pdf wrapped.pdf pagebreak.pdf; do
  f="$F/measures.$ext"
  case $ext in *.pdf) f="$F/$ext" ;; esac
  expect_status "normalise the measure table ($ext)" 0 "$PLANDIFF" normalise --municipality m -o "$T/m-$ext.xml" "$f"
  got=$(python3 - "$T/m-$ext.xml" <<'PY'
import sys, xml.etree.ElementTree as ET
# A row is 5 cells = 5 paragraphs (DOCX, ODT) or up to 3 lines (PDF): its
# facts stand within 4 of its name.
ms = list(ET.parse(sys.argv[1]).iter('measure'))
def own_row(m):
    # the row starts at its first mention (a wrapped name is quoted per line)
    at = min((int(x.get('line')) for x in m.findall('mention')), default=-99)
    facts = [m.find(k) for k in ('level', 'status', 'responsible')]
    return all(f is not None and at <= int(f.get('line')) <= at + 4 for f in facts)
print(sum(own_row(m) for m in ms), len(ms))
PY
  )
  read -r full all <<<"$got"
  if [ "$all" -eq 10 ] && [ $((full * 100)) -ge $((all * 95)) ]; then
    pass "$ext measure table: $full of $all rows with level, status and service from their own row"
  else
    fail "$ext measure table: rows with level, status and service" "$full of $all"
  fi
done

# Hostile DOCX files.
mkdir -p "$T/bomb/word" "$T/xxe/word"
python3 - "$T" <<'PY'
import sys, zipfile
t = sys.argv[1]
with zipfile.ZipFile(t + '/bomb.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<Types/>')
    z.writestr('word/document.xml', '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>' + 'a' * (64 << 20) + '</w:t></w:r></w:p></w:body></w:document>')
with zipfile.ZipFile(t + '/xxe.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<Types/>')
    z.writestr('word/document.xml', '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')
PY
expect_status "a ZIP bomb DOCX stops at --max-bytes" 1 "$PLANDIFF" read --max-bytes 10M "$T/bomb.docx"
expect_stderr "... with an error naming the file" 'bomb.docx: its parts inflate to more than the limit'
expect_status "a DOCX with an external entity is refused" 1 "$PLANDIFF" read "$T/xxe.docx"
expect_stderr "... because it declares a DOCTYPE" 'xxe.docx \(word/document.xml\).*DOCTYPE'
head -c 5000 "$F/larvik.docx" >"$T/cut.docx"
expect_status "a truncated DOCX is a clear error" 1 "$PLANDIFF" read "$T/cut.docx"
expect_stderr "... naming the file" 'cut.docx: '
