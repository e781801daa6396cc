<#--
  What a habilitation gives, as a list: roles (their labels, in the recipient's language, one or
  several), access manager, third-party delegation, end date. Attributes: roles (labels joined),
  roleCount, accessManager, thirdParty, expiresAt ("" if none), applicationName, companyName.
-->
<#macro details>
<ul style="margin:0 0 16px 0;padding-left:24px;">
<li><#if roleCount == 0>${msg("efpRoleNone")}<#elseif roleCount == 1>${msg("efpRoleOne", roles)}<#else>${msg("efpRoleMany", roles)}</#if></li>
<#if accessManager><li>${msg("efpHabilitationIsAccessManager", applicationName)}</li></#if>
<#if thirdParty><li>${msg("efpHabilitationIsThirdParty", companyName)}</li></#if>
<#if expiresAt?has_content><li>${msg("efpHabilitationUntil", expiresAt)}</li></#if>
</ul>
</#macro>
