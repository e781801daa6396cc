<#ftl output_format="HTML">
<#import "efp-layout.ftl" as layout>
<@layout.efpLayout title=msg("efpInvitationTitle", applicationName)>
<p style="margin:0 0 16px 0;">${msg("efpInvitationIntro", inviterName, applicationName, companyName, siret)}</p>
<ul style="margin:0 0 16px 0;padding-left:24px;">
<li><#if (roleCount!0) gt 1>${msg("efpInvitationRolesMany", roles)}<#else>${msg("efpInvitationRoles", roles?has_content?then(roles, msg("efpInvitationNoRole")))}</#if></li>
<#if accessManager><li>${msg("efpInvitationAccessManager", applicationName)}</li></#if>
<#if thirdParty><li>${msg("efpInvitationThirdParty")}</li></#if>
<#if habilitationEnd?has_content><li>${msg("efpInvitationUntil", habilitationEnd)}</li></#if>
</ul>
<p style="margin:0 0 16px 0;">${msg("efpInvitationAccount", email)}</p>
<p style="margin:0 0 24px 0;"><a href="${link}" style="display:inline-block;padding:8px 16px;background-color:#000091;color:#ffffff;text-decoration:none;">${msg("efpInvitationLink")}</a></p>
<p style="margin:0 0 16px 0;">${msg("efpInvitationExpiry", expiresAt)}</p>
<p style="margin:0;font-size:14px;line-height:20px;color:#3a3a3a;">${msg("efpInvitationNotYou")}</p>
</@layout.efpLayout>
