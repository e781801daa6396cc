<#ftl output_format="plainText">
<#-- Sent to an account's owner when somebody tries to create an account with the same address. -->
${msg("efpAccountExistsTitle")}

${msg("efpAccountExistsIntro", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}

${msg("efpAccountExistsIfYou")}

${msg("efpAccountExistsIfNotYou")}

--
${msg("efpEmailFooter", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}
