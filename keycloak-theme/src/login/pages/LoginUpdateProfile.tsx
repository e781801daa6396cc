import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { ProfilePage } from "../components/ProfilePage";

type UpdateProfileContext = Extract<KcContext, { pageId: "login-update-profile.ftl" }>;

/** login-update-profile.ftl: Keycloak asks for missing profile information. */
export default function LoginUpdateProfile(props: PageProps<UpdateProfileContext, I18n>) {
  const { msg, msgStr } = props.i18n;
  return (
    <ProfilePage {...props} formId="kc-update-profile-form" title={msg("efpUpdateProfileTitle")} documentTitle={msgStr("efpUpdateProfileDocumentTitle")} />
  );
}
