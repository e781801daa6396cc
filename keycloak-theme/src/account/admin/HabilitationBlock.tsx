import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { Application } from "@efp/contract";
import { useCallback } from "react";
import { useApp } from "../AppContext";
import { HabilitationFields } from "../access/HabilitationFields";
import { useAsync } from "../useAsync";
import { useI18n } from "../i18n/I18nProvider";
import { habilitationFieldId, type NewAccountErrors, type NewHabilitation } from "./newAccount";

/**
 * One habilitation as EFP ADMIN gives it: the application (among those the viewer manages), the
 * establishment or structure, then its roles, access manager, kind and last day. Used by "create
 * an account" (several blocks, each removable) and by a user's page (grant one, or change one,
 * where the application and the company are fixed and only said).
 */
export function HabilitationBlock({
  prefix,
  legend,
  habilitation,
  applications,
  errors,
  fixed,
  onChange,
  onRemove,
  removeLabel,
}: {
  /** The form's prefix of the fields' ids (errors are keyed by them). */
  prefix: string;
  legend: string;
  habilitation: NewHabilitation;
  applications: Application[];
  errors: NewAccountErrors;
  /** A habilitation held: the application and the company are not fields. */
  fixed?: boolean;
  onChange: (changed: NewHabilitation) => void;
  onRemove?: () => void;
  removeLabel?: string;
}) {
  const { t } = useI18n();
  const application = applications.find((candidate) => candidate.clientId === habilitation.application);
  const id = (name: string) => habilitationFieldId(prefix, habilitation, name);
  const message = (name: string) => (errors[id(name)] ? t(errors[id(name)]) : undefined);
  return (
    <fieldset className={fr.cx("fr-fieldset", "fr-mb-2w")} id={id("block")}>
      <legend className={fr.cx("fr-fieldset__legend")}>{legend}</legend>
      {!fixed && (
        <>
          <div className={fr.cx("fr-fieldset__element")}>
            <Select
              label={t("colApplication")}
              state={errors[id("application")] ? "error" : "default"}
              stateRelatedMessage={message("application")}
              nativeSelectProps={{
                id: id("application"),
                value: habilitation.application,
                onChange: (event) => onChange({ ...habilitation, application: event.target.value, value: { ...habilitation.value, roles: [] } }),
              }}
            >
              <option value="">{t("newAccountChooseApplication")}</option>
              {applications.map((candidate) => (
                <option key={candidate.clientId} value={candidate.clientId}>
                  {candidate.name}
                </option>
              ))}
            </Select>
          </div>
          <div className={fr.cx("fr-fieldset__element")}>
            <Input
              label={t("newAccountCompany")}
              hintText={t("newAccountCompanyHint")}
              state={errors[id("company")] ? "error" : "default"}
              stateRelatedMessage={message("company")}
              nativeInputProps={{
                id: id("company"),
                autoComplete: "off",
                inputMode: "text",
                value: habilitation.company,
                onChange: (event) => onChange({ ...habilitation, company: event.target.value }),
              }}
            />
          </div>
        </>
      )}
      {application && (
        <div className={fr.cx("fr-fieldset__element")}>
          <HabilitationFields
            idPrefix={`${prefix}-h${habilitation.key}`}
            roles={application.roles.filter((role) => !role.startsWith("efp-"))}
            roleLabels={application.roleLabels ?? {}}
            value={habilitation.value}
            errors={errors[id("roles")] ? { roles: t(errors[id("roles")]) } : {}}
            onChange={(changed) => onChange({ ...habilitation, value: changed })}
            fields={{ kind: true, lastDay: true }}
          />
        </div>
      )}
      {!application && errors[id("roles")] && (
        <p className={fr.cx("fr-error-text")} id={id("roles")}>
          {t(errors[id("roles")])}
        </p>
      )}
      {onRemove && (
        <div className={fr.cx("fr-fieldset__element")}>
          <Button
            type="button"
            priority="tertiary"
            size="small"
            iconId="fr-icon-delete-line"
            onClick={onRemove}
            nativeButtonProps={{ "aria-label": removeLabel }}
          >
            {t("newAccountRemoveHabilitation")}
          </Button>
        </div>
      )}
    </fieldset>
  );
}

/** The applications (with their roles) on which the viewer may give habilitations: the administrators' all, an application admin's own. */
export function useManageableApplications() {
  const { admin, administered } = useApp();
  const applications = useAsync(useCallback(() => admin.applications(), [admin]));
  const manageable = (applications.data ?? []).filter((application) =>
    (administered.data ?? []).some((administeredApp) => administeredApp.application === application.clientId && administeredApp.canManage),
  );
  return { applications, manageable };
}

/** After a refused submission: the first field in error (its id is the message's key) takes the focus. False when there is none. */
export function focusFirstField(errors: NewAccountErrors): boolean {
  const first = Object.keys(errors)[0];
  if (!first) return false;
  const element = document.getElementById(first);
  (element?.matches("input, select") ? element : element?.querySelector<HTMLElement>("input, select"))?.focus();
  return true;
}
