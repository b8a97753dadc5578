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

# Words, not codes: the bundled corpus in both languages. SOURCE_DATE_EPOCH
# fixes the footer's date, so two renderings are byte-identical.
export SOURCE_DATE_EPOCH=86400
C="$T/corpus"
"$PLANDIFF" run --quiet -o "$C/nb" corpus >/dev/null 2>&1
"$PLANDIFF" run --quiet --lang en -o "$C/en" corpus >/dev/null 2>&1
"$PLANDIFF" render --quiet -o "$C/again" "$C/nb/comparison.xml" "$C/nb"/plans/*.xml
same=1
for f in "$C/nb"/*.html; do cmp -s "$f" "$C/again/$(basename "$f")" || same=0; done
[ $same = 1 ] && pass "with SOURCE_DATE_EPOCH two renderings are byte-identical" ||
  fail "with SOURCE_DATE_EPOCH two renderings are byte-identical"
expect_file_matches "the footer names version and date" "$C/nb/index.html" \
  "<footer>Laget av plandiff [0-9.]+ den <time datetime=\"1970-01-02\">1970-01-02</time>"
expect_file_matches "English footer" "$C/en/kommune-larvik.html" "<footer>Made by plandiff [0-9.]+ on <time"
# what a page says in its own words: no tags, style, script, quotes from the
# plans (<q>, the quoted source lines of <blockquote>) or file paths
text() {
  perl -0pe 's/<(style|script|q|blockquote)\b.*?<\/\1>//gs; s/<[^>]*>/ /g; s#\S*/\S*##g; s/\s+/ /g' "$1"
}
codes='\b(pagaende|igangsatt|gjennomfort|avsluttet|annet|planlagt|anbefalt|familiehelsetjenester|naeroysund|planprogram)\b'
bad=""
for f in "$C/en"/*.html; do # the source views hold the plans' own text
  case $f in */kilde-*) continue ;; esac
  text "$f" | grep -qiwE "$codes" && bad="$bad $(basename "$f")"
done
[ -z "$bad" ] && pass "English pages show no status, service or municipality codes" ||
  fail "English pages show no status, service or municipality codes" "$bad"
expect_file_matches "statuses in English" "$C/en/kommune-porsgrunn.html" '<td>ongoing</td>'
expect_file_matches "statuses in bokmål" "$C/nb/kommune-porsgrunn.html" '<td>pågår</td>'
expect_file_matches "services by name" "$C/nb/program-cos-p.html" '<td>Familiehelsetjenester</td>'
expect_file_matches "borrowing cards name peers" "$C/nb/kommune-naeroysund.html" \
  '<b><a href="kommune-porsgrunn.html">Porsgrunn</a></b>'
text "$C/nb/par-larvik-porsgrunn.html" | grep -qE 'Samlet likhet: +0\.[0-9]+ +\(0 = ingenting felles, 1 = helt like\)\. +De har (lite|en del|mye) felles\.' &&
  pass "pair page: similarity in words" || fail "pair page: similarity in words"
expect_file_matches "pair page: its parts named" "$C/en/par-larvik-porsgrunn.html" \
  'programmes \(with families\) <b>0\.[0-9]+</b>'
expect_file_matches "pair page: programmes by name" "$C/nb/par-larvik-porsgrunn.html" '<td>COS-P, Home-Start'
grep -q 'barnehag mestr' "$C/nb"/par-*.html && fail "pair pages show no word stems" || pass "pair pages show no word stems"
expect_file_matches "profile numbers labelled" "$C/nb/index.html" '>[0-9]+ universelle · [0-9]+ selektive · [0-9]+ indiserte'
expect_file_matches "heatmap column names in full" "$C/nb/index.html" 'rotate\(-45[^>]*>Nærøysund</text>'
expect_file_matches "document types in words" "$C/en/index.html" 'Planning programme 2023: corpus/'
expect_file_matches "BTI levels with their labels" "$C/nb/kommune-larvik.html" '<li>nivå 1: Tiltak i egen tjeneste</li>'

