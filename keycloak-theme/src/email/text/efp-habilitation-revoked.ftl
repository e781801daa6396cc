<#ftl output_format="plainText">
<#assign actor = actorName?has_content?then(actorName, msg("efpAnAdministrator"))>
${msg("efpHabilitationRevokedTitle")}

${msg("efpHabilitationRevokedIntro", actor, subjectName, subjectEmail, applicationName, companyName, siret)}

${msg("efpHabilitationManagersWhy", applicationName, companyName)}

${msg("efpTextLink", msg("efpHabilitationManagersLink"), accountUrl)}

--
${msg("efpEmailFooter", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}
