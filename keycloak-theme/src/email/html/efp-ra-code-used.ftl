<#ftl output_format="HTML">
<#import "efp-layout.ftl" as layout>
<@layout.efpLayout title=msg("efpRaCodeUsedTitle")>
<p style="margin:0;">${msg("efpRaCodeUsedIntro", newManagerName, newManagerEmail, applicationName, companyName, siret)}</p>
</@layout.efpLayout>
