import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useApp } from "../AppContext";
import { PageTitle } from "../components/PageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { ButtonGroup } from "../../shared/ButtonGroup";

/**
 * "Mon profil": name and email from the ID token. Professionals change them (and their
 * password) on Keycloak's own pages, themed by our login theme (application-initiated actions
 * UPDATE_PROFILE and UPDATE_PASSWORD); agents' details belong to their ministry's directory.
 */
export default function Profile() {
  const { t, lang } = useI18n();
  const { session, brand } = useApp();
  const { person } = session;
  const agent = person.kind === "agent";

  return (
    <>
      <PageTitle documentTitle={t("profileTitle")}>{t("profileTitle")}</PageTitle>
      {session.completedAction && (
        <div role="status" id="efp-profile-updated">
          <Alert
            className={fr.cx("fr-mb-4w")}
            severity="success"
            small
            description={t(session.completedAction === "UPDATE_PASSWORD" ? "passwordUpdated" : "profileUpdated")}
          />
        </div>
      )}
      <dl className="efp-profile" id="efp-profile">
        <div>
          <dt>{t("firstName")}</dt>
          <dd data-field="firstName">{person.firstName}</dd>
        </div>
        <div>
          <dt>{t("lastName")}</dt>
          <dd data-field="lastName">{person.lastName}</dd>
        </div>
        <div>
          <dt>{t("email")}</dt>
          <dd data-field="email">{person.email}</dd>
        </div>
        <div>
          <dt>{t("accountKind")}</dt>
          <dd data-field="kind">{t(agent ? "kindAgent" : "kindProfessional")}</dd>
        </div>
      </dl>
      {agent ? (
        <p className={fr.cx("fr-mt-4w")} id="efp-agent-read-only">
          {t("agentReadOnly", brand.serviceTitle)}
        </p>
      ) : (
        <>
          <p className={fr.cx("fr-mt-4w")}>{t("professionalEdit")}</p>
          <ButtonGroup inline="md">
            <Button id="efp-update-profile" priority="secondary" onClick={() => session.startAction("UPDATE_PROFILE", lang)}>
              {t("editProfile")}
            </Button>
            <Button id="efp-update-password" priority="secondary" onClick={() => session.startAction("UPDATE_PASSWORD", lang)}>
              {t("changePassword")}
            </Button>
          </ButtonGroup>
        </>
      )}
    </>
  );
}
