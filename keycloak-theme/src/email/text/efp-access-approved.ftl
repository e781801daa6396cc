<#ftl output_format="plainText">
<#import "efp-habilitation-details.ftl" as habilitation>
${msg("efpAccessApprovedTitle")}

${msg("efpAccessApprovedIntro", applicationName, companyName, siret)}

<@habilitation.details/>

${msg("efpTextLink", msg("efpAccessApprovedLink", applicationName), link)}

--
${msg("efpEmailFooter", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}
