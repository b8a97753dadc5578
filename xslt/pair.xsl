<?xml version="1.0" encoding="UTF-8"?>
<!-- pair.xsl: two municipalities (parameters a, b): what they share, what
     only one has, and their goals that are alike. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:param name="a"/>
  <xsl:param name="b"/>
  <xsl:key name="municipality" match="municipalities/municipality" use="@id"/>
  <xsl:variable name="pair" select="/comparison/similarity/pair[@a = $a and @b = $b]"/>
  <xsl:variable name="na" select="key('municipality', $a)/@name"/>
  <xsl:variable name="nb" select="key('municipality', $b)/@name"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title"><xsl:value-of select="$na"/> – <xsl:value-of select="$nb"/></xsl:with-param>
      <xsl:with-param name="body">
        <p class="intro"><xsl:call-template name="msg"><xsl:with-param name="id" select="'similarity'"/></xsl:call-template>:
          <b><xsl:value-of select="$pair/@overall"/></b> (<xsl:value-of select="$pair/@measures"/> / <xsl:value-of select="$pair/@services"/> / <xsl:value-of select="$pair/@goals"/>)</p>
        <table>
          <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'shared'"/></xsl:call-template></th><td><xsl:value-of select="$pair/@shared-programmes"/></td></tr>
          <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'only'"/></xsl:call-template><xsl:text> </xsl:text><a href="kommune-{$a}.html"><xsl:value-of select="$na"/></a></th><td><xsl:value-of select="$pair/@only-a"/></td></tr>
          <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'only'"/></xsl:call-template><xsl:text> </xsl:text><a href="kommune-{$b}.html"><xsl:value-of select="$nb"/></a></th><td><xsl:value-of select="$pair/@only-b"/></td></tr>
          <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'services'"/></xsl:call-template></th><td><xsl:value-of select="$pair/@shared-services"/></td></tr>
          <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'goals'"/></xsl:call-template></th><td><xsl:value-of select="$pair/@shared-goals"/></td></tr>
        </table>
        <h2><xsl:call-template name="msg"><xsl:with-param name="id" select="'aligned-goals'"/></xsl:call-template></h2>
        <xsl:for-each select="/comparison/goals/cluster[goal/@municipality = $a and goal/@municipality = $b]">
          <div class="card"><h3><xsl:value-of select="@terms"/></h3>
            <xsl:for-each select="goal[@municipality = $a or @municipality = $b]"><div><b><xsl:value-of select="@municipality"/></b>: <xsl:call-template name="prov"/></div></xsl:for-each></div>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
