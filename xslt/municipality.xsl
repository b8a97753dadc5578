<?xml version="1.0" encoding="UTF-8"?>
<!--
  municipality.xsl: every municipality's page, in one transformation: for
  each municipality page on the page list (src/pages.c), its profile,
  § 15-1 checklist, cooperation model, goals, programmes with provenance,
  and what it could borrow from its peers.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
  <xsl:import href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:key name="municipality" match="/comparison/municipalities/municipality" use="@id"/>
  <xsl:key name="profile" match="/comparison/profiles/profile" use="@municipality"/>
  <xsl:key name="coverage" match="/comparison/coverage/plan" use="@municipality"/>
  <xsl:key name="model" match="/comparison/cooperation/model" use="@municipality"/>
  <xsl:key name="clustered-goal" match="/comparison/goals/cluster/goal" use="@municipality"/>
  <xsl:key name="cluster-goal" match="/comparison/goals/cluster/goal" use="concat(../@id, '|', @municipality)"/>
  <xsl:key name="peers-of" match="/comparison/similarity/municipality/peer" use="../@id"/>
  <xsl:key name="own-cell" match="/comparison/programmes/programme/cell[not(@covered-by)]" use="@municipality"/>
  <xsl:key name="borrower" match="/comparison/borrowing/municipality" use="@id"/>

  <xsl:template match="/">
    <xsl:for-each select="/comparison/pages/page[@kind = 'municipality']">
      <exsl:document href="{@href}" method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat">
        <xsl:apply-templates select="key('municipality', @key)" mode="page"/>
      </exsl:document>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="municipality" mode="page">
    <xsl:call-template name="page">
      <xsl:with-param name="title"><xsl:value-of select="@name"/><xsl:if test="not(@name)"><xsl:value-of select="@id"/></xsl:if></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="municipality" mode="body">
    <xsl:variable name="id" select="@id"/>
    <xsl:variable name="m" select="."/>
    <p class="intro">
      <xsl:for-each select="$m/document"><span class="prov"><xsl:call-template name="doc-type"><xsl:with-param name="value" select="@doc-type"/></xsl:call-template><xsl:text> </xsl:text><xsl:value-of select="@year"/>: <xsl:value-of select="@file"/></span><br/></xsl:for-each>
    </p>
    <xsl:for-each select="key('profile', $id)">
      <h2><xsl:call-template name="msg"><xsl:with-param name="id" select="'profile'"/></xsl:call-template></h2>
      <p><span class="badge universell"><xsl:value-of select="@universell"/><xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="'n-universell'"/></xsl:call-template></span>
         <span class="badge selektiv"><xsl:value-of select="@selektiv"/><xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="'n-selektiv'"/></xsl:call-template></span>
         <span class="badge indisert"><xsl:value-of select="@indisert"/><xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="'n-indisert'"/></xsl:call-template></span>
         <span class="badge none"><xsl:value-of select="@none"/><xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="'n-none'"/></xsl:call-template></span>
             — <xsl:value-of select="@total"/><xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="'measures'"/></xsl:call-template></p>
    </xsl:for-each>
    <xsl:variable name="flags"><xsl:call-template name="flags"><xsl:with-param name="id" select="$id"/></xsl:call-template></xsl:variable>
    <xsl:if test="string($flags) != ''">
      <div class="flags"><h2 id="merknader"><xsl:call-template name="msg"><xsl:with-param name="id" select="'flags'"/></xsl:call-template></h2>
        <p class="intro"><xsl:call-template name="msg"><xsl:with-param name="id" select="'flags-intro'"/></xsl:call-template></p>
        <ul><xsl:copy-of select="$flags"/></ul></div>
    </xsl:if>
    <h2 id="lovkrav"><xsl:call-template name="msg"><xsl:with-param name="id" select="'coverage'"/></xsl:call-template></h2>
    <p class="intro"><xsl:call-template name="msg"><xsl:with-param name="id" select="'coverage-intro'"/></xsl:call-template></p>
    <xsl:for-each select="key('coverage', $id)">
      <table id="requirements">
        <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'requirement'"/></xsl:call-template></th>
          <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'verdict'"/></xsl:call-template></th>
          <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'best-evidence'"/></xsl:call-template></th></tr>
        <xsl:for-each select="requirement">
          <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="@id"/></xsl:call-template></th>
            <td class="{@status}"><xsl:call-template name="verdict"/></td>
            <td>
              <xsl:for-each select="evidence">
                <xsl:sort select="number(boolean(key('section-at', concat(@file, '|', @line))) and not(key('goal-at', concat(@file, '|', @line)) or key('entry-at', concat(@file, '|', @line))))" data-type="number"/>
                <xsl:if test="position() = 1">
                  <xsl:variable name="strength"><xsl:call-template name="strength"/></xsl:variable>
                  <!-- a planning programme's words are about the plan to come:
                       neither strong nor weak evidence of a plan -->
                  <div><b><xsl:call-template name="msg"><xsl:with-param name="id" select="concat('ev-', substring('programme', 1, 9 * (../@status = 'not-yet')), substring('strong', 1, 6 * (../@status != 'not-yet' and ($strength = 'row' or $strength = 'item' or $strength = 'sentence'))), substring('weak', 1, 4 * (../@status != 'not-yet' and ($strength = 'heading' or $strength = 'colour' or $strength = 'nearby' or $strength = 'aside' or $strength = 'tentative'))), substring('unknown', 1, 7 * (../@status != 'not-yet' and $strength = '')))"/></xsl:call-template></b>
                    <xsl:if test="$strength != ''">: <xsl:call-template name="msg"><xsl:with-param name="id" select="concat('ev-', $strength)"/></xsl:call-template></xsl:if></div>
                  <xsl:call-template name="context-lines"/>
                  <xsl:call-template name="prov"/>
                </xsl:if>
              </xsl:for-each>
              <xsl:if test="count(evidence) &gt; 1">
                <details><summary class="prov"><xsl:call-template name="msg"><xsl:with-param name="id" select="'all-evidence'"/></xsl:call-template> (<xsl:value-of select="count(evidence)"/>)</summary>
                  <xsl:for-each select="evidence"><div><xsl:call-template name="prov"/>
                    <xsl:variable name="strength"><xsl:call-template name="strength"/></xsl:variable>
                    <!-- weak evidence is named by prov's "usikkert" already -->
                    <xsl:if test="$strength != '' and not(@evidence = 'heading' or @evidence = 'colour' or @evidence = 'nearby' or @evidence = 'aside' or @evidence = 'tentative')"><span class="prov"> · <xsl:call-template name="msg"><xsl:with-param name="id" select="concat('ev-', $strength)"/></xsl:call-template></span></xsl:if></div></xsl:for-each>
                </details>
              </xsl:if>
            </td></tr>
        </xsl:for-each>
        <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'law'"/></xsl:call-template></th>
          <td><xsl:call-template name="msg"><xsl:with-param name="id" select="concat(substring('law-', 1, 4 * (@law = 'none')), @law)"/></xsl:call-template></td>
          <td><xsl:if test="@line"><xsl:call-template name="context-lines"/><xsl:call-template name="prov"/></xsl:if></td></tr>
      </table>
    </xsl:for-each>
    <xsl:call-template name="responsibility"><xsl:with-param name="plans" select="key('plan-of', $id)"/></xsl:call-template>
    <xsl:call-template name="risk-factors"><xsl:with-param name="plans" select="key('plan-of', $id)"/></xsl:call-template>
    <xsl:if test="key('model', $id)">
      <h2><xsl:call-template name="msg"><xsl:with-param name="id" select="'model'"/></xsl:call-template></h2>
      <xsl:for-each select="key('model', $id)">
        <div class="card"><h3><xsl:value-of select="@name"/><xsl:if test="@family and @family != @ref"> (<xsl:call-template name="term"><xsl:with-param name="kind" select="'model'"/><xsl:with-param name="id" select="@family"/></xsl:call-template><xsl:if test="@family-source = 'plandiff'"> – <xsl:call-template name="msg"><xsl:with-param name="id" select="'family-inferred'"/></xsl:call-template></xsl:if>)</xsl:if></h3>
          <xsl:if test="@levels != ''">
            <xsl:variable name="entry" select="key('vocab', concat('model|', @family)) | key('vocab', concat('model|', @ref))[not(current()/@family)]"/>
            <div><xsl:call-template name="msg"><xsl:with-param name="id" select="'levels'"/></xsl:call-template>:</div>
            <ul><xsl:call-template name="model-levels"><xsl:with-param name="list" select="@levels"/><xsl:with-param name="entry" select="$entry"/></xsl:call-template></ul></xsl:if>
          <xsl:if test="@services != ''"><div><xsl:call-template name="msg"><xsl:with-param name="id" select="'services'"/></xsl:call-template>: <xsl:call-template name="services"><xsl:with-param name="list" select="@services"/></xsl:call-template></div></xsl:if>
          <xsl:call-template name="prov"/></div>
      </xsl:for-each>
    </xsl:if>
    <xsl:if test="$m/goal">
      <h2><xsl:call-template name="msg"><xsl:with-param name="id" select="'goals'"/></xsl:call-template></h2>
      <ul><xsl:for-each select="$m/goal"><li><q><xsl:value-of select="@quote"/></q><br/><span class="prov"><xsl:call-template name="msg"><xsl:with-param name="id" select="concat('kind-', @kind)"/></xsl:call-template> · <xsl:call-template name="at"/></span></li></xsl:for-each></ul>
    </xsl:if>
    <xsl:if test="key('clustered-goal', $id)">
      <h2><xsl:call-template name="msg"><xsl:with-param name="id" select="'aligned-goals'"/></xsl:call-template></h2>
      <!-- Each cluster: this plan's goals, then those of its nearest peers
           (most similar first); the other members only counted, so a page
           stays the same size however many municipalities share a goal. -->
      <xsl:for-each select="key('clustered-goal', $id)/..">
        <xsl:variable name="c" select="string(@id)"/>
        <xsl:variable name="near" select="key('peers-of', $id)[key('cluster-goal', concat($c, '|', @id))]"/>
        <div class="card">
          <xsl:for-each select="key('cluster-goal', concat($c, '|', $id))"><div><b><xsl:call-template name="mlink"><xsl:with-param name="id" select="@municipality"/></xsl:call-template></b>: <xsl:call-template name="prov"/></div></xsl:for-each>
          <xsl:for-each select="$near">
            <xsl:for-each select="key('cluster-goal', concat($c, '|', @id))"><div><b><xsl:call-template name="mlink"><xsl:with-param name="id" select="@municipality"/></xsl:call-template></b>: <xsl:call-template name="prov"/></div></xsl:for-each>
          </xsl:for-each>
          <xsl:if test="@municipalities - 1 - count($near) &gt; 0">
            <div class="prov">+ <xsl:value-of select="@municipalities - 1 - count($near)"/><xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="concat('other-municipalit', substring('ies', 1, 3 * number(@municipalities - 1 - count($near) != 1)), substring('y', 1, number(@municipalities - 1 - count($near) = 1)))"/></xsl:call-template></div>
          </xsl:if>
        </div>
      </xsl:for-each>
    </xsl:if>
    <h2><xsl:call-template name="msg"><xsl:with-param name="id" select="'programmes'"/></xsl:call-template></h2>
    <table class="sortable" data-filter="{$filter}">
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'programme'"/></xsl:call-template></th>
        <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'level'"/></xsl:call-template></th>
        <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'status'"/></xsl:call-template></th>
        <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'responsible'"/></xsl:call-template></th>
        <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'source'"/></xsl:call-template></th></tr>
      <xsl:for-each select="key('own-cell', $id)">
        <tr><td><xsl:call-template name="link"><xsl:with-param name="kind" select="'programme'"/><xsl:with-param name="key" select="../@ref"/><xsl:with-param name="text" select="../@name"/></xsl:call-template><xsl:text> </xsl:text><span class="prov"><xsl:call-template name="msg"><xsl:with-param name="id" select="concat('use-', @use)"/></xsl:call-template></span></td>
          <td><xsl:call-template name="levels"><xsl:with-param name="list" select="@levels"/></xsl:call-template>
            <xsl:call-template name="level-certainty"><xsl:with-param name="municipality" select="@municipality"/><xsl:with-param name="ref" select="../@ref"/></xsl:call-template></td>
          <td><xsl:call-template name="status"><xsl:with-param name="value" select="@status"/></xsl:call-template><xsl:call-template name="certainty"><xsl:with-param name="facts" select="key('measure-of', concat(@municipality, '|', ../@ref))/status"/></xsl:call-template></td><td><xsl:call-template name="services"><xsl:with-param name="list" select="@responsible"/></xsl:call-template><xsl:call-template name="certainty"><xsl:with-param name="facts" select="key('measure-of', concat(@municipality, '|', ../@ref))/responsible"/></xsl:call-template></td>
          <td><xsl:call-template name="prov"/></td></tr>
      </xsl:for-each>
    </table>
    <xsl:variable name="plan-locals" select="key('plan-of', $id)/measures/measure[@kind = 'local']"/>
    <xsl:if test="$plan-locals">
      <h2 id="lokale"><xsl:call-template name="msg"><xsl:with-param name="id" select="'local-measures'"/></xsl:call-template></h2>
      <table id="local-measures" class="sortable" data-filter="{$filter}">
        <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'measures'"/></xsl:call-template></th>
          <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'level'"/></xsl:call-template></th>
          <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'status'"/></xsl:call-template></th>
          <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'responsible'"/></xsl:call-template></th>
          <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'source'"/></xsl:call-template></th></tr>
        <xsl:for-each select="$plan-locals">
          <tr><td><xsl:value-of select="name"/></td>
            <td><xsl:call-template name="levels"><xsl:with-param name="list"><xsl:for-each select="level"><xsl:value-of select="@value"/><xsl:text> </xsl:text></xsl:for-each></xsl:with-param></xsl:call-template>
              <xsl:call-template name="certainty"><xsl:with-param name="facts" select="level"/><xsl:with-param name="from" select="'level-from'"/><xsl:with-param name="kind" select="'level'"/></xsl:call-template></td>
            <td><xsl:call-template name="status"><xsl:with-param name="value" select="status/@value"/></xsl:call-template>
              <xsl:call-template name="certainty"><xsl:with-param name="facts" select="status"/></xsl:call-template></td>
            <td><xsl:for-each select="responsible"><xsl:if test="position() &gt; 1">, </xsl:if><xsl:call-template name="term"><xsl:with-param name="kind" select="'service'"/><xsl:with-param name="id" select="@ref"/></xsl:call-template><xsl:if test="not(@ref)"><xsl:value-of select="@quote"/></xsl:if></xsl:for-each>
              <xsl:call-template name="certainty"><xsl:with-param name="facts" select="responsible"/></xsl:call-template></td>
            <td><xsl:for-each select="mention[1]"><xsl:call-template name="prov"/></xsl:for-each></td></tr>
        </xsl:for-each>
      </table>
    </xsl:if>
    <xsl:if test="$m/local and not($plan-locals)">
      <h2><xsl:call-template name="msg"><xsl:with-param name="id" select="'local-measures'"/></xsl:call-template></h2>
      <table>
        <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'measures'"/></xsl:call-template></th>
          <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'level'"/></xsl:call-template></th>
          <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'source'"/></xsl:call-template></th></tr>
        <xsl:for-each select="$m/local">
          <tr><td><xsl:value-of select="@name"/></td>
            <td><xsl:call-template name="levels"><xsl:with-param name="list" select="@levels"/></xsl:call-template></td>
            <td><span class="prov"><xsl:call-template name="at"/></span></td></tr>
        </xsl:for-each>
      </table>
    </xsl:if>
    <h2><xsl:call-template name="msg"><xsl:with-param name="id" select="'borrow'"/></xsl:call-template></h2>
    <p class="intro"><xsl:call-template name="msg"><xsl:with-param name="id" select="'borrow-intro'"/></xsl:call-template></p>
    <div class="cards">
      <xsl:variable name="county" select="string($m/@county)"/>
      <xsl:for-each select="key('borrower', $id)/suggestion">
        <div class="card">
          <h3><xsl:value-of select="@rank"/>. <xsl:call-template name="link"><xsl:with-param name="kind" select="'programme'"/><xsl:with-param name="key" select="@ref"/><xsl:with-param name="text" select="@name"/></xsl:call-template></h3>
          <div><xsl:value-of select="@peers"/><xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="concat('peer', substring('s', 1, number(@peers != 1)))"/></xsl:call-template>
            <xsl:if test="@evidence-level"> · <xsl:call-template name="ungsinn"><xsl:with-param name="value" select="@evidence-level"/></xsl:call-template></xsl:if></div>
          <xsl:for-each select="peer">
            <xsl:variable name="sim" select="@similarity"/>
            <div><xsl:if test="$county != '' and string(key('municipality', @municipality)/@county) = $county"><span class="badge none"><xsl:call-template name="msg"><xsl:with-param name="id" select="'same-county'"/></xsl:call-template></span><xsl:text> </xsl:text></xsl:if>
              <xsl:if test="$sim"><span class="prov"><xsl:call-template name="msg"><xsl:with-param name="id" select="'likeness'"/></xsl:call-template><xsl:text> </xsl:text><xsl:value-of select="format-number($sim, '0.00')"/></span><xsl:text> </xsl:text></xsl:if>
              <b><xsl:call-template name="mlink"><xsl:with-param name="id" select="@municipality"/></xsl:call-template></b><xsl:text> </xsl:text>
              <xsl:call-template name="levels"><xsl:with-param name="list" select="@levels"/></xsl:call-template>
              <xsl:if test="@responsible != ''"> · <xsl:call-template name="services"><xsl:with-param name="list" select="@responsible"/></xsl:call-template></xsl:if><br/>
              <xsl:call-template name="prov"/></div>
          </xsl:for-each>
        </div>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- A cooperation model's levels ("0 1 2 3") each with the label the
       vocabulary gives it. -->
  <xsl:template name="model-levels">
    <xsl:param name="list"/>
    <xsl:param name="entry"/>
    <xsl:variable name="l" select="normalize-space($list)"/>
    <xsl:if test="$l != ''">
      <xsl:variable name="n" select="substring-before(concat($l, ' '), ' ')"/>
      <li><xsl:call-template name="msg"><xsl:with-param name="id" select="'model-level'"/></xsl:call-template><xsl:text> </xsl:text><xsl:value-of select="$n"/>
        <xsl:if test="$entry/model-level[@number = $n]">: <xsl:value-of select="$entry/model-level[@number = $n]"/></xsl:if></li>
      <xsl:call-template name="model-levels"><xsl:with-param name="list" select="substring-after($l, ' ')"/><xsl:with-param name="entry" select="$entry"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The responsibility matrix the plans give: a row per risk area, a
       column per prevention level, the services in each cell. -->
  <xsl:template name="responsibility">
    <xsl:param name="plans"/>
    <xsl:variable name="entries" select="$plans/responsibility-matrix/entry"/>
    <xsl:if test="$entries">
      <h2 id="ansvar"><xsl:call-template name="msg"><xsl:with-param name="id" select="'responsibility'"/></xsl:call-template></h2>
      <p class="intro"><xsl:call-template name="msg"><xsl:with-param name="id" select="'responsibility-intro'"/></xsl:call-template></p>
      <table id="responsibility">
        <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'risk-area'"/></xsl:call-template></th>
          <th><xsl:call-template name="levels"><xsl:with-param name="list" select="'universell'"/></xsl:call-template></th>
          <th><xsl:call-template name="levels"><xsl:with-param name="list" select="'selektiv'"/></xsl:call-template></th>
          <th><xsl:call-template name="levels"><xsl:with-param name="list" select="'indisert'"/></xsl:call-template></th></tr>
        <xsl:for-each select="$entries[not(@risk = preceding-sibling::entry/@risk)]">
          <xsl:variable name="risk" select="@risk"/>
          <tr><th><xsl:value-of select="$risk"/></th>
            <xsl:call-template name="resp-cell"><xsl:with-param name="cell" select="$entries[@risk = $risk and @level = 'universell']"/></xsl:call-template>
            <xsl:call-template name="resp-cell"><xsl:with-param name="cell" select="$entries[@risk = $risk and @level = 'selektiv']"/></xsl:call-template>
            <xsl:call-template name="resp-cell"><xsl:with-param name="cell" select="$entries[@risk = $risk and @level = 'indisert']"/></xsl:call-template></tr>
        </xsl:for-each>
      </table>
      <p class="prov"><xsl:for-each select="$entries[1]"><xsl:call-template name="at"/></xsl:for-each>–<xsl:value-of select="$entries[last()]/@line"/></p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="resp-cell">
    <xsl:param name="cell"/>
    <td><xsl:for-each select="$cell">
        <xsl:if test="position() &gt; 1">, </xsl:if>
        <span><xsl:attribute name="title"><xsl:call-template name="at"/></xsl:attribute><xsl:call-template name="term"><xsl:with-param name="kind" select="'service'"/><xsl:with-param name="id" select="@service"/></xsl:call-template></span>
      </xsl:for-each></td>
  </xsl:template>

  <!-- The risk factors the plans name (Kvello's list), with where. -->
  <xsl:template name="risk-factors">
    <xsl:param name="plans"/>
    <xsl:variable name="risks" select="$plans/risk-factors/risk-factor"/>
    <xsl:if test="$risks">
      <h2 id="risiko"><xsl:call-template name="msg"><xsl:with-param name="id" select="'risk-factors'"/></xsl:call-template></h2>
      <p class="intro"><xsl:call-template name="msg"><xsl:with-param name="id" select="'risk-factors-intro'"/></xsl:call-template></p>
      <ul><xsl:for-each select="$risks">
          <li><b><xsl:call-template name="term"><xsl:with-param name="kind" select="'risk-factor'"/><xsl:with-param name="id" select="@ref"/></xsl:call-template></b>
            <xsl:text> </xsl:text><span class="prov">(<xsl:value-of select="count(mention)"/>)</span><br/>
            <!-- the fullest naming first ("Alvorlige krenkelser" in the plan's
                 list of risk factors, not "krenkelser" of pupils bullied at
                 school): a short alias alone may mean something else -->
            <xsl:for-each select="mention">
              <xsl:sort select="string-length(@quote)" data-type="number" order="descending"/>
              <xsl:if test="position() = 1"><xsl:call-template name="prov"/></xsl:if>
            </xsl:for-each></li>
        </xsl:for-each></ul>
    </xsl:if>
  </xsl:template>

  <!-- The footer of a municipality's page: its documents' checksums. -->
  <xsl:template match="municipality" mode="footer">
    <xsl:call-template name="checksums"><xsl:with-param name="docs" select="document"/></xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
