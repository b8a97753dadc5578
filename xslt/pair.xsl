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
  <xsl:key name="clustered-goal" match="/comparison/goals/cluster/goal" use="@municipality"/>

  <xsl:template match="/">
    <xsl:for-each select="/comparison/pages/page[@kind = 'pair']">
      <exsl:document href="{@href}" method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat">
        <xsl:for-each select="key('pair', @key)">
          <xsl:call-template name="page">
            <xsl:with-param name="title"><xsl:value-of select="key('municipality', @a)/@name"/> – <xsl:value-of select="key('municipality', @b)/@name"/></xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </exsl:document>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="pair" mode="body">
    <xsl:variable name="a" select="string(@a)"/>
    <xsl:variable name="b" select="string(@b)"/>
    <xsl:variable name="na" select="key('municipality', $a)/@name"/>
    <xsl:variable name="nb" select="key('municipality', $b)/@name"/>
    <p class="intro"><xsl:call-template name="msg"><xsl:with-param name="id" select="'similarity'"/></xsl:call-template>:
          <b><xsl:value-of select="@overall"/></b> (<xsl:value-of select="@measures"/> / <xsl:value-of select="@services"/> / <xsl:value-of select="@goals"/>)</p>
    <table>
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'shared'"/></xsl:call-template></th><td><xsl:value-of select="@shared-programmes"/></td></tr>
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'only'"/></xsl:call-template><xsl:text> </xsl:text><xsl:call-template name="link"><xsl:with-param name="kind" select="'municipality'"/><xsl:with-param name="key" select="$a"/><xsl:with-param name="text" select="$na"/></xsl:call-template></th><td><xsl:value-of select="@only-a"/></td></tr>
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'only'"/></xsl:call-template><xsl:text> </xsl:text><xsl:call-template name="link"><xsl:with-param name="kind" select="'municipality'"/><xsl:with-param name="key" select="$b"/><xsl:with-param name="text" select="$nb"/></xsl:call-template></th><td><xsl:value-of select="@only-b"/></td></tr>
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'services'"/></xsl:call-template></th><td><xsl:value-of select="@shared-services"/></td></tr>
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'goals'"/></xsl:call-template></th><td><xsl:value-of select="@shared-goals"/></td></tr>
    </table>
    <h2><xsl:call-template name="msg"><xsl:with-param name="id" select="'aligned-goals'"/></xsl:call-template></h2>
    <xsl:for-each select="key('clustered-goal', $a)/parent::cluster[goal/@municipality = $b]">
      <div class="card"><h3><xsl:value-of select="@terms"/></h3>
        <xsl:for-each select="goal[@municipality = $a or @municipality = $b]"><div><b><xsl:value-of select="@municipality"/></b>: <xsl:call-template name="prov"/></div></xsl:for-each></div>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
