<?xml version="1.0" encoding="UTF-8"?>
<!-- pair.xsl: every pair page on the page list, in one transformation: two
     municipalities, what they share, what only one has, and their goals
     that are alike. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
  <xsl:import href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:key name="municipality" match="/comparison/municipalities/municipality" use="@id"/>
  <xsl:key name="pair" match="/comparison/similarity/pair" use="concat(@a, '|', @b)"/>
  <xsl:key name="peer" match="/comparison/similarity/municipality/peer" use="concat(../@id, '|', @id)"/>
  <xsl:key name="programme" match="/comparison/programmes/programme" use="@ref"/>
  <xsl:key name="clustered-goal" match="/comparison/goals/cluster/goal" use="@municipality"/>

  <xsl:template match="/">
    <xsl:for-each select="/comparison/pages/page[@kind = 'pair']">
      <exsl:document href="{@href}" method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat">
        <xsl:variable name="a" select="@a"/>
        <xsl:variable name="b" select="@b"/>
        <xsl:for-each select="key('pair', @key) | key('peer', @key)">
          <xsl:call-template name="page">
            <xsl:with-param name="title"><xsl:value-of select="key('municipality', $a)/@name"/> – <xsl:value-of select="key('municipality', $b)/@name"/></xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </exsl:document>
    </xsl:for-each>
  </xsl:template>

  <!-- The older shape: a pair with its sets as space-joined attributes. -->
  <xsl:template match="pair" mode="body">
    <xsl:call-template name="pair-body">
      <xsl:with-param name="a" select="string(@a)"/>
      <xsl:with-param name="b" select="string(@b)"/>
      <xsl:with-param name="shared" select="string(@shared-programmes)"/>
      <xsl:with-param name="only-a" select="string(@only-a)"/>
      <xsl:with-param name="only-b" select="string(@only-b)"/>
      <xsl:with-param name="services" select="string(@shared-services)"/>
      <xsl:with-param name="goals" select="string(@shared-goals)"/>
    </xsl:call-template>
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
      <xsl:with-param name="goals"><xsl:apply-templates select="goal-term" mode="list"/><xsl:if test="@goal-terms &gt; count(goal-term)"> …</xsl:if></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="programme | only-a | only-b" mode="list">
    <xsl:if test="position() &gt; 1">, </xsl:if>
    <xsl:variable name="p" select="key('programme', @ref)"/>
    <xsl:value-of select="$p/@name"/><xsl:if test="not($p)"><xsl:value-of select="@ref"/></xsl:if>
  </xsl:template>
  <xsl:template match="service | goal-term" mode="list">
    <xsl:if test="position() &gt; 1">, </xsl:if>
    <xsl:value-of select="@ref | self::goal-term"/>
  </xsl:template>

  <xsl:template name="pair-body">
    <xsl:param name="a"/><xsl:param name="b"/>
    <xsl:param name="shared"/><xsl:param name="only-a"/><xsl:param name="only-b"/>
    <xsl:param name="services"/><xsl:param name="goals"/>
    <xsl:variable name="na" select="key('municipality', $a)/@name"/>
    <xsl:variable name="nb" select="key('municipality', $b)/@name"/>
    <p class="intro"><xsl:call-template name="msg"><xsl:with-param name="id" select="'similarity'"/></xsl:call-template>:
          <b><xsl:value-of select="@overall"/></b> (<xsl:value-of select="@measures"/> / <xsl:value-of select="@services"/> / <xsl:value-of select="@goals"/>)</p>
    <table>
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'shared'"/></xsl:call-template></th><td><xsl:value-of select="$shared"/></td></tr>
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'only'"/></xsl:call-template><xsl:text> </xsl:text><xsl:call-template name="link"><xsl:with-param name="kind" select="'municipality'"/><xsl:with-param name="key" select="$a"/><xsl:with-param name="text" select="$na"/></xsl:call-template></th><td><xsl:value-of select="$only-a"/></td></tr>
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'only'"/></xsl:call-template><xsl:text> </xsl:text><xsl:call-template name="link"><xsl:with-param name="kind" select="'municipality'"/><xsl:with-param name="key" select="$b"/><xsl:with-param name="text" select="$nb"/></xsl:call-template></th><td><xsl:value-of select="$only-b"/></td></tr>
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'services'"/></xsl:call-template></th><td><xsl:value-of select="$services"/></td></tr>
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'goals'"/></xsl:call-template></th><td><xsl:value-of select="$goals"/></td></tr>
    </table>
    <h2><xsl:call-template name="msg"><xsl:with-param name="id" select="'aligned-goals'"/></xsl:call-template></h2>
    <xsl:for-each select="key('clustered-goal', $a)/parent::cluster[goal/@municipality = $b]">
      <div class="card"><h3><xsl:value-of select="@terms"/></h3>
        <xsl:for-each select="goal[@municipality = $a or @municipality = $b]"><div><b><xsl:value-of select="@municipality"/></b>: <xsl:call-template name="prov"/></div></xsl:for-each></div>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
