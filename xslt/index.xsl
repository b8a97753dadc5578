<?xml version="1.0" encoding="UTF-8"?>
<!--
  index.xsl: the overview page (index.html) from a comparison
  (schema/comparison.rng): municipalities and documents, the programme ×
  municipality matrix coloured by level, the prevention profile (SVG bars),
  the similarity heatmap (SVG) and the § 15-1 checklist. Everything is
  counted by plandiff; this stylesheet only lays it out.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:key name="profile" match="/comparison/profiles/profile" use="@municipality"/>
  <xsl:key name="municipality" match="/comparison/municipalities/municipality" use="@id"/>
  <xsl:key name="programme" match="/comparison/programmes/programme" use="@ref"/>
  <xsl:key name="cell" match="/comparison/programmes/programme/cell" use="concat(../@ref, '|', @municipality)"/>

  <xsl:variable name="muns" select="/comparison/municipalities/municipality"/>
  <!-- Room for the longest municipality name in the charts (about 7 px a
       character at 12 px), so no name is cut. -->
  <xsl:variable name="longest-name">
    <xsl:for-each select="$muns">
      <xsl:sort select="string-length(@name)" data-type="number" order="descending"/>
      <xsl:if test="position() = 1"><xsl:value-of select="string-length(@name)"/></xsl:if>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="name-chars" select="number(concat('0', $longest-name))"/>
  <xsl:variable name="label-width" select="12 + 7 * ($name-chars + (8 - $name-chars) * number($name-chars &lt; 8))"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="home" select="true()"/>
      <xsl:with-param name="title"><xsl:call-template name="msg"><xsl:with-param name="id" select="'title'"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/" mode="body">
    <p class="intro"><xsl:call-template name="msg"><xsl:with-param name="id" select="'intro'"/></xsl:call-template></p>
    <xsl:call-template name="municipalities"/>
    <xsl:call-template name="matrix"/>
    <xsl:call-template name="profile"/>
    <xsl:call-template name="coverage"/>
    <xsl:call-template name="county-flags"/>
    <xsl:call-template name="similarity"/>
    <xsl:call-template name="downloads"/>
  </xsl:template>


  <xsl:template name="municipalities">
    <h2 id="kommuner"><xsl:call-template name="msg"><xsl:with-param name="id" select="'municipalities'"/></xsl:call-template></h2>
    <table id="municipalities" class="sortable" data-filter="{$filter}">
      <tr>
        <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'municipality'"/></xsl:call-template></th>
        <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'documents'"/></xsl:call-template></th>
        <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'measures'"/></xsl:call-template></th>
        <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'programmes'"/></xsl:call-template></th>
      </tr>
      <xsl:for-each select="$muns">
        <tr>
          <td><xsl:call-template name="link"><xsl:with-param name="kind" select="'municipality'"/><xsl:with-param name="key" select="@id"/><xsl:with-param name="text" select="@name"/></xsl:call-template>
            <xsl:if test="@county"> <span class="prov"> (<xsl:value-of select="@county"/>)</span></xsl:if></td>
          <td><xsl:for-each select="document">
              <div class="prov"><xsl:call-template name="doc-type"><xsl:with-param name="value" select="@doc-type"/></xsl:call-template><xsl:text> </xsl:text><xsl:value-of select="@year"/>: <xsl:value-of select="@file"/></div>
            </xsl:for-each></td>
          <td><xsl:value-of select="@measures"/></td>
          <td><xsl:value-of select="@programmes"/></td>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <xsl:template name="legend">
    <p class="legend"><xsl:call-template name="msg"><xsl:with-param name="id" select="'legend'"/></xsl:call-template>:
      <xsl:call-template name="levels"><xsl:with-param name="list" select="'universell selektiv indisert'"/></xsl:call-template>
      <xsl:call-template name="levels"><xsl:with-param name="list" select="''"/></xsl:call-template>
      <span class="covered"><xsl:call-template name="msg"><xsl:with-param name="id" select="'covered'"/></xsl:call-template> … (<xsl:call-template name="msg"><xsl:with-param name="id" select="'covered-inferred'"/></xsl:call-template>)</span></p>
  </xsl:template>

  <xsl:template name="matrix">
    <xsl:variable name="covered-inferred"><xsl:call-template name="msg"><xsl:with-param name="id" select="'covered-inferred'"/></xsl:call-template></xsl:variable>
    <h2 id="matrise"><xsl:call-template name="msg"><xsl:with-param name="id" select="'matrix'"/></xsl:call-template></h2>
    <p class="intro"><xsl:call-template name="msg"><xsl:with-param name="id" select="'matrix-intro'"/></xsl:call-template></p>
    <xsl:call-template name="legend"/>
    <table id="matrix" class="sortable" data-filter="{$filter}">
      <tr>
        <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'programme'"/></xsl:call-template></th>
        <xsl:for-each select="$muns"><th><xsl:call-template name="link"><xsl:with-param name="kind" select="'municipality'"/><xsl:with-param name="key" select="@id"/><xsl:with-param name="text" select="@name"/></xsl:call-template></th></xsl:for-each>
      </tr>
      <xsl:for-each select="/comparison/programmes/programme[@municipalities &gt; 0]">
        <xsl:variable name="p" select="."/>
        <tr data-ref="{@ref}">
          <th><xsl:call-template name="link"><xsl:with-param name="kind" select="'programme'"/><xsl:with-param name="key" select="@ref"/><xsl:with-param name="text" select="@name"/></xsl:call-template>
            <span class="prov"> (<xsl:value-of select="@municipalities"/>)</span></th>
          <xsl:for-each select="$muns">
            <xsl:variable name="c" select="key('cell', concat($p/@ref, '|', @id))"/>
            <td class="lv" data-municipality="{@id}">
              <xsl:choose>
                <xsl:when test="$c/@covered-by">
                  <span class="covered" title="{$covered-inferred}"><xsl:call-template name="msg"><xsl:with-param name="id" select="'covered'"/></xsl:call-template>
                    <xsl:text> </xsl:text><xsl:value-of select="key('programme', $c/@covered-by)/@name"/><xsl:if test="not(key('programme', $c/@covered-by))"><xsl:value-of select="$c/@covered-by"/></xsl:if></span>
                </xsl:when>
                <xsl:when test="$c">
                  <details><summary><xsl:call-template name="levels"><xsl:with-param name="list" select="$c/@levels"/></xsl:call-template></summary>
                    <xsl:for-each select="$c"><xsl:call-template name="prov"/><xsl:call-template name="level-certainty"><xsl:with-param name="municipality" select="@municipality"/><xsl:with-param name="ref" select="../@ref"/></xsl:call-template></xsl:for-each></details>
                </xsl:when>
              </xsl:choose>
            </td>
          </xsl:for-each>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <!-- Horizontal stacked bars, one per municipality. -->
  <xsl:template name="profile">
    <h2 id="profil"><xsl:call-template name="msg"><xsl:with-param name="id" select="'profile'"/></xsl:call-template></h2>
    <p class="intro"><xsl:call-template name="msg"><xsl:with-param name="id" select="'profile-intro'"/></xsl:call-template></p>
    <xsl:variable name="max">
      <xsl:for-each select="/comparison/profiles/profile">
        <xsl:sort select="@universell + @selektiv + @indisert + @none" data-type="number" order="descending"/>
        <xsl:if test="position() = 1"><xsl:value-of select="@universell + @selektiv + @indisert + @none"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="scale" select="600 div ($max + number($max = 0))"/>
    <svg xmlns="http://www.w3.org/2000/svg" width="{$label-width + 940}" height="{count(/comparison/profiles/profile) * 28 + 30}" role="img">
      <xsl:for-each select="/comparison/profiles/profile">
        <xsl:variable name="y" select="(position() - 1) * 28"/>
        <xsl:variable name="u" select="@universell * $scale"/>
        <xsl:variable name="s" select="@selektiv * $scale"/>
        <xsl:variable name="i" select="@indisert * $scale"/>
        <xsl:variable name="n" select="@none * $scale"/>
        <text x="0" y="{$y + 16}"><xsl:call-template name="mname"><xsl:with-param name="id" select="@municipality"/></xsl:call-template></text>
        <rect x="{$label-width}" y="{$y + 4}" width="{$u}" height="18" fill="#2e7d32"><title><xsl:call-template name="profile-label"/></title></rect>
        <rect x="{$label-width + $u}" y="{$y + 4}" width="{$s}" height="18" fill="#f9a825"><title><xsl:call-template name="profile-label"/></title></rect>
        <rect x="{$label-width + $u + $s}" y="{$y + 4}" width="{$i}" height="18" fill="#c62828"><title><xsl:call-template name="profile-label"/></title></rect>
        <rect x="{$label-width + $u + $s + $i}" y="{$y + 4}" width="{$n}" height="18" fill="#9e9e9e"><title><xsl:call-template name="profile-label"/></title></rect>
        <text x="{$label-width + 6 + $u + $s + $i + $n}" y="{$y + 17}"><xsl:call-template name="profile-label"/></text>
      </xsl:for-each>
    </svg>
    <xsl:call-template name="legend"/>
  </xsl:template>

  <!-- "12 universelle · 3 selektive · 2 indiserte · 1 uten nivå" for the
       current profile: the numbers in words, not by colour alone. -->
  <xsl:template name="profile-label">
    <xsl:value-of select="@universell"/><xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="'n-universell'"/></xsl:call-template>
    <xsl:text> · </xsl:text><xsl:value-of select="@selektiv"/><xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="'n-selektiv'"/></xsl:call-template>
    <xsl:text> · </xsl:text><xsl:value-of select="@indisert"/><xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="'n-indisert'"/></xsl:call-template>
    <xsl:text> · </xsl:text><xsl:value-of select="@none"/><xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="'n-none'"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="coverage">
    <h2 id="lovkrav"><xsl:call-template name="msg"><xsl:with-param name="id" select="'coverage'"/></xsl:call-template></h2>
    <p class="intro"><xsl:call-template name="msg"><xsl:with-param name="id" select="'coverage-intro'"/></xsl:call-template></p>
    <table id="coverage">
      <tr>
        <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'municipality'"/></xsl:call-template></th>
        <xsl:for-each select="/comparison/coverage/plan[1]/requirement">
          <th><xsl:call-template name="msg"><xsl:with-param name="id" select="@id"/></xsl:call-template></th>
        </xsl:for-each>
        <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'law'"/></xsl:call-template></th>
      </tr>
      <xsl:for-each select="/comparison/coverage/plan">
        <tr>
          <th><xsl:call-template name="link"><xsl:with-param name="kind" select="'municipality'"/><xsl:with-param name="key" select="@municipality"/><xsl:with-param name="text"><xsl:call-template name="mname"><xsl:with-param name="id" select="@municipality"/></xsl:call-template></xsl:with-param></xsl:call-template></th>
          <xsl:for-each select="requirement">
            <td>
              <details><summary class="{@status}"><xsl:call-template name="verdict"><xsl:with-param name="short" select="true()"/></xsl:call-template></summary>
                <xsl:for-each select="evidence"><div><xsl:call-template name="prov"/></div></xsl:for-each></details>
            </td>
          </xsl:for-each>
          <td><xsl:call-template name="msg">
                <xsl:with-param name="id" select="concat(substring('law-', 1, 4 * (@law = 'none')), @law)"/>
              </xsl:call-template>
              <xsl:if test="@line"><div><xsl:call-template name="prov"/></div></xsl:if></td>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <!-- The county view: each county's municipalities with the points worth
       a letter (common.xsl's flags), so an adviser sees a county at once. -->
  <xsl:key name="county" match="/comparison/municipalities/municipality" use="string(@county)"/>
  <xsl:template name="county-flags">
    <h2 id="fylker"><xsl:call-template name="msg"><xsl:with-param name="id" select="'county-flags'"/></xsl:call-template></h2>
    <p class="intro"><xsl:call-template name="msg"><xsl:with-param name="id" select="'county-flags-intro'"/></xsl:call-template></p>
    <table id="county-flags">
      <xsl:for-each select="$muns[generate-id() = generate-id(key('county', string(@county))[1])]">
        <xsl:sort select="@county"/>
        <tr><th colspan="2"><xsl:value-of select="@county"/><xsl:if test="not(@county)"><xsl:call-template name="msg"><xsl:with-param name="id" select="'no-county'"/></xsl:call-template></xsl:if></th></tr>
        <xsl:for-each select="key('county', string(@county))">
          <xsl:sort select="@name"/>
          <xsl:variable name="flags"><xsl:call-template name="flags"><xsl:with-param name="id" select="@id"/></xsl:call-template></xsl:variable>
          <tr><td><xsl:call-template name="mlink"><xsl:with-param name="id" select="@id"/></xsl:call-template></td>
            <td><xsl:choose>
                <xsl:when test="string($flags) != ''"><ul><xsl:copy-of select="$flags"/></ul></xsl:when>
                <xsl:otherwise><span class="prov"><xsl:call-template name="msg"><xsl:with-param name="id" select="'no-flags'"/></xsl:call-template></span></xsl:otherwise>
              </xsl:choose></td></tr>
        </xsl:for-each>
      </xsl:for-each>
    </table>
  </xsl:template>

  <!-- Similarity: for a small corpus (the page list says heatmap="grid")
       an n × n grid, darker is more alike; for a larger one the county ×
       county means and each municipality's most similar peers. Reads the
       comparison's peer lists (similarity/municipality/peer, each
       municipality's nearest) in the similarity/order (by county, similar
       plans together). A grid square is grey when neither lists the other. -->
  <xsl:key name="peer" match="/comparison/similarity/municipality/peer" use="concat(../@id, '|', @id)"/>
  <xsl:key name="peers-of" match="/comparison/similarity/municipality/peer" use="../@id"/>
  <xsl:key name="county-cell" match="/comparison/similarity/counties/cell" use="concat(@a, '|', @b)"/>
  <xsl:key name="county-row" match="/comparison/similarity/counties/cell" use="@a"/>
  <xsl:variable name="order" select="/comparison/similarity/order/m"/>
  <xsl:variable name="rows" select="$order | $muns[not($order)]"/>

  <xsl:template name="similarity">
    <h2 id="likhet"><xsl:call-template name="msg"><xsl:with-param name="id" select="'similarity'"/></xsl:call-template></h2>
    <xsl:variable name="peers" select="/comparison/pages/@heatmap = 'peers'"/>
    <p class="intro"><xsl:call-template name="msg"><xsl:with-param name="id" select="concat('similarity-intro', substring('-peers', 1, 6 * $peers))"/></xsl:call-template></p>
    <xsl:choose>
      <xsl:when test="$peers">
        <xsl:call-template name="county-table"/>
        <xsl:call-template name="peer-lists"/>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="grid"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The grid with every name in full: row names in a column as wide as
       the longest name, column names turned 45° above the grid. -->
  <xsl:template name="grid">
    <xsl:variable name="n" select="count($rows)"/>
    <xsl:variable name="cell" select="44"/>
    <xsl:variable name="top" select="round($label-width * 0.71) + 12"/>
    <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{$label-width + $n * $cell + $top}" height="{$top + $n * $cell}" role="img">
      <xsl:for-each select="$rows">
        <xsl:variable name="row" select="position()"/>
        <xsl:variable name="a" select="@id"/>
        <xsl:variable name="name"><xsl:call-template name="mname"><xsl:with-param name="id" select="$a"/></xsl:call-template></xsl:variable>
        <text x="0" y="{$top + ($row - 1) * $cell + $cell div 2 + 4}"><xsl:value-of select="$name"/></text>
        <xsl:variable name="cx" select="$label-width + ($row - 1) * $cell + $cell div 2"/>
        <text x="{$cx}" y="{$top - 6}" transform="rotate(-45 {$cx} {$top - 6})"><xsl:value-of select="$name"/></text>
        <xsl:for-each select="$rows">
          <xsl:variable name="col" select="position()"/>
          <xsl:variable name="b" select="@id"/>
          <xsl:variable name="pair" select="(key('peer', concat($a, '|', $b)) | key('peer', concat($b, '|', $a)))[1]"/>
          <xsl:variable name="v">
            <xsl:choose>
              <xsl:when test="$a = $b">1</xsl:when>
              <xsl:otherwise><xsl:value-of select="$pair/@overall"/></xsl:otherwise>
            </xsl:choose>
          </xsl:variable>
          <xsl:variable name="title"><xsl:value-of select="$name"/> – <xsl:call-template name="mname"><xsl:with-param name="id" select="$b"/></xsl:call-template>: <xsl:value-of select="format-number($v, '0.00')"/></xsl:variable>
          <xsl:variable name="shade" select="round(245 - $v * 200)"/>
          <xsl:variable name="page" select="key('page', concat('pair|', $a, '|', $b)) | key('page', concat('pair|', $b, '|', $a))"/>
          <xsl:variable name="x" select="$label-width + ($col - 1) * $cell"/>
          <xsl:variable name="y" select="$top + ($row - 1) * $cell"/>
          <xsl:choose>
            <xsl:when test="$pair and $page">
              <a xlink:href="{$page/@href}">
                <xsl:call-template name="heat-cell"><xsl:with-param name="x" select="$x"/><xsl:with-param name="y" select="$y"/><xsl:with-param name="cell" select="$cell"/><xsl:with-param name="v" select="$v"/><xsl:with-param name="shade" select="$shade"/><xsl:with-param name="title" select="$title"/></xsl:call-template>
              </a>
            </xsl:when>
            <xsl:when test="$pair">
              <xsl:call-template name="heat-cell"><xsl:with-param name="x" select="$x"/><xsl:with-param name="y" select="$y"/><xsl:with-param name="cell" select="$cell"/><xsl:with-param name="v" select="$v"/><xsl:with-param name="shade" select="$shade"/><xsl:with-param name="title" select="$title"/></xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <rect x="{$x}" y="{$y}" width="{$cell - 2}" height="{$cell - 2}" fill="#e0e0e0"/>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:for-each>
    </svg>
  </xsl:template>

  <!-- Mean similarity between the municipalities of two counties. -->
  <xsl:template name="county-table">
    <xsl:variable name="counties" select="/comparison/similarity/counties/cell[generate-id() = generate-id(key('county-row', @a)[1])]"/>
    <xsl:if test="$counties">
      <h3><xsl:call-template name="msg"><xsl:with-param name="id" select="'county-similarity'"/></xsl:call-template></h3>
      <table id="counties">
        <tr><th></th><xsl:for-each select="$counties"><th><xsl:value-of select="@a"/></th></xsl:for-each></tr>
        <xsl:for-each select="$counties">
          <xsl:variable name="a" select="@a"/>
          <tr><th><xsl:value-of select="$a"/></th>
            <xsl:for-each select="$counties">
              <xsl:variable name="c" select="key('county-cell', concat($a, '|', current()/@a)) | key('county-cell', concat(current()/@a, '|', $a))"/>
              <xsl:variable name="shade" select="round(245 - $c[1]/@mean * 200)"/>
              <td class="lv">
                <xsl:if test="$c"><xsl:attribute name="style">background: rgb(<xsl:value-of select="$shade"/>,<xsl:value-of select="$shade"/>,255)</xsl:attribute>
                  <xsl:value-of select="format-number($c[1]/@mean, '0.00')"/></xsl:if>
              </td>
            </xsl:for-each></tr>
        </xsl:for-each>
      </table>
    </xsl:if>
  </xsl:template>

  <!-- Each municipality's most similar peers, most similar first. -->
  <xsl:template name="peer-lists">
    <h3><xsl:call-template name="msg"><xsl:with-param name="id" select="'nearest'"/></xsl:call-template></h3>
    <table id="peers">
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'municipality'"/></xsl:call-template></th>
        <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'most-similar'"/></xsl:call-template></th></tr>
      <xsl:for-each select="$rows">
        <xsl:variable name="id" select="string(@id)"/>
        <!-- the order groups counties: a heading row where one begins -->
        <xsl:variable name="county" select="string(key('municipality', $id)/@county)"/>
        <xsl:if test="$order and $county != '' and (position() = 1 or string(key('municipality', preceding-sibling::m[1]/@id)/@county) != $county)">
          <tr><th colspan="2" class="group"><xsl:value-of select="$county"/></th></tr>
        </xsl:if>
        <tr><th><xsl:call-template name="link"><xsl:with-param name="kind" select="'municipality'"/><xsl:with-param name="key" select="$id"/><xsl:with-param name="text" select="key('municipality', $id)/@name"/></xsl:call-template></th>
          <td>
            <xsl:for-each select="key('peers-of', $id)">
              <xsl:sort select="@overall" data-type="number" order="descending"/>
              <xsl:if test="position() &lt;= $peers-shown">
                <xsl:variable name="other" select="string(@id)"/>
                <xsl:if test="position() &gt; 1">, </xsl:if>
                <xsl:call-template name="link"><xsl:with-param name="kind" select="'municipality'"/><xsl:with-param name="key" select="$other"/><xsl:with-param name="text" select="key('municipality', $other)/@name"/></xsl:call-template>
                <xsl:text> </xsl:text><span class="prov"><xsl:value-of select="format-number(@overall, '0.00')"/></span>
              </xsl:if>
            </xsl:for-each>
          </td></tr>
      </xsl:for-each>
    </table>
  </xsl:template>
  <xsl:variable name="peers-shown" select="5"/>

  <xsl:template name="heat-cell">
    <xsl:param name="x"/><xsl:param name="y"/><xsl:param name="cell"/><xsl:param name="v"/><xsl:param name="shade"/><xsl:param name="title"/>
    <rect x="{$x}" y="{$y}" width="{$cell - 2}" height="{$cell - 2}" fill="rgb({$shade},{$shade},255)" xmlns="http://www.w3.org/2000/svg"><title><xsl:value-of select="$title"/></title></rect>
    <text x="{$x + 6}" y="{$y + 26}" xmlns="http://www.w3.org/2000/svg"><xsl:value-of select="format-number($v, '0.00')"/></text>
  </xsl:template>

  <!-- The index's footer: the checksums of every document. -->
  <xsl:template match="/" mode="footer">
    <xsl:call-template name="checksums"><xsl:with-param name="docs" select="$muns/document"/></xsl:call-template>
  </xsl:template>

  <!-- The tables on the page list, each as TSV and CSV. -->
  <xsl:template name="downloads">
    <h2 id="tabeller"><xsl:call-template name="msg"><xsl:with-param name="id" select="'downloads'"/></xsl:call-template></h2>
    <p>
      <xsl:for-each select="/comparison/pages/page[@kind = 'table' and @format = 'tsv']">
        <xsl:variable name="csv" select="key('page', concat('table|', @name, '.csv'))"/>
        <a href="{@href}"><xsl:value-of select="@href"/></a> · <a href="{$csv/@href}"><xsl:value-of select="$csv/@href"/></a><br/>
      </xsl:for-each>
    </p>
  </xsl:template>
</xsl:stylesheet>
