<?xml version="1.0" encoding="UTF-8"?>
<!-- programme.xsl: one programme (parameter ref): who runs it, at what
     level, run by whom, and what each plan says (quote, file:line). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:param name="ref"/>
  <xsl:key name="municipality" match="municipalities/municipality" use="@id"/>
  <xsl:variable name="p" select="/comparison/programmes/programme[@ref = $ref]"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title"><xsl:value-of select="$p/@name"/></xsl:with-param>
      <xsl:with-param name="body">
        <p class="intro"><xsl:value-of select="$p/@municipalities"/><xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="'runs'"/></xsl:call-template>
          <xsl:if test="$p/@evidence-level"> · <xsl:call-template name="msg"><xsl:with-param name="id" select="'evidence'"/></xsl:call-template><xsl:text> </xsl:text><xsl:value-of select="$p/@evidence-level"/></xsl:if></p>
        <h2><xsl:call-template name="msg"><xsl:with-param name="id" select="'what-they-say'"/></xsl:call-template></h2>
        <table>
          <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'municipality'"/></xsl:call-template></th>
            <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'level'"/></xsl:call-template></th>
            <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'status'"/></xsl:call-template></th>
            <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'responsible'"/></xsl:call-template></th>
            <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'source'"/></xsl:call-template></th></tr>
          <xsl:for-each select="$p/cell">
            <tr><td><a href="kommune-{@municipality}.html"><xsl:value-of select="key('municipality', @municipality)/@name"/></a></td>
              <xsl:choose>
                <xsl:when test="@covered-by"><td colspan="4" class="covered"><xsl:call-template name="msg"><xsl:with-param name="id" select="'covered'"/></xsl:call-template><xsl:text> </xsl:text><a href="program-{@covered-by}.html"><xsl:value-of select="@covered-by"/></a></td></xsl:when>
                <xsl:otherwise>
                  <td><xsl:call-template name="levels"><xsl:with-param name="list" select="@levels"/></xsl:call-template></td>
                  <td><xsl:value-of select="@status"/></td><td><xsl:value-of select="@responsible"/></td>
                  <td><xsl:call-template name="prov"/></td>
                </xsl:otherwise>
              </xsl:choose></tr>
          </xsl:for-each>
        </table>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
