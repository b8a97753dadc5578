# domain_words.sh — the level and status words have one home: the
# thesaurus data, read through the lexicon (lexicon.c). No other C source
# spells one in a string literal (comments may quote them as examples).
# The words are the level and status entries' ids, Norwegian names and
# aliases in thesaurus/thesaurus.xml, so a word added there is checked too.
. tests/lib.sh

check() { # FILE... : prints "file:line: "literal"" for each string that spells a word
  python3 - "$@" <<'PY'
import re, subprocess, sys, xml.etree.ElementTree as ET
words = set()
for e in ET.parse('thesaurus/thesaurus.xml').getroot().iter('entry'):
    if e.get('kind') not in ('level', 'status'):
        continue
    words.add(e.get('id'))
    for n in e.findall('name'):
        if n.get('lang') != 'en':
            words.add(n.text)
    for a in e.findall('alias'):
        words.add(a.text)
words = sorted(w.lower() for w in words if w and len(w) > 2)
pattern = re.compile(r'(?<![\w])(' + '|'.join(map(re.escape, words)) + r')(?![\w])', re.I)
literal = re.compile(r'"(?:[^"\\\n]|\\.)*"')
for path in sys.argv[1:]:
    # comments out, line numbers kept (the preprocessor's own lexing)
    src = subprocess.run(['gcc', '-fpreprocessed', '-dD', '-E', '-x', 'c', path],
                         capture_output=True, text=True).stdout
    line = 0
    for text in src.split('\n'):
        m = re.match(r'# (\d+) ', text)
        if m:
            line = int(m.group(1))
            continue
        for lit in literal.findall(text):
            if pattern.search(lit):
                print('%s:%d: %s' % (path, line, lit))
        line += 1
PY
}

files=$(ls src/*.c include/*.h | grep -v '^src/lexicon\.c$')
found=$(check $files)
[ -z "$found" ] && pass "no level or status word spelled outside the lexicon" ||
  fail "no level or status word spelled outside the lexicon" "$found"

# the check itself finds a planted word (and leaves a comment alone)
printf '/* "Selektiv" in a comment */\nstatic const char *x = "Pågående tiltak";\n' >"$TEST_TMP/planted.c"
found=$(check "$TEST_TMP/planted.c")
case "$found" in
  *planted.c:2:*Pågående*) pass "the check finds a planted status word" ;;
  *) fail "the check finds a planted status word" "got: $found" ;;
esac
