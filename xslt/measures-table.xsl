<?xml version="1.0" encoding="UTF-8"?>
<!--
  measures-table.xsl: the measures of a set of plans as one table, TSV or CSV.

  Input: <plans> holding <plan> documents (schema/plan.rng), as `plandiff
  export measures` assembles them. Output: one row per measure, first columns
  exactly: municipality ref name level status responsible file line; then
  use, kind, theme, quote. file and line are where the measure is first named.
  Several levels or services are joined with ";".

  Parameter format: "tsv" (default; tab, newline and backslash inside values
  written as \t, \n and \\) or "csv" (RFC 4180: fields with a comma, quote or
  line break are quoted, quotes doubled, CRLF line ends).
  The stylesheet only lays out: the plans already hold every value.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:param name="format" select="'tsv'"/>

  <xsl:variable name="sep">
    <xsl:choose>
      <xsl:when test="$format = 'csv'">,</xsl:when>
      <xsl:otherwise><xsl:text>&#9;</xsl:text></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="eol">
    <xsl:choose>
      <xsl:when test="$format = 'csv'"><xsl:text>&#13;&#10;</xsl:text></xsl:when>
      <xsl:otherwise><xsl:text>&#10;</xsl:text></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:text>municipality</xsl:text><xsl:value-of select="$sep"/>
    <xsl:text>ref</xsl:text><xsl:value-of select="$sep"/>
    <xsl:text>name</xsl:text><xsl:value-of select="$sep"/>
    <xsl:text>level</xsl:text><xsl:value-of select="$sep"/>
    <xsl:text>status</xsl:text><xsl:value-of select="$sep"/>
    <xsl:text>responsible</xsl:text><xsl:value-of select="$sep"/>
    <xsl:text>file</xsl:text><xsl:value-of select="$sep"/>
    <xsl:text>line</xsl:text><xsl:value-of select="$sep"/>
    <xsl:text>use</xsl:text><xsl:value-of select="$sep"/>
    <xsl:text>kind</xsl:text><xsl:value-of select="$sep"/>
    <xsl:text>theme</xsl:text><xsl:value-of select="$sep"/>
    <xsl:text>quote</xsl:text>
    <xsl:value-of select="$eol"/>
    <xsl:apply-templates select="plans/plan/measures/measure"/>
  </xsl:template>

  <xsl:template match="measure">
    <xsl:call-template name="field">
      <xsl:with-param name="v" select="ancestor::plan/municipality/@id"/>
    </xsl:call-template>
    <xsl:value-of select="$sep"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="@ref"/></xsl:call-template>
    <xsl:value-of select="$sep"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="name"/></xsl:call-template>
    <xsl:value-of select="$sep"/>
    <xsl:call-template name="field">
      <xsl:with-param name="v">
        <xsl:for-each select="level">
          <xsl:if test="position() &gt; 1">;</xsl:if>
          <xsl:value-of select="@value"/>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:value-of select="$sep"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="status/@value"/></xsl:call-template>
    <xsl:value-of select="$sep"/>
    <xsl:call-template name="field">
      <xsl:with-param name="v">
        <xsl:for-each select="responsible">
          <xsl:if test="position() &gt; 1">;</xsl:if>
          <xsl:choose>
            <xsl:when test="@ref"><xsl:value-of select="@ref"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="@quote"/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:value-of select="$sep"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="mention[1]/@file"/></xsl:call-template>
    <xsl:value-of select="$sep"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="mention[1]/@line"/></xsl:call-template>
    <xsl:value-of select="$sep"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="@use"/></xsl:call-template>
    <xsl:value-of select="$sep"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="@kind"/></xsl:call-template>
    <xsl:value-of select="$sep"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="theme"/></xsl:call-template>
    <xsl:value-of select="$sep"/>
    <xsl:call-template name="field"><xsl:with-param name="v" select="mention[1]/@quote"/></xsl:call-template>
    <xsl:value-of select="$eol"/>
  </xsl:template>

  <!-- One value, escaped for the format. -->
  <xsl:template name="field">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="$format = 'csv'">
        <xsl:choose>
          <xsl:when test="contains($v, ',') or contains($v, '&quot;') or contains($v, '&#10;') or contains($v, '&#13;')">
            <xsl:text>"</xsl:text>
            <xsl:call-template name="replace">
              <xsl:with-param name="s" select="string($v)"/>
              <xsl:with-param name="from" select="'&quot;'"/>
              <xsl:with-param name="to" select="'&quot;&quot;'"/>
            </xsl:call-template>
            <xsl:text>"</xsl:text>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="b">
          <xsl:call-template name="replace">
            <xsl:with-param name="s" select="string($v)"/>
            <xsl:with-param name="from" select="'\'"/>
            <xsl:with-param name="to" select="'\\'"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="t">
          <xsl:call-template name="replace">
            <xsl:with-param name="s" select="$b"/>
            <xsl:with-param name="from" select="'&#9;'"/>
            <xsl:with-param name="to" select="'\t'"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="n">
          <xsl:call-template name="replace">
            <xsl:with-param name="s" select="$t"/>
            <xsl:with-param name="from" select="'&#10;'"/>
            <xsl:with-param name="to" select="'\n'"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="replace">
          <xsl:with-param name="s" select="$n"/>
          <xsl:with-param name="from" select="'&#13;'"/>
          <xsl:with-param name="to" select="'\r'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Replaces every FROM in S by TO (iterative over the occurrences). -->
  <xsl:template name="replace">
    <xsl:param name="s"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="contains($s, $from)">
        <xsl:value-of select="substring-before($s, $from)"/>
        <xsl:value-of select="$to"/>
        <xsl:call-template name="replace">
          <xsl:with-param name="s" select="substring-after($s, $from)"/>
          <xsl:with-param name="from" select="$from"/>
          <xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