# Uncertain facts: a level that rests on a colour heading is shown as
# "usikkert" with the words it rests on; the § 15-1 section quotes the
# strongest evidence in context and names its strength.
sed 's|quote="Grønt"/>|quote="Grønt" evidence="colour"/>|' "$C/nb/plans/larvik-forebyggende-plan-2024.xml" >"$T/weak.xml"
"$PLANDIFF" render --quiet -o "$C/weak" "$C/nb/comparison.xml" "$T/weak.xml" "$C/nb"/plans/[nps]*.xml
expect_file_matches "a level on a colour heading is uncertain" "$C/weak/kommune-larvik.html" \
  'class="weak">usikkert</span><div class="prov">nivået er hentet fra en fargeoverskrift:'
# Larvik's appendix gives levels by colour headings (GRØNT/GULT/RØDT): weak evidence, shown as such.
grep -q 'class="weak">usikkert</span><div' "$C/nb/kommune-larvik.html" &&
  pass "the bundled plan's colour-heading levels are uncertain" ||
  fail "the bundled plan's colour-heading levels are uncertain"
expect_file_matches "§ 15-1: the strongest evidence first, with its strength" "$C/nb/kommune-larvik.html" \
  '<th>Oppgavefordeling</th><td class="found">Funnet</td><td><div><b>Sterkt belegg</b>: en rad i en tabell'
expect_file_matches "§ 15-1: found on headings alone is uncertain" "$C/nb/kommune-larvik.html" \
  '<th>Organisering</th><td class="found">Funnet<span class="weak">bare svakt belegg'
# Porsgrunn's own section on the division of tasks heads the evidence, not
# a sentence on one coordinator elsewhere (l.770, shown after it as weak).
expect_file_matches "§ 15-1: the plan's own section before sentences in passing" "$C/nb/kommune-porsgrunn.html" \
  '<th>Oppgavefordeling</th><td class="found">Funnet</td><td><div><b>Sterkt belegg</b>: en setning</div>[^§]*porsgrunn-forebyggende-plan.txt:1057'
expect_file_matches "§ 15-1: a sentence in passing is uncertain" "$C/nb/kommune-porsgrunn.html" \
  'porsgrunn-forebyggende-plan.txt:770</a>[^<]*<q>[^<]*</q></span><span class="weak" title="aside">usikkert: en setning i forbifarten'
# A planning programme's words are about the plan to come, and "vil kunne
# bidra" states no fact: no strong evidence on Sandefjord's page.
expect_file_matches "§ 15-1: a planning programme's evidence is labelled as such" "$C/nb/kommune-sandefjord.html" \
  '<th>Samarbeid</th><td class="not-yet">[^<]*</td><td><div><b>Det planprogrammet sier'
grep -q 'usikkert: en setning i forbifarten[^<]*</span><span class="prov"> · ' "$C/nb/kommune-porsgrunn.html" &&
  fail "weak evidence is named once" || pass "weak evidence is named once"
expect_file_matches "§ 15-1: what may come is uncertain" "$C/nb/kommune-sandefjord.html" \
  'title="tentative">usikkert: en setning om hva som kan komme'
grep -q 'Sterkt belegg' "$C/nb/kommune-sandefjord.html" &&
  fail "a planning programme shows no strong evidence" || pass "a planning programme shows no strong evidence"
# Model families and covered programmes: plandiff's grouping, said so.
expect_file_matches "a model's family by the thesaurus only is plandiff's" "$C/nb/kommune-porsgrunn.html" \
  'Fra bekymring til handling \(Bedre tverrfaglig innsats – plandiffs inndeling, ikke planens ord\)'
expect_file_matches "a model's family the plan names is not marked" "$C/nb/kommune-larvik.html" \
  'SE MEG \(Bedre tverrfaglig innsats\)</h3>'
