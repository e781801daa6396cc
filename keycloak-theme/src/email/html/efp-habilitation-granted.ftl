<#ftl output_format="HTML">
<#import "efp-layout.ftl" as layout>
<#import "efp-habilitation-details.ftl" as habilitation>
<#-- To the company's other access managers. change: granted | modified. -->
<#assign key = (change == "modified")?then("efpHabilitationModified", "efpHabilitationGranted")>
<#assign actor = actorName?has_content?then(actorName, msg("efpAnAdministrator"))>
<@layout.efpLayout title=msg(key + "Title")>
<p style="margin:0 0 16px 0;">${msg(key + "Intro", actor, subjectName, subjectEmail, applicationName, companyName, siret)}</p>
<@habilitation.details/>
<p style="margin:0 0 16px 0;">${msg("efpHabilitationManagersWhy", applicationName, companyName)}</p>
<p style="margin:0;"><a href="${accountUrl}" style="color:#000091;">${msg("efpHabilitationManagersLink")}</a></p>
</@layout.efpLayout>
