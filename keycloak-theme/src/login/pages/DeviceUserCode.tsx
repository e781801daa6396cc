import { useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { TextField } from "../components/TextField";

type DeviceUserCodeContext = Extract<KcContext, { pageId: "login-oauth2-device-verify-user-code.ftl" }>;

/**
 * login-oauth2-device-verify-user-code.ftl: the device authorization grant (`efp login`) opened
 * without the code in the link. The person types the code the CLI printed; Keycloak expects it
 * in `device_user_code`. Keycloak's only errors here are about that code (unknown or used,
 * expired): they are shown under the field, not as a page alert.
 */
export default function DeviceUserCode({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<DeviceUserCodeContext, I18n>) {
  const { url, message } = kcContext;
  const { msgStr } = i18n;
  const [isSubmitting, setIsSubmitting] = useState(false);
  const error = message?.type === "error" && message.summary?.trim() ? message.summary : undefined;

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      displayMessage={!error}
      headerNode={msgStr("efpDeviceCodeTitle")}
      documentTitle={msgStr("efpDeviceCodeTitle")}
    >
      <p id="efp-device-code-intro">{msgStr("efpDeviceCodeIntro")}</p>
      <form
        id="kc-user-verify-device-user-code-form"
        action={url.oauth2DeviceVerificationAction}
        method="post"
        noValidate
        onSubmit={() => setIsSubmitting(true)}
      >
        <TextField
          label={msgStr("efpDeviceCodeLabel")}
          hint={msgStr("efpDeviceCodeHint")}
          error={error}
          inputProps={{
            id: "device_user_code",
            name: "device_user_code",
            type: "text",
            autoComplete: "off",
            autoCapitalize: "characters",
            spellCheck: false,
            required: true,
            dir: "ltr",
            // The person came here to type this code; after a wrong one, straight back to it.
            autoFocus: true,
          }}
        />
        <button id="kc-submit" type="submit" className={fr.cx("fr-btn", "fr-mt-3w")} disabled={isSubmitting}>
          {msgStr("efpDoContinue")}
        </button>
      </form>
    </Template>
  );
}