expect_file_matches "a covered programme is marked as inferred" "$C/nb/program-pmto.html" \
  'dekket av <a[^>]*>TIBIR</a>[^<]*<span class="prov"> \(plandiffs slutning'
# Risk factors: the fullest naming, not a short alias in another sense.
expect_file_matches "a risk factor's fullest naming is cited" "$C/nb/kommune-larvik.html" \
  'larvik-forebyggende-plan-2024.md:226</a> — <q>Alvorlige krenkelser</q>'
expect_file_matches "§ 15-1: the quote in context" "$C/nb/kommune-larvik.html" \
  '<blockquote class="ctx">[^§]*<mark>Barn og unge i Larvik skal oppleve'

# The adviser's view: responsibility matrix, risk factors, flags, county view.
expect_file_matches "responsibility matrix by risk area and level" "$C/nb/kommune-larvik.html" \
  '<th>Skadelig psykososialt miljø i skoler og barnehager</th><td>[^<]*<span title="[^"]*">Barnehage'
expect_file_matches "risk factors named" "$C/en/kommune-larvik.html" 'Risk factors the plan names'
expect_file_matches "flag: repealed § 3-1 in a 2024 plan" "$C/nb/kommune-larvik.html" \
  '<li class="flag">Viser til den opphevede § 3-1'
expect_file_matches "flag: a planning programme" "$C/en/kommune-sandefjord.html" \
  '<li class="flag">Only a planning programme'
grep -q 'Viser til den opphevede' "$C/nb/kommune-naeroysund.html" &&
  fail "no § 3-1 flag for a 2022 plan" || pass "no § 3-1 flag for a 2022 plan"
county=$(tr '\n' ' ' <"$C/nb/index.html" | grep -o '<table id="county-flags">.*' | sed 's#</table>.*##')
grep -q '<th colspan="2">Vestfold</th>.*Larvik.*Sandefjord.*Bare et planprogram' <<<"$county" &&
  pass "county view lists each municipality's flags" || fail "county view lists each municipality's flags" "$county"

# Everyone: citations open a source view at the quoted line; big tables are
# sortable (the script is inline; the table is whole without it); the
# planner sees programme facts, local measures with status and responsible.
expect_file_matches "citations link to the source view at the line" "$C/nb/kommune-larvik.html" \
  '<a class="cite" href="kilde-larvik-forebyggende-plan-2024-md.html#L119">corpus/larvik-forebyggende-plan-2024.md:119</a>'
line119=$(sed -n 119p corpus/larvik-forebyggende-plan-2024.md | cut -c1-40)
grep -qF "<div id=\"L119\"><a class=\"n\" href=\"#L119\">119</a><span>$line119" "$C/nb/kilde-larvik-forebyggende-plan-2024-md.html" &&
  pass "the source view holds line 119 under its anchor" || fail "the source view holds line 119 under its anchor"
expect_file_matches "tables are sortable" "$C/nb/kommune-porsgrunn.html" '<table id="local-measures" class="sortable"'
expect_file_matches "local measures with status" "$C/nb/kommune-porsgrunn.html" '<table id="local-measures".*<td>(pågår|igangsatt|gjennomført|planlagt)</td>'
expect_file_matches "programme page: what the thesaurus says" "$C/nb/program-cos-p.html" '<th>Målgruppe</th><td>Foreldre'
expect_file_matches "programme page: source links" "$C/nb/program-cos-p.html" '<a href="https://ungsinn.no/[^"]*" rel="noreferrer">'
expect_file_matches "borrowing cards: peers' similarity" "$C/nb/kommune-larvik.html" '<span class="prov">likhet 0\.[0-9]+</span>'

