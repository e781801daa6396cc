<#ftl output_format="plainText">
${msg("efpAccessRequestTitle")}

<#if (structure!false)>${msg("efpAccessRequestIntroStructure", requesterName, requesterEmail, applicationName, companyName, siret)}<#else>${msg("efpAccessRequestIntro", requesterName, requesterEmail, applicationName, companyName, siret)}</#if>
<#if description?has_content>

${msg("efpAccessRequestDescription")}
${description}
</#if>

${msg("efpAccessRequestLink")} : ${link}

--
${msg("efpEmailFooter", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}
