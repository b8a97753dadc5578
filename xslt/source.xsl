<?xml version="1.0" encoding="UTF-8"?>
<!-- source.xsl: a source-view page per document the rendering could read
     (the source pages on the page list): every line of the text with its
     number as an anchor (#L12), so a citation opens at its line, which the
     page highlights (:target) with no script. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
  <xsl:import href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>

  <xsl:template match="/">
    <xsl:for-each select="/comparison/pages/page[@kind = 'source']">
      <exsl:document href="{@href}" method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat">
        <xsl:for-each select="key('source', @key)">
          <xsl:call-template name="page"><xsl:with-param name="title" select="string(@file)"/></xsl:call-template>
        </xsl:for-each>
      </exsl:document>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="source" mode="body">
    <xsl:variable name="doc" select="/comparison/municipalities/municipality/document[@file = current()/@file][1]"/>
    <p class="intro">
      <xsl:for-each select="$doc/.."><xsl:call-template name="mlink"><xsl:with-param name="id" select="@id"/></xsl:call-template> · </xsl:for-each>
      <xsl:call-template name="doc-type"><xsl:with-param name="value" select="$doc/@doc-type"/></xsl:call-template>
      <xsl:text> </xsl:text><xsl:value-of select="$doc/@year"/> ·
      <xsl:call-template name="msg"><xsl:with-param name="id" select="'source-intro'"/></xsl:call-template></p>
    <!-- Each line comes built from C (pd_report_sources_doc) as
         <div id="L12"><a class="n" href="#L12">12</a><span>text</span></div>:
         one copy per page instead of three instructions per line. -->
    <div class="src"><xsl:copy-of select="div"/></div>
  </xsl:template>

  <xsl:template match="source" mode="footer">
    <xsl:call-template name="checksums"><xsl:with-param name="docs" select="/comparison/municipalities/municipality/document[@file = current()/@file][1]"/></xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
