<#ftl output_format="HTML">
<#import "efp-layout.ftl" as layout>
<@layout.efpLayout title=msg("efpHabilitationRevokedTitle")>
<p style="margin:0;">${msg("efpHabilitationRevokedIntro", actorName, subjectName, subjectEmail, applicationName, companyName, siret)}</p>
</@layout.efpLayout>
