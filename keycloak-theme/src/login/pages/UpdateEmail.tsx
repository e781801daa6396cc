import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { ProfileForm, hasAttributeError } from "../components/ProfileForm";
import { LogoutOtherSessions } from "../components/LogoutOtherSessions";

type UpdateEmailContext = Extract<KcContext, { pageId: "update-email.ftl" }>;

/** update-email.ftl: Keycloak's UPDATE_EMAIL required action (agents never see it: their email comes from the ministry). */
export default function UpdateEmail({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<UpdateEmailContext, I18n>) {
  const { url, profile, messagesPerField, isAppInitiatedAction } = kcContext;
  const { msg, msgStr } = i18n;
  const attributes = Object.values(profile.attributesByName);

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      headerNode={msg("efpUpdateEmailTitle")}
      documentTitle={msgStr("efpUpdateEmailDocumentTitle")}
      displayMessage={!hasAttributeError(attributes, messagesPerField)}
    >
      <ProfileForm
        id="kc-update-email-form"
        action={url.loginAction}
        attributes={attributes}
        messagesPerField={messagesPerField}
        isAppInitiatedAction={isAppInitiatedAction}
        i18n={i18n}
      >
        <LogoutOtherSessions i18n={i18n} />
      </ProfileForm>
    </Template>
  );
}
