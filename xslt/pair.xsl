<?xml version="1.0" encoding="UTF-8"?>
<!-- pair.xsl: every pair page on the page list, in one transformation: two
     municipalities, what they share, what only one has, and their goals
     that are alike. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
  <xsl:import href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:key name="municipality" match="/comparison/municipalities/municipality" use="@id"/>
  <xsl:key name="peer" match="/comparison/similarity/municipality/peer" use="concat(../@id, '|', @id)"/>
  <xsl:key name="programme" match="/comparison/programmes/programme" use="@ref"/>
  <xsl:key name="clustered-goal" match="/comparison/goals/cluster/goal" use="@municipality"/>

  <xsl:template match="/">
    <xsl:for-each select="/comparison/pages/page[@kind = 'pair']">
      <exsl:document href="{@href}" method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat">
        <xsl:variable name="a" select="@a"/>
        <xsl:variable name="b" select="@b"/>
        <xsl:for-each select="key('peer', @key)">
          <xsl:call-template name="page">
            <xsl:with-param name="title"><xsl:value-of select="key('municipality', $a)/@name"/> – <xsl:value-of select="key('municipality', $b)/@name"/></xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </exsl:document>
    </xsl:for-each>
  </xsl:template>

  <!-- A peer of municipality A: its sets as elements; programmes by name. -->
  <xsl:template match="peer" mode="body">
    <xsl:call-template name="pair-body">
      <xsl:with-param name="a" select="string(../@id)"/>
      <xsl:with-param name="b" select="string(@id)"/>
      <xsl:with-param name="shared"><xsl:apply-templates select="programme" mode="list"/></xsl:with-param>
      <xsl:with-param name="only-a"><xsl:apply-templates select="only-a" mode="list"/></xsl:with-param>
      <xsl:with-param name="only-b"><xsl:apply-templates select="only-b" mode="list"/></xsl:with-param>
      <xsl:with-param name="services"><xsl:apply-templates select="service" mode="list"/></xsl:with-param>
      <xsl:with-param name="goal-words"><xsl:value-of select="@goal-terms"/><xsl:if test="not(@goal-terms)"><xsl:value-of select="count(goal-term)"/></xsl:if></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="programme | only-a | only-b" mode="list">
    <xsl:if test="position() &gt; 1">, </xsl:if>
    <xsl:variable name="p" select="key('programme', @ref)"/>
    <xsl:value-of select="$p/@name"/><xsl:if test="not($p)"><xsl:value-of select="@ref"/></xsl:if>
  </xsl:template>
  <xsl:template match="service" mode="list">
    <xsl:if test="position() &gt; 1">, </xsl:if>
    <xsl:call-template name="term"><xsl:with-param name="kind" select="'service'"/><xsl:with-param name="id" select="@ref"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="pair-body">
    <xsl:param name="a"/><xsl:param name="b"/>
    <xsl:param name="shared"/><xsl:param name="only-a"/><xsl:param name="only-b"/>
    <xsl:param name="services"/><xsl:param name="goal-words"/>
    <xsl:variable name="na" select="key('municipality', $a)/@name"/>
    <xsl:variable name="nb" select="key('municipality', $b)/@name"/>
    <xsl:call-template name="similarity-words"/>
    <table>
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'shared'"/></xsl:call-template></th><td><xsl:value-of select="$shared"/></td></tr>
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'only'"/></xsl:call-template><xsl:text> </xsl:text><xsl:call-template name="link"><xsl:with-param name="kind" select="'municipality'"/><xsl:with-param name="key" select="$a"/><xsl:with-param name="text" select="$na"/></xsl:call-template></th><td><xsl:value-of select="$only-a"/></td></tr>
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'only'"/></xsl:call-template><xsl:text> </xsl:text><xsl:call-template name="link"><xsl:with-param name="kind" select="'municipality'"/><xsl:with-param name="key" select="$b"/><xsl:with-param name="text" select="$nb"/></xsl:call-template></th><td><xsl:value-of select="$only-b"/></td></tr>
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'services'"/></xsl:call-template></th><td><xsl:value-of select="$services"/></td></tr>
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'goals'"/></xsl:call-template></th><td><xsl:value-of select="$goal-words"/><xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="concat('goal-word', substring('s', 1, number($goal-words != 1)))"/></xsl:call-template></td></tr>
    </table>
    <xsl:if test="key('clustered-goal', $a)/parent::cluster[goal/@municipality = $b]">
      <h2><xsl:call-template name="msg"><xsl:with-param name="id" select="'aligned-goals'"/></xsl:call-template></h2>
    </xsl:if>
    <xsl:for-each select="key('clustered-goal', $a)/parent::cluster[goal/@municipality = $b]">
      <div class="card">
        <xsl:for-each select="goal[@municipality = $a or @municipality = $b]"><div><b><xsl:call-template name="mname"><xsl:with-param name="id" select="@municipality"/></xsl:call-template></b>: <xsl:call-template name="prov"/></div></xsl:for-each></div>
    </xsl:for-each>
  </xsl:template>

  <!-- The similarity in words: the overall figure on its scale, a
       sentence saying what it means, and its three parts named. -->
  <xsl:template name="similarity-words">
    <p class="intro"><xsl:call-template name="msg"><xsl:with-param name="id" select="'overall'"/></xsl:call-template>:
      <b><xsl:value-of select="format-number(@overall, '0.00')"/></b><xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="'sim-scale'"/></xsl:call-template>.
      <xsl:call-template name="msg"><xsl:with-param name="id" select="concat('sim-', substring('little', 1, 6 * (@overall &lt; 0.2)), substring('some', 1, 4 * (@overall &gt;= 0.2 and @overall &lt; 0.5)), substring('much', 1, 4 * (@overall &gt;= 0.5)))"/></xsl:call-template></p>
    <p><xsl:call-template name="msg"><xsl:with-param name="id" select="'sim-parts'"/></xsl:call-template>:
      <xsl:call-template name="msg"><xsl:with-param name="id" select="'sim-programmes'"/></xsl:call-template><xsl:text> </xsl:text><b><xsl:value-of select="format-number(@measures, '0.00')"/></b>,
      <xsl:call-template name="msg"><xsl:with-param name="id" select="'sim-services'"/></xsl:call-template><xsl:text> </xsl:text><b><xsl:value-of select="format-number(@services, '0.00')"/></b>,
      <xsl:call-template name="msg"><xsl:with-param name="id" select="'sim-goals'"/></xsl:call-template><xsl:text> </xsl:text><b><xsl:value-of select="format-number(@goals, '0.00')"/></b>.</p>
  </xsl:template>
</xsl:stylesheet>
