<#ftl output_format="plainText">
${msg("efpRaCodeUsedTitle")}

${msg("efpRaCodeUsedIntro", newManagerName, newManagerEmail, applicationName, companyName, siret)}

--
${msg("efpEmailFooter", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}
