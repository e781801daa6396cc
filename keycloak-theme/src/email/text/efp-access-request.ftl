<#ftl output_format="plainText">
${msg("efpAccessRequestTitle")}

${msg("efpAccessRequestIntro", requesterName, requesterEmail, applicationName, companyName, siret)}
<#if description?has_content>

${msg("efpAccessRequestDescription")}
${description}
</#if>

${msg("efpAccessRequestLink")} : ${link}

--
${msg("efpEmailFooter", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}
