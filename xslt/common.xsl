<?xml version="1.0" encoding="UTF-8"?>
<!--
  common.xsl: what every report page shares: the message catalogue (bokmål
  and English; document() is forbidden to our own stylesheets, so the
  catalogue lives here), the page frame with its inline style sheet (no
  external files: the reports work offline and from a zip), level colours
  and the provenance link. Pages import it.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="exsl">
  <xsl:param name="lang" select="'nb'"/>

  <!-- The page list plandiff hands over (src/pages.c): every file name. -->
  <xsl:key name="page" match="/comparison/pages/page" use="concat(@kind, '|', @key)"/>

  <!-- Names for ids, municipalities by id, plans by municipality: the
       context report_context.c attaches for rendering. -->
  <xsl:key name="vocab" match="/comparison/context/vocabulary/entry" use="concat(@kind, '|', @id)"/>
  <xsl:key name="mun" match="/comparison/municipalities/municipality" use="@id"/>
  <xsl:key name="plan-of" match="/comparison/context/plans/plan" use="municipality/@id"/>
  <xsl:key name="plan-doc" match="/comparison/context/plans/plan/document" use="@file"/>
  <!-- What stands at a file and line in the plans, for the strength of
       evidence the comparison does not label; source lines by file. -->
  <xsl:key name="section-at" match="/comparison/context/plans/plan/sections/section" use="concat(@file, '|', @line)"/>
  <xsl:key name="goal-at" match="/comparison/context/plans/plan/goals/goal" use="concat(@file, '|', @line)"/>
  <xsl:key name="entry-at" match="/comparison/context/plans/plan/responsibility-matrix/entry" use="concat(@file, '|', @line)"/>
  <xsl:key name="measure-of" match="/comparison/context/plans/plan/measures/measure[@ref]" use="concat(../../municipality/@id, '|', @ref)"/>
  <xsl:key name="source" match="/comparison/context/sources/source" use="@file"/>
  <!-- The PDF page of a cited line, from the plans (the comparison cites file:line only). -->
  <xsl:key name="page-at" match="/comparison/context/plans/plan//*[@page]" use="concat(@file, '|', @line)"/>
  <xsl:key name="coverage-of" match="/comparison/coverage/plan" use="@municipality"/>
  <xsl:key name="model-of" match="/comparison/cooperation/model" use="@municipality"/>

  <xsl:variable name="catalogue">
    <m id="title" nb="Forebyggende planer – sammenligning" en="Prevention plans – comparison"/>
    <m id="intro" nb="Planer for arbeidet med å forebygge omsorgssvikt og atferdsproblemer (barnevernsloven § 15-1), lest og sammenlignet av plandiff. Hver celle viser til filen og linjen i planen den kommer fra." en="Plans for preventing neglect and behavioural problems (Child Welfare Act § 15-1), read and compared by plandiff. Every cell points to the file and line of the plan it came from."/>
    <m id="municipalities" nb="Kommuner og dokumenter" en="Municipalities and documents"/>
    <m id="municipality" nb="Kommune" en="Municipality"/>
    <m id="documents" nb="Dokumenter" en="Documents"/>
    <m id="measures" nb="Tiltak" en="Measures"/>
    <m id="programmes" nb="Navngitte program" en="Named programmes"/>
    <m id="matrix" nb="Program og kommuner" en="Programmes by municipality"/>
    <m id="matrix-intro" nb="Fargen viser forebyggingsnivået planen gir tiltaket. Velg en celle for sitatet og linjen i planen." en="The colour shows the prevention level the plan gives. Open a cell for the quote and the line in the plan."/>
    <m id="programme" nb="Program" en="Programme"/>
    <m id="runs" nb="kommuner" en="municipalities"/>
    <m id="universell" nb="Universell" en="Universal"/>
    <m id="selektiv" nb="Selektiv" en="Selective"/>
    <m id="indisert" nb="Indisert" en="Indicated"/>
    <m id="none" nb="Uten nivå" en="No level"/>
    <m id="covered" nb="dekket av" en="covered by"/>
    <m id="covered-inferred" nb="plandiffs slutning: programmet inngår i det, planen nevner det ikke selv" en="plandiff's inference: the programme is part of it, the plan does not name it"/>
    <m id="family-inferred" nb="plandiffs inndeling, ikke planens ord" en="plandiff's grouping, not the plan's words"/>
    <m id="legend" nb="Forklaring" en="Legend"/>
    <m id="profile" nb="Forebyggingsprofil" en="Prevention profile"/>
    <m id="profile-intro" nb="Antall tiltak per forebyggingsnivå (et tiltak med to nivåer telles i begge)." en="Measures per prevention level (a measure with two levels counts in both)."/>
    <m id="similarity" nb="Likhet mellom kommuner" en="Similarity of municipalities"/>
    <m id="similarity-intro" nb="Gjennomsnitt av likhet i program, tjenester og ord i målene (0–1). Velg en rute for hva de deler." en="Mean of the similarity of programmes, services and goal words (0–1). Open a square for what they share."/>
    <m id="similarity-intro-peers" nb="Gjennomsnitt av likhet i program, tjenester og ord i målene (0 = ingenting felles, 1 = like). For mange kommuner til et rutenett: her er likheten mellom fylkene og hver kommunes nærmeste." en="Mean of the similarity of programmes, services and goal words (0 = nothing shared, 1 = alike). Too many municipalities for a grid: here are the counties' similarity and each municipality's nearest."/>
    <m id="county-similarity" nb="Likhet mellom fylkene (gjennomsnitt for kommunene)" en="Similarity between counties (mean over their municipalities)"/>
    <m id="nearest" nb="Kommunene som ligner mest" en="The most similar municipalities"/>
    <m id="most-similar" nb="Ligner mest på (likhet 0–1)" en="Most similar to (similarity 0–1)"/>
    <m id="coverage" nb="Lovkravene i barnevernsloven § 15-1" en="What Child Welfare Act § 15-1 asks"/>
    <m id="coverage-intro" nb="Planen skal vise mål for arbeidet, hvordan det organiseres, hvordan det fordeles mellom tjenestene og hvordan de samarbeider." en="The plan must state the goals of the work, how it is organised, how it is divided between the services and how they cooperate."/>
    <m id="goals" nb="Mål" en="Goals"/>
    <m id="organisation" nb="Organisering" en="Organisation"/>
    <m id="division" nb="Oppgavefordeling" en="Division of work"/>
    <m id="cooperation" nb="Samarbeid" en="Cooperation"/>
    <m id="found" nb="Funnet" en="Found"/>
    <m id="missing" nb="Ikke funnet" en="Not found"/>
    <m id="missing-check" nb="plandiff fant det ikke – sjekk planen før du konkluderer" en="plandiff did not find it – check the plan before concluding"/>
    <m id="not-yet" nb="Planprogram" en="Planning programme"/>
    <m id="law" nb="Lovhjemmel" en="Legal basis"/>
    <m id="current" nb="§ 15-1 (gjeldende)" en="§ 15-1 (current)"/>
    <m id="old" nb="§ 3-1 (eldre lov)" en="§ 3-1 (former act)"/>
    <m id="both" nb="§ 15-1 og § 3-1" en="§ 15-1 and § 3-1"/>
    <m id="law-none" nb="ikke oppgitt" en="not cited"/>
    <m id="model" nb="Samhandlingsmodell" en="Cooperation model"/>
    <m id="levels" nb="Nivåer" en="Levels"/>
    <m id="services" nb="Tjenester" en="Services"/>
    <m id="borrow" nb="Lån fra naboene" en="Borrow from peers"/>
    <m id="borrow-intro" nb="Program andre kommuner driver som denne planen ikke nevner, rangert etter hvor mange som driver dem og dokumentert effekt." en="Programmes other municipalities run that this plan does not name, ranked by how many run them and by evidence."/>
    <m id="peers" nb="kommuner driver det" en="municipalities run it"/>
    <m id="peer" nb="kommune driver det" en="municipality runs it"/>
    <m id="kind-goal" nb="mål" en="goal"/>
    <m id="kind-vision" nb="visjon" en="vision"/>
    <m id="kind-subgoal" nb="delmål" en="sub-goal"/>
    <m id="kind-strategy" nb="satsingsområde" en="strategy area"/>
    <m id="use-runs" nb="driver" en="runs"/>
    <m id="use-planned" nb="planlagt" en="planned"/>
    <m id="use-example" nb="som eksempel" en="as an example"/>
    <m id="use-literature" nb="i litteraturen" en="in the literature"/>
    <m id="evidence" nb="Ungsinn-nivå" en="Ungsinn level"/>
    <m id="level" nb="Nivå" en="Level"/>
    <m id="status" nb="Status" en="Status"/>
    <m id="responsible" nb="Ansvar" en="Responsible"/>
    <m id="source" nb="Kilde" en="Source"/>
    <m id="shared" nb="Felles" en="Shared"/>
    <m id="only" nb="Bare i" en="Only in"/>
    <m id="aligned-goals" nb="Mål som ligner" en="Similar goals"/>
    <m id="other-municipality" nb="kommune til har et mål som ligner" en="more municipality has a similar goal"/>
    <m id="other-municipalities" nb="kommuner til har mål som ligner" en="more municipalities have similar goals"/>
    <m id="back" nb="Til oversikten" en="Back to the overview"/>
    <m id="local-measures" nb="Lokale tiltak" en="Local measures"/>
    <m id="local-groups" nb="Lokale tiltak som ligner" en="Local measures alike"/>
    <m id="downloads" nb="Tabeller for regneark" en="Tables for spreadsheets"/>
    <m id="what-they-say" nb="Hva planene sier" en="What the plans say"/>
    <m id="status-pagaende" nb="pågår" en="ongoing"/>
    <m id="status-igangsatt" nb="igangsatt" en="started"/>
    <m id="status-planlagt" nb="planlagt" en="planned"/>
    <m id="status-anbefalt" nb="anbefalt" en="recommended"/>
    <m id="status-gjennomfort" nb="gjennomført" en="completed"/>
    <m id="status-avsluttet" nb="avsluttet" en="ended"/>
    <m id="status-annet" nb="annen status" en="other status"/>
    <m id="doc-plan" nb="Plan" en="Plan"/>
    <m id="doc-planprogram" nb="Planprogram" en="Planning programme"/>
    <m id="doc-presentation" nb="Presentasjon" en="Presentation"/>
    <m id="doc-other" nb="Annet dokument" en="Other document"/>
    <m id="made-by" nb="Laget av plandiff" en="Made by plandiff"/>
    <m id="made-on" nb="den" en="on"/>
    <m id="made-with-thesaurus" nb="med tesaurus" en="with thesaurus"/>
    <m id="checksums" nb="Kontrollsummer (SHA-256) for dokumentene" en="Checksums (SHA-256) of the documents"/>
    <m id="ungsinn-5" nb="sterk dokumentasjon på effekt" en="strong documentation of effect"/>
    <m id="ungsinn-4" nb="god dokumentasjon på effekt" en="satisfactory documentation of effect"/>
    <m id="ungsinn-3" nb="noe dokumentasjon på effekt" en="some documentation of effect"/>
    <m id="ungsinn-2" nb="teoretisk begrunnet" en="theoretically grounded"/>
    <m id="ungsinn-1" nb="godt beskrevet" en="well described"/>
    <m id="ungsinn-0" nb="dokumentert uten effekt" en="documented as ineffective"/>
    <m id="n-universell" nb="universelle" en="universal"/>
    <m id="n-selektiv" nb="selektive" en="selective"/>
    <m id="n-indisert" nb="indiserte" en="indicated"/>
    <m id="n-none" nb="uten nivå" en="without a level"/>
    <m id="model-level" nb="nivå" en="level"/>
    <m id="overall" nb="Samlet likhet" en="Overall similarity"/>
    <m id="sim-scale" nb="(0 = ingenting felles, 1 = helt like)" en="(0 = nothing in common, 1 = alike)"/>
    <m id="sim-programmes" nb="program (med familier)" en="programmes (with families)"/>
    <m id="sim-services" nb="tjenester som nevnes" en="services named"/>
    <m id="sim-goals" nb="ord i målene" en="words in the goals"/>
    <m id="sim-little" nb="De har lite felles." en="They have little in common."/>
    <m id="sim-some" nb="De har en del felles." en="They have some things in common."/>
    <m id="sim-much" nb="De har mye felles." en="They have much in common."/>
    <m id="sim-parts" nb="Likheten er gjennomsnittet av tre deler" en="The similarity is the mean of three parts"/>
    <m id="goal-words" nb="felles ord i målene" en="words shared by the goals"/>
    <m id="goal-word" nb="felles ord i målene" en="word shared by the goals"/>
    <m id="uncertain" nb="usikkert" en="uncertain"/>
    <m id="page-no" nb="s." en="p."/>
    <m id="found-weak" nb="bare svakt belegg – usikkert" en="weak evidence only – uncertain"/>
    <m id="ev-row" nb="en rad i en tabell" en="a table row"/>
    <m id="ev-item" nb="et listepunkt" en="a list item"/>
    <m id="ev-sentence" nb="en setning" en="a sentence"/>
    <m id="ev-heading" nb="bare en overskrift" en="only a heading"/>
    <m id="ev-colour" nb="en fargeoverskrift" en="a colour heading"/>
    <m id="ev-nearby" nb="en linje i nærheten" en="a nearby line"/>
    <m id="ev-aside" nb="en setning i forbifarten (ikke i planens eget avsnitt om dette)" en="a sentence in passing (not in the plan's own section on it)"/>
    <m id="ev-tentative" nb="en setning om hva som kan komme, ikke om hva som er" en="a sentence on what may come, not on what is"/>
    <m id="ev-programme" nb="Det planprogrammet sier (ikke en vedtatt plan)" en="What the planning programme says (not an adopted plan)"/>
    <m id="ev-strong" nb="Sterkt belegg" en="Strong evidence"/>
    <m id="ev-weak" nb="Svakt belegg (usikkert)" en="Weak evidence (uncertain)"/>
    <m id="ev-unknown" nb="Belegg" en="Evidence"/>
    <m id="level-from" nb="nivået er hentet fra" en="the level is taken from"/>
    <m id="value-from" nb="hentet fra" en="taken from"/>
    <m id="partly-uncertain" nb="delvis usikkert" en="partly uncertain"/>
    <m id="requirement" nb="Krav" en="Requirement"/>
    <m id="verdict" nb="Vurdering" en="Verdict"/>
    <m id="best-evidence" nb="Sterkeste belegg, sitert i sammenheng" en="Strongest evidence, quoted in context"/>
    <m id="all-evidence" nb="Alle funn" en="All findings"/>
    <m id="flags" nb="Verdt et brev" en="Worth a letter"/>
    <m id="flags-intro" nb="Forhold en rådgiver hos Statsforvalteren kan ta opp med kommunen." en="Points a regional adviser may raise with the municipality."/>
    <m id="flag-old-law" nb="Viser til den opphevede § 3-1, selv om dokumentet er fra 2023 eller senere: henvisningen bør oppdateres til barnevernsloven § 15-1." en="Cites the repealed § 3-1 although the document is from 2023 or later: the reference should be updated to Child Welfare Act § 15-1."/>
    <m id="flag-no-law" nb="Oppgir ikke lovhjemmelen (barnevernsloven § 15-1)." en="Does not cite its legal basis (Child Welfare Act § 15-1)."/>
    <m id="flag-no-goals" nb="Ingen mål for det forebyggende arbeidet funnet – loven krever det." en="No goals for the preventive work found – the law requires them."/>
    <m id="flag-no-model" nb="Ingen samhandlingsmodell (som BTI) nevnt." en="No cooperation model (such as BTI) named."/>
    <m id="flag-planprogram" nb="Bare et planprogram: materialet har ingen vedtatt plan, selv om plikten har gjeldt siden oppvekstreformen 1. januar 2022." en="Only a planning programme: the material holds no adopted plan, although the duty has applied since the child-welfare reform of 1 January 2022."/>
    <m id="flag-missing" nb="Ikke funnet i planen (sjekk teksten):" en="Not found in the plan (check the text):"/>
    <m id="county-flags" nb="Fylkesoversikt: merknader per kommune" en="County view: each municipality's points"/>
    <m id="county-flags-intro" nb="Kommunene i hvert fylke med forholdene som er verdt et brev." en="The municipalities of each county with the points worth a letter."/>
    <m id="no-flags" nb="ingen merknader" en="no points"/>
    <m id="no-county" nb="Uten fylke" en="No county"/>
    <m id="responsibility" nb="Ansvar per risikoområde og nivå" en="Responsibility by risk area and level"/>
    <m id="responsibility-intro" nb="Hvilke tjenester planen gir ansvar på hvert forebyggingsnivå (oppgavefordelingen)." en="Which services the plan makes responsible at each prevention level (the division of work)."/>
    <m id="risk-area" nb="Risikoområde" en="Risk area"/>
    <m id="risk-factors" nb="Risikofaktorer planen nevner" en="Risk factors the plan names"/>
    <m id="risk-factors-intro" nb="Kvellos risikofaktorer slik planen omtaler dem; tallet er hvor mange steder." en="Kvello's risk factors as the plan mentions them; the number is how many places."/>
    <m id="source-intro" nb="Teksten slik plandiff leste den; linjenumrene er dem sitatene viser til." en="The text as plandiff read it; the line numbers are those the citations give."/>
    <m id="open-source" nb="vis linjen i teksten" en="show the line in the text"/>
    <m id="filter" nb="Filtrer" en="Filter"/>
    <m id="sort-hint" nb="Klikk en kolonneoverskrift for å sortere." en="Click a column heading to sort."/>
    <m id="about" nb="Om programmet" en="About the programme"/>
    <m id="target-group" nb="Målgruppe" en="Target group"/>
    <m id="evidence-text" nb="Dokumentasjon" en="Evidence"/>
    <m id="owner" nb="Eier" en="Owner"/>
    <m id="note" nb="Merknad" en="Note"/>
    <m id="sources" nb="Kilder" en="Sources"/>
    <m id="in-norwegian" nb="" en="(in Norwegian)"/>
    <m id="county" nb="Fylke" en="County"/>
    <m id="same-county" nb="samme fylke" en="same county"/>
    <m id="likeness" nb="likhet" en="similarity"/>
  </xsl:variable>
  <xsl:variable name="msgs" select="exsl:node-set($catalogue)/m"/>
  <xsl:variable name="filter"><xsl:call-template name="msg"><xsl:with-param name="id" select="'filter'"/></xsl:call-template></xsl:variable>

  <!-- A message by id: looked up by key inside the catalogue (the
       for-each makes it the context document), not by a scan of every
       message, since pages call this hundreds of thousands of times. -->
  <xsl:key name="msg" match="/m" use="@id"/>
  <xsl:template name="msg">
    <xsl:param name="id"/>
    <xsl:variable name="key" select="string($id)"/>
    <xsl:for-each select="$msgs[1]">
      <xsl:variable name="m" select="key('msg', $key)"/>
      <xsl:choose>
        <xsl:when test="$lang = 'en'"><xsl:value-of select="$m/@en"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$m/@nb"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <xsl:variable name="css">
    :root { --u:#2e7d32; --s:#f9a825; --i:#c62828; --n:#9e9e9e; --ink:#1b1b1b; --mute:#5f6368; --line:#dadce0; }
    * { box-sizing: border-box; }
    body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); margin: 0; background: #fafafa; }
    header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
    header { padding-top: 20px; }
    h1 { font-size: 1.6rem; margin: 0 0 4px; }
    h2 { font-size: 1.2rem; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
    p.intro { color: var(--mute); max-width: 60rem; margin: 4px 0 12px; }
    nav a { margin-right: 16px; }
    a { color: #1a56a8; }
    table { border-collapse: collapse; background: #fff; }
    th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
    th { background: #f1f3f4; font-weight: 600; }
    th.group { background: #e3e8ef; font-weight: 700; }
    td.lv { text-align: center; min-width: 7.5rem; }
    .badge { display: inline-block; padding: 0 6px; border-radius: 4px; color: #fff; font-size: .85rem; margin: 1px; }
    .universell { background: var(--u); } .selektiv { background: var(--s); color: #1b1b1b; } .indisert { background: var(--i); } .none { background: var(--n); }
    .covered { color: var(--mute); font-style: italic; font-size: .85rem; }
    details summary { cursor: pointer; list-style: none; }
    details[open] { background: #fffde7; }
    .prov { font-size: .8rem; color: var(--mute); word-break: break-word; }
    q { font-style: italic; }
    .weak { display: inline-block; border: 1px dashed var(--i); color: var(--i); border-radius: 4px; padding: 0 4px; font-size: .8rem; margin-left: 4px; }
    blockquote.ctx { margin: 4px 0; padding: 4px 8px; border-left: 3px solid var(--line); background: #fff; font-size: .9rem; }
    blockquote.ctx mark { background: #fff59d; }
    .flags ul { padding-left: 1.2rem; } li.flag { margin: 4px 0; }
    .src div { font: 13px/1.45 ui-monospace, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; padding-left: 4.5em; text-indent: -4.5em; }
    .src a.n { display: inline-block; width: 4em; margin-right: .5em; text-align: right; color: var(--mute); text-decoration: none; text-indent: 0; }
    .src div:target { background: #fff59d; outline: 2px solid #f9a825; }
    input.filter { margin: 4px 0 8px; padding: 3px 6px; font: inherit; }
    th[data-sort] { cursor: pointer; } th[data-sort]::after { content: " \2195"; color: var(--mute); }
    .found { color: var(--u); font-weight: 600; } .missing { color: var(--i); font-weight: 600; } .not-yet { color: var(--mute); }
    .legend span { margin-right: 12px; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 12px; }
    .card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
    .card h3 { margin: 0 0 4px; font-size: 1rem; }
    footer { color: var(--mute); font-size: .85rem; padding: 32px 24px; }
    svg text { font: 12px system-ui, Arial, sans-serif; }
    @media print { body { background: #fff; font-size: 11pt; } nav, details:not([open]) .prov { display: none; } a { color: inherit; text-decoration: none; } h2 { break-after: avoid; } table, .card, svg { break-inside: avoid; } }
  </xsl:variable>

  <!-- Sorting and filtering of the tables marked class="sortable", added
       by this small script: without it (printing, scripts off) the page
       still reads in full. A click on a heading sorts by that column
       (numbers as numbers), a second click reverses; the box above a table
       keeps the rows that contain its words. -->
  <xsl:variable name="script">
(function () {
  function key(td) { var t = td ? td.textContent.trim() : ''; var n = parseFloat(t.replace(',', '.')); return isNaN(n) || !/^[-0-9.,]/.test(t) ? t.toLowerCase() : n; }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var head = table.rows[0]; if (!head) return;
    var body = table.tBodies[0];
    Array.prototype.forEach.call(head.cells, function (th, col) {
      th.setAttribute('data-sort', '');
      th.addEventListener('click', function () {
        var rows = Array.prototype.slice.call(body.rows, 1);
        var dir = th.getAttribute('data-sort') === 'asc' ? -1 : 1;
        Array.prototype.forEach.call(head.cells, function (h) { h.setAttribute('data-sort', ''); });
        th.setAttribute('data-sort', dir === 1 ? 'asc' : 'desc');
        rows.sort(function (a, b) { var x = key(a.cells[col]), y = key(b.cells[col]); return (x &gt; y ? 1 : x &lt; y ? -1 : 0) * dir; });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    var box = document.createElement('input');
    box.type = 'search'; box.className = 'filter'; box.placeholder = table.getAttribute('data-filter') || '';
    box.setAttribute('aria-label', box.placeholder);
    box.addEventListener('input', function () {
      var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
      Array.prototype.slice.call(body.rows, 1).forEach(function (r) {
        var t = r.textContent.toLowerCase();
        r.style.display = words.every(function (w) { return t.indexOf(w) !== -1; }) ? '' : 'none';
      });
    });
    table.parentNode.insertBefore(box, table);
  });
})();
  </xsl:variable>

  <!-- The page frame around the current node's body (mode "body"). -->
  <xsl:template name="page">
    <xsl:param name="title"/>
    <xsl:param name="home" select="false()"/> <!-- the index: no link back to itself -->
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <style><xsl:value-of select="$css"/></style>
      </head>
      <body>
        <header>
          <xsl:if test="not($home)"><nav><xsl:call-template name="link"><xsl:with-param name="kind" select="'index'"/><xsl:with-param name="key" select="'index'"/><xsl:with-param name="text"><xsl:call-template name="msg"><xsl:with-param name="id" select="'back'"/></xsl:call-template></xsl:with-param></xsl:call-template></nav></xsl:if>
          <h1><xsl:value-of select="$title"/></h1>
        </header>
        <main><xsl:apply-templates select="." mode="body"/></main>
        <xsl:call-template name="footer"/>
        <script><xsl:value-of select="$script"/></script>
      </body>
    </html>
  </xsl:template>

  <!-- The name of the vocabulary entry KIND|ID in the page's language
       (bokmål when the entry has no such name), else the id itself. -->
  <xsl:template name="term">
    <xsl:param name="kind"/>
    <xsl:param name="id"/>
    <xsl:variable name="e" select="key('vocab', concat($kind, '|', $id))"/>
    <xsl:choose>
      <xsl:when test="$e/name[@lang = $lang]"><xsl:value-of select="$e/name[@lang = $lang]"/></xsl:when>
      <xsl:when test="$e/name[@lang = 'nb']"><xsl:value-of select="$e/name[@lang = 'nb']"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A municipality's name from its id (the id when it has none). -->
  <xsl:template name="mname">
    <xsl:param name="id"/>
    <xsl:variable name="m" select="key('mun', $id)"/>
    <xsl:choose>
      <xsl:when test="$m/@name"><xsl:value-of select="$m/@name"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A municipality's name linked to its page. -->
  <xsl:template name="mlink">
    <xsl:param name="id"/>
    <xsl:call-template name="link"><xsl:with-param name="kind" select="'municipality'"/><xsl:with-param name="key" select="$id"/>
      <xsl:with-param name="text"><xsl:call-template name="mname"><xsl:with-param name="id" select="$id"/></xsl:call-template></xsl:with-param></xsl:call-template>
  </xsl:template>

  <!-- A status value (pagaende, ...) in words. -->
  <xsl:template name="status">
    <xsl:param name="value"/>
    <xsl:if test="normalize-space($value) != ''">
      <xsl:variable name="m"><xsl:for-each select="$msgs[1]"><xsl:if test="key('msg', concat('status-', $value))">1</xsl:if></xsl:for-each></xsl:variable>
      <xsl:choose>
        <xsl:when test="$m = '1'"><xsl:call-template name="msg"><xsl:with-param name="id" select="concat('status-', $value)"/></xsl:call-template></xsl:when>
        <xsl:otherwise><xsl:call-template name="term"><xsl:with-param name="kind" select="'status'"/><xsl:with-param name="id" select="$value"/></xsl:call-template></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- A document type (plan, planprogram, ...) in words. -->
  <xsl:template name="doc-type">
    <xsl:param name="value"/>
    <xsl:call-template name="msg"><xsl:with-param name="id" select="concat('doc-', $value)"/></xsl:call-template>
    <xsl:variable name="known"><xsl:for-each select="$msgs[1]"><xsl:if test="key('msg', concat('doc-', $value))">1</xsl:if></xsl:for-each></xsl:variable>
    <xsl:if test="$known != '1'"><xsl:value-of select="$value"/></xsl:if>
  </xsl:template>

  <!-- An Ungsinn evidence level with what it means. -->
  <xsl:template name="ungsinn">
    <xsl:param name="value"/>
    <xsl:call-template name="msg"><xsl:with-param name="id" select="'evidence'"/></xsl:call-template>
    <xsl:text> </xsl:text><xsl:value-of select="$value"/>
    <xsl:if test="$msgs[@id = concat('ungsinn-', $value)]"> (<xsl:call-template name="msg"><xsl:with-param name="id" select="concat('ungsinn-', $value)"/></xsl:call-template>)</xsl:if>
  </xsl:template>

  <!-- A space-separated list of services: each known service id by its
       name, comma-separated; words that are no service id (a plan's own
       wording) as they are. -->
  <xsl:template name="services">
    <xsl:param name="list"/>
    <xsl:param name="prev-known" select="false()"/>
    <xsl:param name="first" select="true()"/>
    <xsl:variable name="l" select="normalize-space($list)"/>
    <xsl:if test="$l != ''">
      <xsl:variable name="w" select="substring-before(concat($l, ' '), ' ')"/>
      <xsl:variable name="known" select="boolean(key('vocab', concat('service|', $w)))"/>
      <xsl:if test="not($first)">
        <xsl:choose><xsl:when test="$known and $prev-known">, </xsl:when><xsl:otherwise><xsl:text> </xsl:text></xsl:otherwise></xsl:choose>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$known"><xsl:call-template name="term"><xsl:with-param name="kind" select="'service'"/><xsl:with-param name="id" select="$w"/></xsl:call-template></xsl:when>
        <xsl:otherwise><xsl:value-of select="$w"/></xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="services">
        <xsl:with-param name="list" select="substring-after($l, ' ')"/>
        <xsl:with-param name="prev-known" select="$known"/>
        <xsl:with-param name="first" select="false()"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The footer: who made the page, when, and (mode "footer" of the
       page's node) the checksums of the documents it shows. -->
  <xsl:template name="footer">
    <footer>
      <xsl:call-template name="msg"><xsl:with-param name="id" select="'made-by'"/></xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:value-of select="/comparison/context/@version"/>
      <xsl:if test="not(/comparison/context/@version)"><xsl:value-of select="/comparison/generator/@version"/></xsl:if>
      <xsl:if test="/comparison/context/@date">
        <xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="'made-on'"/></xsl:call-template>
        <xsl:text> </xsl:text><time datetime="{/comparison/context/@date}"><xsl:value-of select="/comparison/context/@date"/></time>
      </xsl:if>
      <!-- the thesaurus the plans were made with, and its SHA-256 (the
           version number alone misses a local edit) -->
      <xsl:for-each select="/comparison/generator[@thesaurus-sha256]">
        <xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="'made-with-thesaurus'"/></xsl:call-template>
        <xsl:text> </xsl:text><xsl:value-of select="@thesaurus"/>
        <xsl:text> (SHA-256 </xsl:text><code class="sum"><xsl:value-of select="@thesaurus-sha256"/></code><xsl:text>)</xsl:text>
      </xsl:for-each>
      <xsl:apply-templates select="." mode="footer"/>
    </footer>
  </xsl:template>
  <xsl:template match="node()" mode="footer"/>

  <!-- The SHA-256 of each of DOCS (document elements) where the
       comparison or the plan carries one. -->
  <xsl:template name="checksums">
    <xsl:param name="docs"/>
    <xsl:variable name="stamped" select="$docs[@sha256 or key('plan-doc', @file)/@sha256]"/>
    <xsl:if test="$stamped">
      <details class="sums"><summary><xsl:call-template name="msg"><xsl:with-param name="id" select="'checksums'"/></xsl:call-template></summary>
        <xsl:for-each select="$stamped">
          <div><xsl:value-of select="@file"/>: <code><xsl:value-of select="@sha256 | key('plan-doc', @file)/@sha256"/></code></div>
        </xsl:for-each>
      </details>
    </xsl:if>
  </xsl:template>

  <!-- The strength of the current element's evidence: its own @evidence,
       else what the plan has at that line (a matrix row, a goal sentence,
       a heading); empty when unknown. -->
  <xsl:template name="strength">
    <xsl:variable name="at" select="concat(@file, '|', @line)"/>
    <xsl:choose>
      <xsl:when test="@evidence"><xsl:value-of select="@evidence"/></xsl:when>
      <xsl:when test="key('entry-at', $at)">row</xsl:when>
      <xsl:when test="key('goal-at', $at)">sentence</xsl:when>
      <xsl:when test="key('section-at', $at)">heading</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- "usikkert" after a programme's level badges when every level the
       plan gives it rests on weak evidence (heading, colour, nearby ...), with
       the words it rests on. -->
  <xsl:template name="level-certainty">
    <xsl:param name="municipality"/>
    <xsl:param name="ref"/>
    <xsl:call-template name="certainty">
      <xsl:with-param name="facts" select="key('measure-of', concat($municipality, '|', $ref))/level"/>
      <xsl:with-param name="from" select="'level-from'"/>
      <xsl:with-param name="kind" select="'level'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- "usikkert" after a value (a level, status or service) when every
       fact the plan gives for it (FACTS) rests on weak evidence (heading,
       colour, nearby, aside, tentative), with where the first one comes from (FROM: the
       message that introduces it); when only some do, those are named
       (KIND: their vocabulary, service or level). -->
  <xsl:template name="certainty">
    <xsl:param name="facts"/>
    <xsl:param name="from" select="'value-from'"/>
    <xsl:param name="kind" select="'service'"/>
    <xsl:variable name="weak" select="$facts[@evidence = 'heading' or @evidence = 'colour' or @evidence = 'nearby' or @evidence = 'aside' or @evidence = 'tentative']"/>
    <xsl:choose>
      <xsl:when test="$facts and count($weak) = count($facts)">
        <span class="weak"><xsl:call-template name="msg"><xsl:with-param name="id" select="'uncertain'"/></xsl:call-template></span>
        <div class="prov"><xsl:call-template name="msg"><xsl:with-param name="id" select="$from"/></xsl:call-template><xsl:text> </xsl:text>
          <xsl:call-template name="msg"><xsl:with-param name="id" select="concat('ev-', $facts[1]/@evidence)"/></xsl:call-template>:
          <q><xsl:value-of select="$facts[1]/@quote"/></q> (<xsl:for-each select="$facts[1]"><xsl:call-template name="at"/></xsl:for-each>)</div>
      </xsl:when>
      <!-- several values (services), some of them on weak evidence: those
           are named, each with where it comes from -->
      <xsl:when test="$weak">
        <span class="weak"><xsl:call-template name="msg"><xsl:with-param name="id" select="'partly-uncertain'"/></xsl:call-template></span>
        <xsl:for-each select="$weak">
          <div class="prov"><xsl:call-template name="msg"><xsl:with-param name="id" select="'uncertain'"/></xsl:call-template>:
            <xsl:call-template name="term"><xsl:with-param name="kind" select="$kind"/><xsl:with-param name="id" select="@ref | @value"/></xsl:call-template>,
            <xsl:call-template name="msg"><xsl:with-param name="id" select="$from"/></xsl:call-template><xsl:text> </xsl:text>
            <xsl:call-template name="msg"><xsl:with-param name="id" select="concat('ev-', @evidence)"/></xsl:call-template>:
            <q><xsl:value-of select="@quote"/></q> (<xsl:call-template name="at"/>)</div>
        </xsl:for-each>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The source lines around the current element's line (two before,
       three after, blank ones left out) with its own line marked: the
       sentence around a quote, the paragraph under a heading. -->
  <xsl:template name="context-lines">
    <xsl:variable name="n" select="number(@line)"/>
    <xsl:variable name="lines" select="key('source', @file)/l[@n &gt;= $n - 2 and @n &lt;= $n + 3][normalize-space() != '']"/>
    <xsl:if test="$lines">
      <blockquote class="ctx">
        <xsl:for-each select="$lines">
          <xsl:choose>
            <xsl:when test="@n = $n"><mark><xsl:call-template name="clip"/></mark></xsl:when>
            <xsl:otherwise><xsl:call-template name="clip"/></xsl:otherwise>
          </xsl:choose>
          <xsl:if test="position() != last()"><br/></xsl:if>
        </xsl:for-each>
      </blockquote>
    </xsl:if>
  </xsl:template>

  <!-- A requirement's verdict in words; found on headings alone
       (@strength, judged in compare_coverage.c) is marked uncertain, and
       so is every "not found": that plandiff found no
       statement does not prove the plan makes none. -->
  <xsl:template name="verdict">
    <xsl:param name="short" select="false()"/>
    <xsl:call-template name="msg"><xsl:with-param name="id" select="@status"/></xsl:call-template>
    <xsl:if test="@status = 'missing'">
      <xsl:variable name="check"><xsl:call-template name="msg"><xsl:with-param name="id" select="'missing-check'"/></xsl:call-template></xsl:variable>
      <span class="weak" title="{$check}">
        <xsl:choose>
          <xsl:when test="$short"><xsl:call-template name="msg"><xsl:with-param name="id" select="'uncertain'"/></xsl:call-template></xsl:when>
          <xsl:otherwise><xsl:value-of select="$check"/></xsl:otherwise>
        </xsl:choose>
      </span>
    </xsl:if>
    <xsl:if test="@strength = 'weak'">
      <span class="weak"><xsl:call-template name="msg"><xsl:with-param name="id" select="'found-weak'"/></xsl:call-template></span>
    </xsl:if>
  </xsl:template>

  <!-- The points worth a letter for municipality ID, as <li> items (none:
       nothing): the repealed § 3-1 cited in a document from 2023 on, no
       legal basis, no goals, no cooperation model, a planning programme
       in place of a plan, and the requirements missing. -->
  <xsl:template name="flags">
    <xsl:param name="id"/>
    <xsl:variable name="m" select="key('mun', $id)"/>
    <xsl:variable name="c" select="key('coverage-of', $id)"/>
    <xsl:if test="$c[@law = 'old'] and $m/@year &gt;= 2023">
      <li class="flag"><xsl:call-template name="msg"><xsl:with-param name="id" select="'flag-old-law'"/></xsl:call-template>
        <xsl:for-each select="$c[@line][1]"><br/><xsl:call-template name="prov"/></xsl:for-each></li>
    </xsl:if>
    <xsl:if test="$c and not($c[@law != 'none'])">
      <li class="flag"><xsl:call-template name="msg"><xsl:with-param name="id" select="'flag-no-law'"/></xsl:call-template></li>
    </xsl:if>
    <xsl:if test="$m/@doc-type = 'planprogram'">
      <li class="flag"><xsl:call-template name="msg"><xsl:with-param name="id" select="'flag-planprogram'"/></xsl:call-template></li>
    </xsl:if>
    <xsl:if test="$c/requirement[@id = 'goals' and @status = 'missing']">
      <li class="flag"><xsl:call-template name="msg"><xsl:with-param name="id" select="'flag-no-goals'"/></xsl:call-template></li>
    </xsl:if>
    <xsl:if test="$m and not(key('model-of', $id))">
      <li class="flag"><xsl:call-template name="msg"><xsl:with-param name="id" select="'flag-no-model'"/></xsl:call-template></li>
    </xsl:if>
    <xsl:variable name="missing" select="$c/requirement[@status = 'missing' and @id != 'goals']"/>
    <xsl:if test="$missing">
      <li class="flag"><xsl:call-template name="msg"><xsl:with-param name="id" select="'flag-missing'"/></xsl:call-template>
        <xsl:for-each select="$missing"><xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="@id"/></xsl:call-template><xsl:if test="position() != last()">,</xsl:if></xsl:for-each>.</li>
    </xsl:if>
  </xsl:template>

  <!-- The current node's text, cut after 300 characters (a table flattened
       into one line of a source can be very long). -->
  <xsl:template name="clip">
    <xsl:value-of select="substring(., 1, 300)"/><xsl:if test="string-length(.) &gt; 300"> …</xsl:if>
  </xsl:template>

  <!-- TEXT as a link to the page of KIND and KEY when the page list has
       it, else as plain text: no link to a page that was not written. -->
  <xsl:template name="link">
    <xsl:param name="kind"/>
    <xsl:param name="key"/>
    <xsl:param name="text"/>
    <xsl:variable name="page" select="key('page', concat($kind, '|', $key))"/>
    <xsl:choose>
      <xsl:when test="$page"><a href="{$page/@href}"><xsl:value-of select="$text"/></a></xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Level badges for a space-separated list of levels. -->
  <xsl:template name="levels">
    <xsl:param name="list"/>
    <xsl:choose>
      <xsl:when test="normalize-space($list) = ''">
        <span class="badge none"><xsl:call-template name="msg"><xsl:with-param name="id" select="'none'"/></xsl:call-template></span>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="first" select="substring-before(concat(normalize-space($list), ' '), ' ')"/>
        <span class="badge {$first}"><xsl:call-template name="msg"><xsl:with-param name="id" select="$first"/></xsl:call-template></span>
        <xsl:call-template name="levels-rest">
          <xsl:with-param name="list" select="substring-after(normalize-space($list), ' ')"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="levels-rest">
    <xsl:param name="list"/>
    <xsl:if test="$list != ''">
      <xsl:call-template name="levels"><xsl:with-param name="list" select="$list"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- file:line and the quoted words. -->
  <!-- file:line and the quoted words; a fact on weak evidence (a heading,
       a colour heading, a nearby line, a sentence in passing or on what
       may come) is marked uncertain. -->
  <xsl:template name="prov">
    <xsl:variable name="src" select="key('page', concat('source|', @file))"/>
    <span class="prov"><xsl:choose>
        <xsl:when test="$src"><a class="cite" href="{$src/@href}#L{@line}"><xsl:call-template name="at"/></a></xsl:when>
        <xsl:otherwise><xsl:call-template name="at"/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="@quote != ''"> — <q><xsl:value-of select="@quote"/></q></xsl:if></span>
    <xsl:if test="@evidence = 'heading' or @evidence = 'colour' or @evidence = 'nearby' or @evidence = 'aside' or @evidence = 'tentative'">
      <span class="weak" title="{@evidence}"><xsl:call-template name="msg"><xsl:with-param name="id" select="'uncertain'"/></xsl:call-template>: <xsl:call-template name="msg"><xsl:with-param name="id" select="concat('ev-', @evidence)"/></xsl:call-template></span>
    </xsl:if>
  </xsl:template>

  <!-- file:line of a citation, and the page when the document is a PDF ("s. 7", "p. 7"). -->
  <xsl:template name="at">
    <xsl:variable name="pg" select="(@page | key('page-at', concat(@file, '|', @line))/@page)[1]"/>
    <xsl:value-of select="@file"/>:<xsl:value-of select="@line"/>
    <xsl:if test="$pg"><xsl:text> (</xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="'page-no'"/></xsl:call-template><xsl:text> </xsl:text><xsl:value-of select="$pg"/>)</xsl:if>
  </xsl:template>
</xsl:stylesheet>
