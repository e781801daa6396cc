<#ftl output_format="plainText">
<#import "efp-habilitation-details.ftl" as habilitation>
<#assign key = (change == "modified")?then("efpHabilitationModified", "efpHabilitationGranted")>
<#assign actor = actorName?has_content?then(actorName, msg("efpAnAdministrator"))>
${msg(key + "Title")}

${msg(key + "Intro", actor, subjectName, subjectEmail, applicationName, companyName, siret)}

<@habilitation.details/>

${msg("efpHabilitationManagersWhy", applicationName, companyName)}

${msg("efpTextLink", msg("efpHabilitationManagersLink"), accountUrl)}

--
${msg("efpEmailFooter", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}
