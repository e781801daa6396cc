<#ftl output_format="plainText">
${msg("efpAccessRefusedTitle")}

<#if (structure!false)>${msg("efpAccessRefusedIntroStructure", applicationName, companyName, siret)}<#else>${msg("efpAccessRefusedIntro", applicationName, companyName, siret)}</#if>

${msg("efpAccessRefusedReason")}
${reason}

--
${msg("efpEmailFooter", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}
