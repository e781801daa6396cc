<#import "efp-layout.ftl" as layout>
<#-- Sent to an account's owner when somebody tries to create an account with the same address. -->
<@layout.efpLayout title=msg("efpAccountExistsTitle")>
<p style="margin:0 0 16px 0;">${msg("efpAccountExistsIntro", (properties.EFP_SERVICE_TITLE)!"EFP Connect")}</p>
<p style="margin:0 0 16px 0;">${msg("efpAccountExistsIfYou")}</p>
<p style="margin:0;">${msg("efpAccountExistsIfNotYou")}</p>
</@layout.efpLayout>
