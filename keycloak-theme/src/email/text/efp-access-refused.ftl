<#ftl output_format="plainText">
${msg("efpAccessRefusedTitle")}

${msg("efpAccessRefusedIntro", applicationName, companyName, siret)}

${msg("efpAccessRefusedReason")}
${reason}

--
${msg("efpEmailFooter", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}
