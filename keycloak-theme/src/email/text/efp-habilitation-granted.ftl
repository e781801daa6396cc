<#ftl output_format="plainText">
${msg("efpHabilitationGrantedTitle")}

${msg("efpHabilitationGrantedIntro", actorName, subjectName, subjectEmail, applicationName, companyName, siret)}

--
${msg("efpEmailFooter", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}
