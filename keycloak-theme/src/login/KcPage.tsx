// The DSFR's stylesheet, bundled (never from a CDN: Keycloak pages must work on a network that
// only reaches the SSO), once per app (`?login`): each copy keeps only what that app's code names
// (vite.config.ts), and the login pages do not parse Mon compte's tables and tabs.
import "@codegouvfr/react-dsfr/main.css?login";
import { Suspense, lazy } from "react";
import DefaultPage from "keycloakify/login/DefaultPage";
import type { KcContext } from "./KcContext";
import { useI18n } from "./i18n";
import Template from "./Template";
import { dsfrClasses } from "./dsfrClasses";

import Login from "./pages/Login";
import Register from "./pages/Register";
import LoginResetPassword from "./pages/LoginResetPassword";
import LoginUpdatePassword from "./pages/LoginUpdatePassword";
import EmailCode from "./pages/EmailCode";
import Info from "./pages/Info";
import ErrorPage from "./pages/Error";
import LoginPageExpired from "./pages/LoginPageExpired";
import LogoutConfirm from "./pages/LogoutConfirm";
import LoginUpdateProfile from "./pages/LoginUpdateProfile";
import UpdateEmail from "./pages/UpdateEmail";
import Terms from "./pages/Terms";
import AccessGate from "./pages/AccessGate";
import Charter from "./pages/Charter";
import CharterDeclined from "./pages/CharterDeclined";
import AgentsGuide from "./pages/AgentsGuide";
import CompanyChoice from "./pages/CompanyChoice";
import DeviceUserCode from "./pages/DeviceUserCode";
import LoginOauthGrant from "./pages/LoginOauthGrant";

// Our pages are in this chunk: imported, not lazy, so that nothing suspends on the way to the
// first screen (React holds a revealed Suspense boundary up to 300 ms after its fallback). Only
// Keycloakify's own pages, for the rare pages we do not style (DefaultPage), load on demand.
const UserProfileFormFields = lazy(() => import("keycloakify/login/UserProfileFormFields"));

// Our pages never load Keycloak's PatternFly stylesheets: the DSFR is the only style.
const doUseDefaultCss = false;

export default function KcPage({ kcContext }: { kcContext: KcContext }) {
  const { i18n } = useI18n({ kcContext });
  const common = { i18n, Template, doUseDefaultCss, classes: dsfrClasses };

  return (
    <Suspense>
      {(() => {
        switch (kcContext.pageId) {
          case "login.ftl":
            return <Login kcContext={kcContext} {...common} />;
          case "register.ftl":
            return <Register kcContext={kcContext} {...common} />;
          case "login-reset-password.ftl":
            return <LoginResetPassword kcContext={kcContext} {...common} />;
          case "login-update-password.ftl":
            return <LoginUpdatePassword kcContext={kcContext} {...common} />;
          case "efp-email-code.ftl":
            return <EmailCode kcContext={kcContext} {...common} />;
          case "info.ftl":
            return <Info kcContext={kcContext} {...common} />;
          case "error.ftl":
            return <ErrorPage kcContext={kcContext} {...common} />;
          case "login-page-expired.ftl":
            return <LoginPageExpired kcContext={kcContext} {...common} />;
          case "logout-confirm.ftl":
            return <LogoutConfirm kcContext={kcContext} {...common} />;
          case "login-update-profile.ftl":
            return <LoginUpdateProfile kcContext={kcContext} {...common} />;
          case "update-email.ftl":
            return <UpdateEmail kcContext={kcContext} {...common} />;
          case "terms.ftl":
            return <Terms kcContext={kcContext} {...common} />;
          case "efp-access-gate.ftl":
            return <AccessGate kcContext={kcContext} {...common} />;
          case "efp-charter.ftl":
            return <Charter kcContext={kcContext} {...common} />;
          case "efp-charter-declined.ftl":
            return <CharterDeclined kcContext={kcContext} {...common} />;
          case "efp-agents-guide.ftl":
            return <AgentsGuide kcContext={kcContext} {...common} />;
          case "efp-company-choice.ftl":
            return <CompanyChoice kcContext={kcContext} {...common} />;
          case "login-oauth2-device-verify-user-code.ftl":
            return <DeviceUserCode kcContext={kcContext} {...common} />;
          case "login-oauth-grant.ftl":
            return <LoginOauthGrant kcContext={kcContext} {...common} />;
          default:
            // Pages a professional rarely meets (OTP, WebAuthn…): Keycloakify's
            // markup inside our DSFR Template, with DSFR classes in its class slots.
            return (
              <DefaultPage
                kcContext={kcContext}
                i18n={i18n}
                classes={dsfrClasses}
                Template={Template}
                doUseDefaultCss={doUseDefaultCss}
                UserProfileFormFields={UserProfileFormFields}
                doMakeUserConfirmPassword
              />
            );
        }
      })()}
    </Suspense>
  );
}
