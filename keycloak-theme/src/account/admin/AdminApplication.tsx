import { useCallback, useEffect, useRef, useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { ApplicationDetails } from "@efp/contract";
import { useApp } from "../AppContext";
import { ConfirmPanel } from "../components/ConfirmPanel";
import { ErrorAlert, Loading } from "../components/Feedback";
import { PageTitle } from "../components/PageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { routeLinkProps } from "../router";
import { asApiError, useAsync } from "../useAsync";
import { ApplicationFields, useApplicationSubmit } from "./ApplicationFields";
import { applicationChangeBody, applicationValue, type ApplicationFormValue } from "./applicationForm";
import { SecretPanel } from "./SecretPanel";

/**
 * An application's page in EFP ADMIN: what it is, its roles and their labels, a link to its RA
 * codes; its administrators and application admins change it (a warning when realm-config
 * describes it: efp apply puts back what its file says); administrators renew its secret, shown
 * once.
 */
export default function AdminApplication({ clientId }: { clientId: string }) {
  const { t } = useI18n();
  const { admin } = useApp();
  const details = useAsync(useCallback(() => admin.application(clientId), [admin, clientId]));
  const [editing, setEditing] = useState<ApplicationFormValue>();
  const [saved, setSaved] = useState<ApplicationDetails>();
  const [secret, setSecret] = useState<string>();
  const app = saved ?? details.data;

  if (app === undefined) {
    return details.error ? <ErrorAlert error={details.error} onRetry={details.reload} id="efp-app-error" /> : <Loading />;
  }
  return (
    <>
      <p className={fr.cx("fr-mb-2w")}>
        <a className={fr.cx("fr-link", "fr-icon-arrow-left-line", "fr-link--icon-left")} {...routeLinkProps({ page: "admin-applications" })}>
          {t("appBackToList")}
        </a>
      </p>
      <PageTitle documentTitle={app.name}>{app.name}</PageTitle>
      {app.describedInRealmConfig ? (
        <Alert severity="warning" small description={t("appRealmConfigWarning")} id="efp-app-realm-config" className={fr.cx("fr-mb-3w")} />
      ) : (
        <p className={fr.cx("fr-text--sm")} id="efp-app-source">
          {t(app.source === "efp-admin" ? "appSourceEfpAdmin" : "appSourceOther")}
        </p>
      )}
      {editing ? (
        <EditForm
          app={app}
          value={editing}
          onChange={setEditing}
          onCancel={() => setEditing(undefined)}
          onSaved={(next) => {
            setSaved(next);
            setEditing(undefined);
          }}
        />
      ) : (
        <Summary app={app} saved={saved !== undefined} onEdit={() => setEditing(applicationValue(app))} />
      )}
      <h2 className={fr.cx("fr-h4", "fr-mt-4w")}>{t("appSecretTitle")}</h2>
      {secret ? (
        <SecretPanel clientId={app.clientId} secret={secret} />
      ) : app.actions.includes("rotate-secret") ? (
        <>
          <p>{t("appSecretIntro")}</p>
          <Rotation app={app} onRotated={setSecret} />
        </>
      ) : (
        <p id="efp-app-secret-elsewhere">{t(app.describedInRealmConfig ? "appSecretFromRealmConfig" : "appSecretIntro")}</p>
      )}
    </>
  );
}

function Summary({ app, saved, onEdit }: { app: ApplicationDetails; saved: boolean; onEdit: () => void }) {
  const { t } = useI18n();
  const row = (label: string, value: string | undefined, id: string) => (
    <>
      <dt className={fr.cx("fr-text--bold")}>{label}</dt>
      <dd id={id} className={fr.cx("fr-mb-1w")} style={{ marginLeft: 0, whiteSpace: "pre-line", overflowWrap: "anywhere" }}>
        {value || "—"}
      </dd>
    </>
  );
  return (
    <>
      {saved && <Alert severity="success" small description={t("appSaved")} id="efp-app-saved" className={fr.cx("fr-mb-2w")} />}
      <dl id="efp-app-details">
        {row(t("appClientId"), app.clientId, "efp-app-client-id")}
        {row(t("appDescription"), app.description, "efp-app-description")}
        {row(t("appUrl"), app.url, "efp-app-url")}
        {row(t("appLogoUrl"), app.logoUrl, "efp-app-logo-url")}
        {row(t("appRedirectUris"), app.redirectUris.join("\n"), "efp-app-redirect-uris")}
        {row(t("appRaCodes"), t(app.raCodesEnabled ? "yes" : "no"), "efp-app-ra-codes")}
        {row(t("appListed"), t(app.listedPublicly ? "yes" : "no"), "efp-app-listed")}
      </dl>
      <p>
        <a
          href={`#/admin/codes-ra?application=${encodeURIComponent(app.clientId)}`}
          id="efp-app-ra-codes-link"
          className={fr.cx("fr-link", "fr-icon-arrow-right-line", "fr-link--icon-right")}
        >
          {t("appRaCodesLink")}
        </a>
      </p>
      {app.actions.includes("edit") && (
        <Button iconId="fr-icon-edit-line" priority="secondary" nativeButtonProps={{ id: "efp-app-edit" }} onClick={onEdit}>
          {t("appEdit")}
        </Button>
      )}
      <h2 className={fr.cx("fr-h4", "fr-mt-4w")}>{t("appRolesTitle")}</h2>
      <Table
        id="efp-app-roles"
        caption={t("appRolesCaption")}
        noCaption
        bordered
        headers={[t("colRoleName"), t("colRoleFr"), t("colRoleEn"), t("colRoleHolders")]}
        data={app.roles.map((role) => [
          role.name,
          role.description ?? role.name,
          role.descriptionEn ?? role.description ?? role.name,
          String(role.habilitations),
        ])}
      />
    </>
  );
}

function EditForm({
  app,
  value,
  onChange,
  onCancel,
  onSaved,
}: {
  app: ApplicationDetails;
  value: ApplicationFormValue;
  onChange: (next: ApplicationFormValue) => void;
  onCancel: () => void;
  onSaved: (next: ApplicationDetails) => void;
}) {
  const { t } = useI18n();
  const { admin } = useApp();
  const keys = useRef(value.roles.length);
  const form = useApplicationSubmit(false, value, async () => onSaved(await admin.updateApplication(app.clientId, applicationChangeBody(value))));
  useEffect(() => {
    document.getElementById("efp-app-name")?.focus();
  }, []);
  const change = (next: ApplicationFormValue) => {
    onChange(next);
    form.recheck(next);
  };
  return (
    <form id="efp-app-form" noValidate onSubmit={(event) => void form.submit(event)}>
      {form.refusalAlert}
      <ApplicationFields value={value} errors={form.errors} creating={false} onChange={change} nextKey={() => keys.current++} />
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-mt-2w")}>
        <li>
          <Button type="submit" disabled={form.busy} nativeButtonProps={{ id: "efp-app-save" }}>
            {t("appSave")}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={onCancel}>
            {t("cancel")}
          </Button>
        </li>
      </ul>
    </form>
  );
}

function Rotation({ app, onRotated }: { app: ApplicationDetails; onRotated: (secret: string) => void }) {
  const { t } = useI18n();
  const { admin } = useApp();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  if (!asking) {
    return (
      <>
        {refusal && <ErrorAlert error={{ message: refusal }} id="efp-app-rotate-refused" />}
        <Button priority="secondary" iconId="fr-icon-refresh-line" nativeButtonProps={{ id: "efp-app-rotate" }} onClick={() => setAsking(true)}>
          {t("appSecretRotate")}
        </Button>
      </>
    );
  }
  return (
    <ConfirmPanel
      label={t("appSecretRotate")}
      question={t("appSecretRotateQuestion", app.name)}
      confirm={t("appSecretRotateConfirm")}
      confirmId="efp-app-rotate-confirm"
      busy={busy}
      onCancel={() => setAsking(false)}
      onConfirm={() => {
        setBusy(true);
        admin.rotateApplicationSecret(app.clientId).then(
          (rotated) => onRotated(rotated.secret),
          (caught: unknown) => {
            setRefusal(asApiError(caught).message);
            setAsking(false);
            setBusy(false);
          },
        );
      }}
    />
  );
}
