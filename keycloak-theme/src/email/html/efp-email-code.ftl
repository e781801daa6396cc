<#import "efp-layout.ftl" as layout>
<#-- Attributes (keycloak-extension, EmailCodeMail): code, purpose (registration | reset-password), expiresInMinutes. -->
<#assign isReset = (purpose!"") == "reset-password">
<@layout.efpLayout title=msg(isReset?then("efpEmailCodeTitleReset", "efpEmailCodeTitleRegistration"))>
<p style="margin:0 0 16px 0;">${msg(isReset?then("efpEmailCodeIntroReset", "efpEmailCodeIntroRegistration"))}</p>
<p style="margin:0 0 8px 0;">${msg("efpEmailCodeLabel")}</p>
<p style="margin:0 0 16px 0;padding:16px;background-color:#f5f5fe;border-left:4px solid #000091;font-family:'Courier New',Courier,monospace;font-size:32px;line-height:40px;font-weight:700;letter-spacing:8px;">${code}</p>
<p style="margin:0 0 16px 0;">${(expiresInMinutes == 1)?then(msg("efpEmailCodeExpiryOne"), msg("efpEmailCodeExpiry", expiresInMinutes?c))}</p>
<p style="margin:0;">${msg("efpEmailCodeNotYou")}</p>
</@layout.efpLayout>
