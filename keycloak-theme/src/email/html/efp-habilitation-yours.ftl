<#ftl output_format="HTML">
<#import "efp-layout.ftl" as layout>
<#--
  To the person whose habilitation someone else gave, changed or withdrew (change: granted |
  modified | revoked): what happened, by whom, what they hold now and what to do next.
-->
<#assign key = "efpYourHabilitation" + change?cap_first>
<#assign actor = actorName?has_content?then(actorName, msg("efpAnAdministrator"))>
<@layout.efpLayout title=msg(key + "Title")>
<p style="margin:0 0 16px 0;">${msg(key + "Intro", actor, applicationName, companyName, siret)}</p>
<#if change == "revoked">
<p style="margin:0 0 16px 0;">${msg("efpYourHabilitationRevokedNext", companyName)}</p>
<p style="margin:0;"><a href="${accountUrl}" style="color:#000091;">${msg("efpYourHabilitationAccount")}</a></p>
<#else>
<ul style="margin:0 0 16px 0;padding-left:24px;">
<li><#if roleCount == 0>${msg("efpYourRoleNone")}<#elseif roleCount == 1>${msg("efpYourRoleOne", roles)}<#else>${msg("efpYourRoleMany", roles)}</#if></li>
<#if accessManager && !appointed><li>${msg("efpYourHabilitationAccessManager", applicationName)}</li></#if>
<#if thirdParty><li>${msg("efpYourHabilitationThirdParty", companyName)}</li></#if>
<#if expiresAt?has_content><li>${msg("efpYourHabilitationUntil", expiresAt)}</li></#if>
</ul>
<#if appointed>
<p style="margin:0 0 16px 0;">${msg("efpYourHabilitationAppointed", applicationName, companyName)}</p>
</#if>
<#if applicationUrl?has_content>
<p style="margin:0 0 16px 0;"><a href="${applicationUrl}" style="display:inline-block;padding:8px 16px;background-color:#000091;color:#ffffff;text-decoration:none;">${msg("efpYourHabilitationOpen", applicationName)}</a></p>
</#if>
<p style="margin:0;"><a href="${accountUrl}" style="color:#000091;">${msg("efpYourHabilitationAccount")}</a></p>
</#if>
</@layout.efpLayout>
