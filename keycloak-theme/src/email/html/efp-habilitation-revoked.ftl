<#ftl output_format="HTML">
<#import "efp-layout.ftl" as layout>
<#-- To the company's other access managers: someone's access was withdrawn. -->
<#assign actor = actorName?has_content?then(actorName, msg("efpAnAdministrator"))>
<@layout.efpLayout title=msg("efpHabilitationRevokedTitle")>
<p style="margin:0 0 16px 0;">${msg("efpHabilitationRevokedIntro", actor, subjectName, subjectEmail, applicationName, companyName, siret)}</p>
<p style="margin:0 0 16px 0;">${msg("efpHabilitationManagersWhy", applicationName, companyName)}</p>
<p style="margin:0;"><a href="${accountUrl}" style="color:#000091;">${msg("efpHabilitationManagersLink")}</a></p>
</@layout.efpLayout>
