<#ftl output_format="plainText">
<#import "efp-habilitation-details.ftl" as habilitation>
${msg("efpAccessApprovedTitle")}

<#if (structure!false)>${msg("efpAccessApprovedIntroStructure", applicationName, companyName, siret)}<#else>${msg("efpAccessApprovedIntro", applicationName, companyName, siret)}</#if>

<@habilitation.details/>

${msg("efpTextLink", msg("efpAccessApprovedLink", applicationName), link)}

--
${msg("efpEmailFooter", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}
