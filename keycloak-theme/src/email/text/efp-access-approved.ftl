<#ftl output_format="plainText">
${msg("efpAccessApprovedTitle")}

${msg("efpAccessApprovedIntro", applicationName, companyName, siret, roles)}

${msg("efpAccessApprovedLink", applicationName)} : ${link}

--
${msg("efpEmailFooter", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}