# render --thesaurus: the pages take names and facts from the thesaurus the
# plans were made with, not always the bundled one.
sed 's#<target-group>Foreldre til barn 0-7 år#<target-group>Egen målgruppe fra testtesaurusen#' thesaurus/thesaurus.xml >"$T/own-thesaurus.xml"
mkdir -p "$T/own"
cp corpus/naroysund-forebyggende-plan.txt corpus/porsgrunn-forebyggende-plan.txt "$T/own/"
expect_status "run --thesaurus" 0 "$PLANDIFF" run --quiet --thesaurus "$T/own-thesaurus.xml" -o "$T/own-run" "$T/own"
expect_file_matches "... the pages show that thesaurus's facts" "$T/own-run/program-cos-p.html" 'Egen målgruppe fra testtesaurusen'
expect_status "render --thesaurus" 0 "$PLANDIFF" render --quiet --thesaurus "$T/own-thesaurus.xml" -o "$T/own-render" "$T/own-run/comparison.xml" "$T/own-run"/plans/*.xml
expect_file_matches "... the pages show that thesaurus's facts" "$T/own-render/program-cos-p.html" 'Egen målgruppe fra testtesaurusen'
expect_status "render without --thesaurus" 0 "$PLANDIFF" render --quiet -o "$T/own-default" "$T/own-run/comparison.xml"
grep -q 'Egen målgruppe' "$T/own-default/program-cos-p.html" && fail "... the bundled thesaurus's facts" || pass "... the bundled thesaurus's facts"
expect_status "render --thesaurus with a file that is not there" 1 "$PLANDIFF" render --thesaurus "$T/none.xml" -o "$T/own-none" "$T/own-run/comparison.xml"
expect_stderr "... names it" "none.xml"

# A PDF's citations show the page beside the line, wherever one is shown.
mkdir -p "$T/pdfc"
cp tests/fixtures/formats/larvik.pdf corpus/porsgrunn-forebyggende-plan.txt "$T/pdfc/"
expect_status "run on a PDF plan" 0 "$PLANDIFF" run --quiet -o "$T/pdf-nb" "$T/pdfc"
expect_file_matches "a PDF citation shows its page (s. N)" "$T/pdf-nb/kommune-larvik.html" 'larvik\.pdf:[0-9]+ \(s\. [0-9]+\)'
without=$(cat "$T/pdf-nb"/*.html | grep -oE 'larvik\.pdf:[0-9]+( \(s\.)?' | grep -vc '(s\.')
[ "$without" = 0 ] && pass "... on every page and in every citation" || fail "... on every page and in every citation" "$without without a page"
expect_status "run on a PDF plan in English" 0 "$PLANDIFF" run --quiet --lang en -o "$T/pdf-en" "$T/pdfc"
expect_file_matches "... (p. N) in English" "$T/pdf-en/kommune-larvik.html" 'larvik\.pdf:[0-9]+ \(p\. [0-9]+\)'

# English pages give the programmes' facts in English where the thesaurus has
# them (every programme of the bundled corpus), and mark bokmål facts as such.
expect_file_matches "English programme facts" "$C/en/program-cos-p.html" '<th>Target group</th><td>Parents of children aged 0-7'
marked=$(grep -l 'in Norwegian' "$C/en"/program-*.html | wc -l)
[ "$marked" = 0 ] && pass "... no bundled programme's facts left in Norwegian" || fail "... no bundled programme's facts left in Norwegian" "$(grep -l 'in Norwegian' "$C/en"/program-*.html)"
grep -v '<target-group lang="en">Parents of children aged 0-7' thesaurus/thesaurus.xml >"$T/nb-only.xml"
expect_status "render in English with a thesaurus lacking an English fact" 0 "$PLANDIFF" render --quiet --lang en --thesaurus "$T/nb-only.xml" -o "$T/nb-only" "$C/en/comparison.xml"
expect_file_matches "... shows the bokmål fact, marked as Norwegian" "$T/nb-only/program-cos-p.html" '<th>Target group</th><td>Foreldre til barn 0-7 år[^<]*<span class="prov">\(in Norwegian\)'
