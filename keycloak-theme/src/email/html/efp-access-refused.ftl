<#ftl output_format="HTML">
<#import "efp-layout.ftl" as layout>
<@layout.efpLayout title=msg("efpAccessRefusedTitle")>
<p style="margin:0 0 16px 0;"><#if (structure!false)>${msg("efpAccessRefusedIntroStructure", applicationName, companyName, siret)}<#else>${msg("efpAccessRefusedIntro", applicationName, companyName, siret)}</#if></p>
<p style="margin:0 0 16px 0;">${msg("efpAccessRefusedReason")}</p>
<blockquote style="margin:0;padding:8px 16px;border-left:4px solid #000091;white-space:pre-wrap;">${reason}</blockquote>
</@layout.efpLayout>
