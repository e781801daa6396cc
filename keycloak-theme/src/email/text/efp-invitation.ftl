<#ftl output_format="plainText">
${msg("efpInvitationTitle", applicationName)}

${msg("efpInvitationIntro", inviterName, applicationName, companyName, siret)}

- <#if (roleCount!0) gt 1>${msg("efpInvitationRolesMany", roles)}<#else>${msg("efpInvitationRoles", roles?has_content?then(roles, msg("efpInvitationNoRole")))}</#if>
<#if accessManager>
- ${msg("efpInvitationAccessManager", applicationName)}
</#if>
<#if thirdParty>
- ${msg("efpInvitationThirdParty")}
</#if>
<#if habilitationEnd?has_content>
- ${msg("efpInvitationUntil", habilitationEnd)}
</#if>

${msg("efpInvitationAccount", email)}

${msg("efpInvitationLink")} : ${link}

${msg("efpInvitationExpiry", expiresAt)}

${msg("efpInvitationNotYou")}

--
${msg("efpEmailFooter", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}
