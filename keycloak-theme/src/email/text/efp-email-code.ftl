<#ftl output_format="plainText">
<#-- Attributes (keycloak-extension, EmailCodeMail): code, purpose (registration | reset-password), expiresInMinutes. -->
<#assign isReset = (purpose!"") == "reset-password">
${msg(isReset?then("efpEmailCodeTitleReset", "efpEmailCodeTitleRegistration"))}

${msg(isReset?then("efpEmailCodeIntroReset", "efpEmailCodeIntroRegistration"))}

${msg("efpEmailCodeLabel")} ${code}

${(expiresInMinutes == 1)?then(msg("efpEmailCodeExpiryOne"), msg("efpEmailCodeExpiry", expiresInMinutes?c))}

${msg("efpEmailCodeNotYou")}

--
${msg("efpEmailFooter", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}
