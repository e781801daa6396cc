<#--
  The EFP Connect email frame: DSFR-like (Marianne blue, the "bloc-marque" in text), table
  layout and inline styles because mail clients ignore the rest, no image at all.
  `properties` are the theme's, so EFP_MINISTRY_NAME and EFP_SERVICE_TITLE apply here too.
-->
<#macro efpLayout title>
<#assign serviceTitle = (properties.EFP_SERVICE_TITLE)!"EFP Connect">
<#-- keycloakify writes the defaults with doubled apostrophes (as for messages): undone here. -->
<#assign ministryName = ((properties.EFP_MINISTRY_NAME)!"Ministère du Travail, de l'Emploi et de l'Insertion")?replace("''", "'")?replace("\\n", " ")>
<!DOCTYPE html>
<html lang="${locale.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
</head>
<body style="margin:0;padding:0;background-color:#f6f6f6;font-family:Marianne,Arial,Helvetica,sans-serif;color:#161616;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background-color:#f6f6f6;">
  <tr>
    <td align="center" style="padding:24px 12px;">
      <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background-color:#ffffff;border-bottom:4px solid #000091;">
        <tr>
          <td style="padding:24px 32px 16px 32px;border-bottom:1px solid #dddddd;">
            <p style="margin:0 0 8px 0;font-size:14px;line-height:20px;font-weight:700;text-transform:uppercase;letter-spacing:0.02em;">
              <span style="display:inline-block;width:14px;height:6px;background-color:#000091;"></span><span style="display:inline-block;width:14px;height:6px;background-color:#ffffff;border-top:1px solid #dddddd;border-bottom:1px solid #dddddd;box-sizing:border-box;"></span><span style="display:inline-block;width:14px;height:6px;background-color:#e1000f;"></span><br>
              ${ministryName}
            </p>
            <p style="margin:0;font-size:20px;line-height:28px;font-weight:700;color:#000091;">${serviceTitle}</p>
          </td>
        </tr>
        <tr>
          <td style="padding:24px 32px 32px 32px;font-size:16px;line-height:24px;">
            <h1 style="margin:0 0 16px 0;font-size:24px;line-height:32px;color:#161616;">${title}</h1>
            <#nested>
          </td>
        </tr>
        <tr>
          <td style="padding:16px 32px;background-color:#eeeeee;font-size:12px;line-height:18px;color:#3a3a3a;">
            ${msg("efpEmailFooter", serviceTitle)}
          </td>
        </tr>
      </table>
    </td>
  </tr>
</table>
</body>
</html>
</#macro>
