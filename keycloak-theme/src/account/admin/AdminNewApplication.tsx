import { useRef, useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ApplicationDetails } from "@efp/contract";
import { useApp } from "../AppContext";
import { PageTitle } from "../components/PageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { routeLinkProps } from "../router";
import { ApplicationFields, useApplicationSubmit } from "./ApplicationFields";
import { emptyApplication, newApplicationBody, type ApplicationFormValue } from "./applicationForm";
import { SecretPanel } from "./SecretPanel";

/**
 * EFP ADMIN's "create an application" (administrators; the API refuses anyone else): the form,
 * then the new secret, shown this once with a copy button.
 */
export default function AdminNewApplication() {
  const { t } = useI18n();
  const { admin } = useApp();
  const [value, setValue] = useState<ApplicationFormValue>(() => emptyApplication());
  const [created, setCreated] = useState<ApplicationDetails>();
  const keys = useRef(1);
  const form = useApplicationSubmit(true, value, async () => {
    setCreated(await admin.createApplication(newApplicationBody(value)));
    setValue(emptyApplication());
  });
  const change = (next: ApplicationFormValue) => {
    setValue(next);
    form.recheck(next);
  };

  return (
    <>
      <p className={fr.cx("fr-mb-2w")}>
        <a className={fr.cx("fr-link", "fr-icon-arrow-left-line", "fr-link--icon-left")} {...routeLinkProps({ page: "admin-applications" })}>
          {t("appBackToList")}
        </a>
      </p>
      <PageTitle documentTitle={t("appNewTitle")}>{t("appNewTitle")}</PageTitle>
      {created?.secret ? (
        <>
          <Alert
            severity="success"
            small
            id="efp-app-created"
            className={fr.cx("fr-mb-2w")}
            description={
              <>
                {t("appNewCreated", created.name)}{" "}
                <a {...routeLinkProps({ page: "admin-application", clientId: created.clientId })} id="efp-app-created-open">
                  {t("appNewOpen")}
                </a>
              </>
            }
          />
          <SecretPanel clientId={created.clientId} secret={created.secret} />
        </>
      ) : (
        <>
          <p>{t("appNewIntro")}</p>
          {form.refusalAlert}
          <form id="efp-app-new" noValidate onSubmit={(event) => void form.submit(event)}>
            <ApplicationFields value={value} errors={form.errors} creating onChange={change} nextKey={() => keys.current++} />
            <Button type="submit" disabled={form.busy} className={fr.cx("fr-mt-2w")} nativeButtonProps={{ id: "efp-app-new-submit" }}>
              {t("appNewSubmit")}
            </Button>
          </form>
        </>
      )}
    </>
  );
}
