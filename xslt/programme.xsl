<?xml version="1.0" encoding="UTF-8"?>
<!-- programme.xsl: every programme's page, in one transformation (the
     programme pages on the page list): who runs it, at what level, run by
     whom, and what each plan says (quote, file:line). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
  <xsl:import href="common.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:key name="municipality" match="/comparison/municipalities/municipality" use="@id"/>
  <xsl:key name="programme" match="/comparison/programmes/programme" use="@ref"/>

  <xsl:template match="/">
    <xsl:for-each select="/comparison/pages/page[@kind = 'programme']">
      <exsl:document href="{@href}" method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat">
        <xsl:for-each select="key('programme', @key)">
          <xsl:call-template name="page"><xsl:with-param name="title" select="string(@name)"/></xsl:call-template>
        </xsl:for-each>
      </exsl:document>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="programme" mode="body">
    <p class="intro"><xsl:value-of select="@municipalities"/><xsl:text> </xsl:text><xsl:call-template name="msg"><xsl:with-param name="id" select="'runs'"/></xsl:call-template>
      <xsl:if test="@evidence-level"> · <xsl:call-template name="ungsinn"><xsl:with-param name="value" select="@evidence-level"/></xsl:call-template></xsl:if></p>
    <xsl:variable name="e" select="key('vocab', concat('programme|', @ref))"/>
    <xsl:if test="$e">
      <h2><xsl:call-template name="msg"><xsl:with-param name="id" select="'about'"/></xsl:call-template></h2>
      <table class="about">
        <xsl:if test="$e/name"><tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'programme'"/></xsl:call-template></th><td><xsl:call-template name="term"><xsl:with-param name="kind" select="'programme'"/><xsl:with-param name="id" select="@ref"/></xsl:call-template></td></tr></xsl:if>
        <xsl:call-template name="about-row"><xsl:with-param name="id" select="'target-group'"/><xsl:with-param name="facts" select="$e/target-group"/></xsl:call-template>
        <xsl:if test="@evidence-level"><tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'evidence'"/></xsl:call-template></th><td><xsl:call-template name="ungsinn"><xsl:with-param name="value" select="@evidence-level"/></xsl:call-template></td></tr></xsl:if>
        <xsl:call-template name="about-row"><xsl:with-param name="id" select="'evidence-text'"/><xsl:with-param name="facts" select="$e/evidence"/></xsl:call-template>
        <xsl:call-template name="about-row"><xsl:with-param name="id" select="'owner'"/><xsl:with-param name="facts" select="$e/owner"/></xsl:call-template>
        <xsl:call-template name="about-row"><xsl:with-param name="id" select="'note'"/><xsl:with-param name="facts" select="$e/note"/></xsl:call-template>
        <xsl:if test="$e/source/@url"><tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'sources'"/></xsl:call-template></th>
          <td><xsl:for-each select="$e/source/@url"><a href="{.}" rel="noreferrer"><xsl:value-of select="."/></a><br/></xsl:for-each></td></tr></xsl:if>
      </table>
    </xsl:if>
    <h2><xsl:call-template name="msg"><xsl:with-param name="id" select="'what-they-say'"/></xsl:call-template></h2>
    <table class="sortable" data-filter="{$filter}">
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="'municipality'"/></xsl:call-template></th>
        <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'level'"/></xsl:call-template></th>
        <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'status'"/></xsl:call-template></th>
        <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'responsible'"/></xsl:call-template></th>
        <th><xsl:call-template name="msg"><xsl:with-param name="id" select="'source'"/></xsl:call-template></th></tr>
      <xsl:for-each select="cell">
        <tr><td><xsl:call-template name="link"><xsl:with-param name="kind" select="'municipality'"/><xsl:with-param name="key" select="@municipality"/><xsl:with-param name="text" select="key('municipality', @municipality)/@name"/></xsl:call-template>
            <xsl:if test="key('municipality', @municipality)/@county"><br/><span class="prov"><xsl:value-of select="key('municipality', @municipality)/@county"/></span></xsl:if></td>
          <xsl:choose>
            <xsl:when test="@covered-by"><td colspan="4" class="covered"><xsl:call-template name="msg"><xsl:with-param name="id" select="'covered'"/></xsl:call-template><xsl:text> </xsl:text><xsl:call-template name="link"><xsl:with-param name="kind" select="'programme'"/><xsl:with-param name="key" select="@covered-by"/><xsl:with-param name="text"><xsl:value-of select="key('programme', @covered-by)/@name"/><xsl:if test="not(key('programme', @covered-by))"><xsl:value-of select="@covered-by"/></xsl:if></xsl:with-param></xsl:call-template>
              <span class="prov"> (<xsl:call-template name="msg"><xsl:with-param name="id" select="'covered-inferred'"/></xsl:call-template>)</span></td></xsl:when>
            <xsl:otherwise>
              <td><xsl:call-template name="levels"><xsl:with-param name="list" select="@levels"/></xsl:call-template>
                <xsl:call-template name="level-certainty"><xsl:with-param name="municipality" select="@municipality"/><xsl:with-param name="ref" select="../@ref"/></xsl:call-template></td>
              <td><xsl:call-template name="status"><xsl:with-param name="value" select="@status"/></xsl:call-template><xsl:call-template name="certainty"><xsl:with-param name="facts" select="key('measure-of', concat(@municipality, '|', ../@ref))/status"/></xsl:call-template></td><td><xsl:call-template name="services"><xsl:with-param name="list" select="@responsible"/></xsl:call-template><xsl:call-template name="certainty"><xsl:with-param name="facts" select="key('measure-of', concat(@municipality, '|', ../@ref))/responsible"/></xsl:call-template></td>
              <td><xsl:call-template name="prov"/></td>
            </xsl:otherwise>
          </xsl:choose></tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <!-- A row of the programme's facts from the thesaurus: the fact in the
       page's language when the thesaurus has it (lang="en"), else the
       bokmål one, which the English page marks as Norwegian. -->
  <xsl:template name="about-row">
    <xsl:param name="id"/>
    <xsl:param name="facts"/>
    <xsl:variable name="own" select="$facts[@lang = $lang]"/>
    <xsl:variable name="nb" select="$facts[not(@lang) or @lang = 'nb']"/>
    <xsl:variable name="v" select="($own | $nb[not($own)])[1]"/>
    <xsl:if test="normalize-space($v) != ''">
      <tr><th><xsl:call-template name="msg"><xsl:with-param name="id" select="$id"/></xsl:call-template></th>
        <td><xsl:value-of select="$v"/><xsl:if test="$lang = 'en' and not($own)"><xsl:text> </xsl:text><span class="prov"><xsl:call-template name="msg"><xsl:with-param name="id" select="'in-norwegian'"/></xsl:call-template></span></xsl:if></td></tr>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
