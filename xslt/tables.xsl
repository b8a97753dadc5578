<?xml version="1.0" encoding="UTF-8"?>
<!-- tables.xsl: matrix, goals or coverage of a comparison as TSV or CSV
     (parameters table and format; escaping as in measures-table.xsl). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="measures-table.xsl"/>
  <xsl:param name="table" select="'matrix'"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$table = 'matrix'">
        <xsl:call-template name="row"><xsl:with-param name="v1" select="'programme'"/><xsl:with-param name="v2" select="'municipality'"/><xsl:with-param name="v3" select="'levels'"/><xsl:with-param name="v4" select="'status'"/><xsl:with-param name="v5" select="'responsible'"/><xsl:with-param name="v6" select="'file'"/><xsl:with-param name="v7" select="'line'"/><xsl:with-param name="v8" select="'covered_by'"/></xsl:call-template>
        <xsl:for-each select="/comparison/programmes/programme/cell">
          <xsl:call-template name="row"><xsl:with-param name="v1" select="../@ref"/><xsl:with-param name="v2" select="@municipality"/><xsl:with-param name="v3" select="@levels"/><xsl:with-param name="v4" select="@status"/><xsl:with-param name="v5" select="@responsible"/><xsl:with-param name="v6" select="@file"/><xsl:with-param name="v7" select="@line"/><xsl:with-param name="v8" select="@covered-by"/></xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="$table = 'goals'">
        <xsl:call-template name="row"><xsl:with-param name="v1" select="'cluster'"/><xsl:with-param name="v2" select="'municipality'"/><xsl:with-param name="v3" select="'kind'"/><xsl:with-param name="v4" select="'terms'"/><xsl:with-param name="v5" select="'quote'"/><xsl:with-param name="v6" select="'file'"/><xsl:with-param name="v7" select="'line'"/><xsl:with-param name="v8" select="'municipalities'"/></xsl:call-template>
        <xsl:for-each select="/comparison/goals/cluster/goal">
          <xsl:call-template name="row"><xsl:with-param name="v1" select="../@id"/><xsl:with-param name="v2" select="@municipality"/><xsl:with-param name="v3" select="@kind"/><xsl:with-param name="v4" select="../@terms"/><xsl:with-param name="v5" select="@quote"/><xsl:with-param name="v6" select="@file"/><xsl:with-param name="v7" select="@line"/><xsl:with-param name="v8" select="../@municipalities"/></xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="row"><xsl:with-param name="v1" select="'municipality'"/><xsl:with-param name="v2" select="'requirement'"/><xsl:with-param name="v3" select="'status'"/><xsl:with-param name="v4" select="'law'"/><xsl:with-param name="v5" select="'quote'"/><xsl:with-param name="v6" select="'file'"/><xsl:with-param name="v7" select="'line'"/><xsl:with-param name="v8" select="'doc_type'"/></xsl:call-template>
        <xsl:for-each select="/comparison/coverage/plan/requirement">
          <xsl:call-template name="row"><xsl:with-param name="v1" select="../@municipality"/><xsl:with-param name="v2" select="@id"/><xsl:with-param name="v3" select="@status"/><xsl:with-param name="v4" select="../@law"/><xsl:with-param name="v5" select="evidence[1]/@quote"/><xsl:with-param name="v6" select="evidence[1]/@file"/><xsl:with-param name="v7" select="evidence[1]/@line"/><xsl:with-param name="v8" select="../@doc-type"/></xsl:call-template>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="row">
    <xsl:param name="v1"/><xsl:param name="v2"/><xsl:param name="v3"/><xsl:param name="v4"/>
    <xsl:param name="v5"/><xsl:param name="v6"/><xsl:param name="v7"/><xsl:param name="v8"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="$v1"/></xsl:call-template><xsl:value-of select="$sep"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="$v2"/></xsl:call-template><xsl:value-of select="$sep"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="$v3"/></xsl:call-template><xsl:value-of select="$sep"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="$v4"/></xsl:call-template><xsl:value-of select="$sep"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="$v5"/></xsl:call-template><xsl:value-of select="$sep"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="$v6"/></xsl:call-template><xsl:value-of select="$sep"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="$v7"/></xsl:call-template><xsl:value-of select="$sep"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="$v8"/></xsl:call-template>
    <xsl:value-of select="$eol"/>
  </xsl:template>
</xsl:stylesheet>
