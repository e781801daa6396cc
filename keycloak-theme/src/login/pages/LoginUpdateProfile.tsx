import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { ProfilePage } from "../components/ProfilePage";

type UpdateProfileContext = Extract<KcContext, { pageId: "login-update-profile.ftl" }>;

/**
 * login-update-profile.ftl: Keycloak asks for missing profile information, or the person chose
 * "Modifier mes informations" in an application (an application-initiated action): then the
 * page is titled after what they chose.
 */
export default function LoginUpdateProfile(props: PageProps<UpdateProfileContext, I18n>) {
  const { msg, msgStr } = props.i18n;
  return (
    <ProfilePage
      {...props}
      formId="kc-update-profile-form"
      title={props.kcContext.isAppInitiatedAction ? msg("efpEditProfileTitle") : msg("efpUpdateProfileTitle")}
      documentTitle={props.kcContext.isAppInitiatedAction ? msgStr("efpEditProfileTitle") : msgStr("efpUpdateProfileDocumentTitle")}
    />
  );
}
