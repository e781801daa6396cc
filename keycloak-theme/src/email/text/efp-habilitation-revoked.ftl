<#ftl output_format="plainText">
${msg("efpHabilitationRevokedTitle")}

${msg("efpHabilitationRevokedIntro", actorName, subjectName, subjectEmail, applicationName, companyName, siret)}

--
${msg("efpEmailFooter", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}
