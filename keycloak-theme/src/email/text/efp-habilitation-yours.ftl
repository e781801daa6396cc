<#ftl output_format="plainText">
<#assign key = "efpYourHabilitation" + change?cap_first>
<#assign actor = actorName?has_content?then(actorName, msg("efpAnAdministrator"))>
${msg(key + "Title")}

${msg(key + "Intro", actor, applicationName, companyName, siret)}

<#if change == "revoked">
${msg("efpYourHabilitationRevokedNext", companyName)}

${msg("efpTextLink", msg("efpYourHabilitationAccount"), accountUrl)}
<#else>
- <#if roleCount == 0>${msg("efpYourRoleNone")}<#elseif roleCount == 1>${msg("efpYourRoleOne", roles)}<#else>${msg("efpYourRoleMany", roles)}</#if>
<#if accessManager && !appointed>
- ${msg("efpYourHabilitationAccessManager", applicationName)}
</#if>
<#if thirdParty>
- ${msg("efpYourHabilitationThirdParty", companyName)}
</#if>
<#if expiresAt?has_content>
- ${msg("efpYourHabilitationUntil", expiresAt)}
</#if>
<#if appointed>

${msg("efpYourHabilitationAppointed", applicationName, companyName)}
</#if>

<#if applicationUrl?has_content>
${msg("efpTextLink", msg("efpYourHabilitationOpen", applicationName), applicationUrl)}
</#if>
${msg("efpTextLink", msg("efpYourHabilitationAccount"), accountUrl)}
</#if>

--
${msg("efpEmailFooter", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}
