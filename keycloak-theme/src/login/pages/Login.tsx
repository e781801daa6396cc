import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { LoginForm } from "../components/LoginForm";
import { IdentityProviders } from "../components/IdentityProviders";
import { RegistrationOffer } from "../components/RegistrationOffer";
import { LoginNotices } from "../components/LoginNotices";
import { realmUrlOf } from "../wayOut";
import { brandOf } from "../../shared/brand";

type LoginContext = Extract<KcContext, { pageId: "login.ftl" }>;

/** login.ftl, after the DSFR "page de connexion" template. */
export default function Login({ kcContext, i18n, Template, doUseDefaultCss, classes }: PageProps<LoginContext, I18n>) {
  const { realm, registrationDisabled, social, messagesPerField } = kcContext;
  const { msg, msgStr } = i18n;
  const { serviceTitle } = brandOf(kcContext);
  const realmUrl = realmUrlOf(kcContext.url.loginAction, realm.name);
  const guideUrl = realmUrl && `${realmUrl}/efp-guide/agents`;

  return (
    <Template
      kcContext={kcContext}
      i18n={i18n}
      doUseDefaultCss={doUseDefaultCss}
      classes={classes}
      headerNode={msg("efpLoginTitle", serviceTitle)}
      documentTitle={msgStr("efpLoginDocumentTitle")}
      // Keycloak's "wrong email or password" is a message for the whole form: the Template
      // shows it once, above the fields, rather than under one field. A wrong CAPTCHA is the
      // answer field's own error (the password was not even checked).
      displayMessage={!messagesPerField.existsError("captcha_answer")}
      socialProvidersNode={realm.password && social?.providers?.length ? <IdentityProviders providers={social.providers} i18n={i18n} /> : null}
      displayInfo={realm.password && realm.registrationAllowed && !registrationDisabled}
      infoNode={<RegistrationOffer registrationUrl={kcContext.url.registrationUrl} serviceTitle={serviceTitle} i18n={i18n} />}
    >
      {realm.password && <LoginForm kcContext={kcContext} i18n={i18n} />}
      <LoginNotices
        texts={kcContext.loginTexts}
        resetUrl={realm.resetPasswordAllowed ? kcContext.url.loginResetCredentialsUrl : undefined}
        guideUrl={guideUrl && `${guideUrl}?${new URLSearchParams({ kc_locale: i18n.currentLanguage.languageTag })}`}
        i18n={i18n}
      />
    </Template>
  );
}
