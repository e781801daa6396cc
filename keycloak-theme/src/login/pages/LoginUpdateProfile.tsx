import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { ProfileForm, hasAttributeError } from "../components/ProfileForm";

type UpdateProfileContext = Extract<KcContext, { pageId: "login-update-profile.ftl" }>;

/** login-update-profile.ftl: Keycloak asks for missing profile information. */
export default function LoginUpdateProfile({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<UpdateProfileContext, I18n>) {
  const { url, profile, messagesPerField, isAppInitiatedAction } = kcContext;
  const { msg, msgStr } = i18n;
  const attributes = Object.values(profile.attributesByName);

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      headerNode={msg("efpUpdateProfileTitle")}
      documentTitle={msgStr("efpUpdateProfileDocumentTitle")}
      displayMessage={!hasAttributeError(attributes, messagesPerField)}
    >
      <ProfileForm
        id="kc-update-profile-form"
        action={url.loginAction}
        attributes={attributes}
        messagesPerField={messagesPerField}
        isAppInitiatedAction={isAppInitiatedAction}
        i18n={i18n}
      />
    </Template>
  );
}
