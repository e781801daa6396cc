<#-- The plain-text twin of html/efp-habilitation-details.ftl. -->
<#macro details>
- <#if roleCount == 0>${msg("efpRoleNone")}<#elseif roleCount == 1>${msg("efpRoleOne", roles)}<#else>${msg("efpRoleMany", roles)}</#if>
<#if accessManager>
- ${msg("efpHabilitationIsAccessManager", applicationName)}
</#if>
<#if thirdParty>
- ${msg("efpHabilitationIsThirdParty", companyName)}
</#if>
<#if expiresAt?has_content>
- ${msg("efpHabilitationUntil", expiresAt)}
</#if>
</#macro>
