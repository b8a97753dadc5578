"""qdpx_check.py FILE.qdpx — checks a REFI-QDA project as tests/cli/qdpx.sh
needs: project.qde is a Project in urn:QDA-XML:project:1.0; every source's
plainTextPath is internal:// and its file is in sources/; every coding's span
(startPosition..endPosition, in characters) holds the quoted words of its
Description (letters and digits compared, so line wraps and markup between
them do not count); every CodeRef and NoteRef resolves; GUIDs are
UUID-shaped and unique. Prints the number of codings."""
import sys, zipfile, xml.etree.ElementTree as ET, re
NS = '{urn:QDA-XML:project:1.0}'
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
assert 'project.qde' in names, names
guid_re = re.compile(r'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')
root = ET.fromstring(z.read('project.qde'))
assert root.tag == NS + 'Project', root.tag
codes = {c.get('guid') for c in root.iter(NS + 'Code')}
notes = {n.get('guid') for n in root.iter(NS + 'Note')}
guids = [e.get('guid') for e in root.iter() if e.get('guid') is not None]
assert all(guid_re.match(g) for g in guids), 'a GUID not UUID-shaped'
assert len(guids) == len(set(guids)), 'a GUID used twice'
alnum = lambda s: ''.join(ch for ch in s.lower() if ch.isalnum())
n = bad = 0
for src in root.iter(NS + 'TextSource'):
    path = src.get('plainTextPath')
    assert path.startswith('internal://'), path
    member = 'sources/' + path[len('internal://'):]
    assert member in names, member
    text = z.read(member).decode('utf-8')
    for sel in src.iter(NS + 'PlainTextSelection'):
        a, b = int(sel.get('startPosition')), int(sel.get('endPosition'))
        desc = sel.find(NS + 'Description').text
        quote = desc.split('; quote: ', 1)[1].rstrip('…')
        n += 1
        if alnum(text[a:b]) != alnum(quote):
            bad += 1
            print('span', a, b, repr(text[a:b]), 'quote', repr(quote))
        for c in sel.iter(NS + 'Coding'):
            assert c.find(NS + 'CodeRef').get('targetGUID') in codes
            assert c.find(NS + 'NoteRef').get('targetGUID') in notes
print(n, 'codings', bad, 'bad')
sys.exit(1 if bad or n == 0 else 0)
