<#ftl output_format="HTML">
<#import "efp-layout.ftl" as layout>
<#import "efp-habilitation-details.ftl" as habilitation>
<@layout.efpLayout title=msg("efpAccessApprovedTitle")>
<p style="margin:0 0 16px 0;"><#if (structure!false)>${msg("efpAccessApprovedIntroStructure", applicationName, companyName, siret)}<#else>${msg("efpAccessApprovedIntro", applicationName, companyName, siret)}</#if></p>
<@habilitation.details/>
<p style="margin:0;"><a href="${link}" style="color:#000091;">${msg("efpAccessApprovedLink", applicationName)}</a></p>
</@layout.efpLayout>
