# odt.sh — OpenDocument text: headings from outline levels and styles, lists
# with their markers, tables with spans, footnotes kept, comments and the
# record of tracked deletions left out, paragraph-number positions; hostile
# ODT files (ZIP bomb, external entity, truncated, no body) end in a clear
# error naming the file. Larvik's plan as ODT: docx.sh.
. tests/lib.sh

T="$TEST_TMP"
# A hand-made ODT holding each construct once.
python3 - "$T" <<'PY'
import sys, zipfile
t = sys.argv[1]
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:xlink="http://www.w3.org/1999/xlink"')
def odt(path, content, styles=None, mime='application/vnd.oasis.opendocument.text'):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo('mimetype'), mime)
        z.writestr('content.xml', content)
        if styles:
            z.writestr('styles.xml', styles)
body = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content %s>
<office:automatic-styles>
  <style:style style:name="P9" style:family="paragraph" style:parent-style-name="Overskrift"/>
  <text:list-style style:name="N1"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>
</office:automatic-styles>
<office:body><office:text>
<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>
  <text:p>Slettet avsnitt om SLETTET-TILTAK</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:h text:outline-level="1">Forebyggende   plan</text:h>
<text:p text:style-name="P9">Tiltak etter style</text:p>
<text:p>Kommunen bruker <text:span>PMTO</text:span>.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Se fotnote om Tibir.</text:p></text:note-body></text:note><office:annotation><dc:creator>A</dc:creator><text:p>KOMMENTAR-TEKST</text:p></office:annotation><text:change text:change-id="c1"/> Les <text:a xlink:href="https://example.org/plan">planen</text:a>.</text:p>
<text:list text:style-name="N1">
  <text:list-item><text:p>Første punkt</text:p></text:list-item>
  <text:list-item><text:p>Andre punkt</text:p><text:list><text:list-item><text:p>Underpunkt</text:p></text:list-item></text:list></text:list-item>
</text:list>
<text:table-of-content><text:index-body><text:p>INNHOLD-LINJE 3</text:p></text:index-body></text:table-of-content>
<table:table>
  <table:table-header-rows><table:table-row>
    <table:table-cell><text:p>Tiltak</text:p></table:table-cell>
    <table:table-cell table:number-columns-spanned="2"><text:p>Ansvar og status</text:p></table:table-cell>
    <table:covered-table-cell/>
  </table:table-row></table:table-header-rows>
  <table:table-row>
    <table:table-cell table:number-rows-spanned="2"><text:p>PMTO</text:p></table:table-cell>
    <table:table-cell><text:p>Barnevernstjenesten</text:p></table:table-cell>
    <table:table-cell><text:p>Pågående</text:p></table:table-cell>
  </table:table-row>
  <table:table-row>
    <table:covered-table-cell/>
    <table:table-cell><text:p>Helsestasjonen</text:p></table:table-cell>
    <table:table-cell><text:p>Planlagt</text:p></table:table-cell>
  </table:table-row>
</table:table>
</office:text></office:body></office:document-content>''' % NS
styles = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles %s><office:styles>
  <style:style style:name="Overskrift" style:family="paragraph" style:default-outline-level="2"/>
</office:styles></office:document-styles>''' % NS
odt(t + '/plan.odt', body, styles)
odt(t + '/bomb.odt', '<office:document-content %s><office:body><office:text><text:p>' % NS + 'a' * (64 << 20) + '</text:p></office:text></office:body></office:document-content>')
odt(t + '/xxe.odt', '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><office:document-content %s><office:body><office:text><text:p>&x;</text:p></office:text></office:body></office:document-content>' % NS)
odt(t + '/nobody.odt', '<office:document-content %s/>' % NS)
with zipfile.ZipFile(t + '/nocontent.odt', 'w') as z:
    z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text')
    z.writestr('styles.xml', '<x/>')
odt(t + '/sheet.odt', '<x/>', mime='application/vnd.oasis.opendocument.spreadsheet')
PY

expect_status "read a hand-made ODT" 0 "$PLANDIFF" read "$T/plan.odt"
expect_stdout "positions are paragraph numbers" 'format="odt" encoding="UTF-8" positions="paragraph"'
expect_stdout "... heading text" '<heading line="1" end-line="1" kind="style">Forebyggende plan</heading>'
expect_stdout "a paragraph style with a default outline level is a heading" \
  '<heading line="2" end-line="2" kind="style">Tiltak etter style</heading>'
expect_stdout "the footnote is kept as a paragraph at the citing paragraph" '<p line="3" end-line="3">Se fotnote om Tibir.</p>'
expect_stdout "the citing paragraph without the note's number and comment" '<p line="3" end-line="3">Kommunen bruker PMTO\. Les <link href="https://example.org/plan">planen</link>\.</p>'
expect_stdout "numbered list items carry their numbers" '<item line="4" end-line="4" marker="1\.">Første punkt</item>'
expect_stdout "a nested list item is an item" 'marker="[0-9•.]+">Underpunkt</item>'
expect_stdout "a column span is one cell with colspan" '<cell line="[0-9]+" end-line="[0-9]+" colspan="2">Ansvar og status</cell>'
expect_stdout "a row span's covered cell repeats the cell above" '<cell line="[0-9]+" end-line="[0-9]+" merged="above">PMTO</cell>'
if grep -Eq 'SLETTET-TILTAK|KOMMENTAR-TEKST|INNHOLD-LINJE' "$T/out"; then
  fail "tracked deletions, comments and the table of contents are left out" "$(grep -E 'SLETTET|KOMMENTAR|INNHOLD' "$T/out")"
else pass "tracked deletions, comments and the table of contents are left out"; fi
expect_status "the ODT's tree is valid" 0 "$PLANDIFF" normalise --municipality m "$T/plan.odt"

# Hostile ODT files.
expect_status "a ZIP bomb ODT stops at --max-bytes" 1 "$PLANDIFF" read --max-bytes 10M "$T/bomb.odt"
expect_stderr "... with an error naming the file" 'bomb.odt: its parts inflate to more than the limit'
expect_status "an ODT with an external entity is refused" 1 "$PLANDIFF" read "$T/xxe.odt"
expect_stderr "... because it declares a DOCTYPE" 'xxe.odt \(content.xml\).*DOCTYPE'
expect_status "an ODT without a text body is a clear error" 1 "$PLANDIFF" read "$T/nobody.odt"
expect_stderr "... saying so" 'nobody.odt: .*no office:text body'
expect_status "an ODT without content.xml is a clear error" 1 "$PLANDIFF" read "$T/nocontent.odt"
expect_stderr "... saying so" 'nocontent.odt: .*content.xml is missing'
expect_status "an OpenDocument spreadsheet is refused" 1 "$PLANDIFF" read "$T/sheet.odt"
expect_stderr "... saying what it is" 'sheet.odt: not a document plandiff reads: this is an OpenDocument file that is not a text'
head -c 6000 tests/fixtures/formats/larvik.odt >"$T/cut.odt"
expect_status "a truncated ODT is a clear error" 1 "$PLANDIFF" read "$T/cut.odt"
expect_stderr "... naming the file" 'cut.odt: '
