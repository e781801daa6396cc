<#ftl output_format="HTML">
<#import "efp-layout.ftl" as layout>
<@layout.efpLayout title=msg("efpAccessRequestTitle")>
<p style="margin:0 0 16px 0;"><#if (structure!false)>${msg("efpAccessRequestIntroStructure", requesterName, requesterEmail, applicationName, companyName, siret)}<#else>${msg("efpAccessRequestIntro", requesterName, requesterEmail, applicationName, companyName, siret)}</#if></p>
<#if description?has_content><p style="margin:0 0 16px 0;">${msg("efpAccessRequestDescription")}</p>
<blockquote style="margin:0 0 16px 0;padding:8px 16px;border-left:4px solid #000091;white-space:pre-wrap;">${description}</blockquote></#if>
<p style="margin:0;"><a href="${link}" style="color:#000091;">${msg("efpAccessRequestLink")}</a></p>
</@layout.efpLayout>
