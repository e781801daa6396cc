<#ftl output_format="HTML">
<#import "efp-layout.ftl" as layout>
<@layout.efpLayout title=msg("efpHabilitationGrantedTitle")>
<p style="margin:0;">${msg("efpHabilitationGrantedIntro", actorName, subjectName, subjectEmail, applicationName, companyName, siret)}</p>
</@layout.efpLayout>
