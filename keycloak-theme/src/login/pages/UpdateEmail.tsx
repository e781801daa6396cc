import type { PageProps } from "keycloakify/login/pages/PageProps";
import type { KcContext } from "../KcContext";
import type { I18n } from "../i18n";
import { ProfilePage } from "../components/ProfilePage";
import { LogoutOtherSessions } from "../components/LogoutOtherSessions";

type UpdateEmailContext = Extract<KcContext, { pageId: "update-email.ftl" }>;

/** update-email.ftl: Keycloak's UPDATE_EMAIL required action (agents never see it: their email comes from the ministry). */
export default function UpdateEmail(props: PageProps<UpdateEmailContext, I18n>) {
  const { msg, msgStr } = props.i18n;
  return (
    <ProfilePage {...props} formId="kc-update-email-form" title={msg("efpUpdateEmailTitle")} documentTitle={msgStr("efpUpdateEmailDocumentTitle")}>
      <LogoutOtherSessions i18n={props.i18n} />
    </ProfilePage>
  );
}
