import { useEffect, useRef, useState, type FormEvent } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { ErrorAlert } from "../components/Feedback";
import { useI18n } from "../i18n/I18nProvider";
import { asApiError } from "../useAsync";
import {
  appFieldId,
  applicationErrors,
  canRemoveRole,
  emptyRole,
  roleFieldId,
  type ApplicationFormErrors,
  type ApplicationFormValue,
  type RoleRow,
} from "./applicationForm";

/**
 * The fields of an application, for its creation and its changes: the clientId only at creation
 * (tokens and the application's configuration carry it), then name, description, addresses,
 * flags, and the roles with their French and English labels. A role a habilitation carries
 * cannot be removed; a new one is typed in full.
 */
export function ApplicationFields({
  value,
  errors,
  creating,
  onChange,
  nextKey,
}: {
  value: ApplicationFormValue;
  errors: ApplicationFormErrors;
  creating: boolean;
  onChange: (next: ApplicationFormValue) => void;
  nextKey: () => number;
}) {
  const { t } = useI18n();
  const message = (id: string) => (errors[id] ? t(errors[id]) : undefined);
  const state = (id: string) => (errors[id] ? ("error" as const) : ("default" as const));
  const text = (name: "clientId" | "name" | "url" | "logoUrl", label: string, hint?: string) => (
    <div className={fr.cx("fr-fieldset__element")}>
      <Input
        label={label}
        hintText={hint}
        state={state(appFieldId(name))}
        stateRelatedMessage={message(appFieldId(name))}
        nativeInputProps={{
          id: appFieldId(name),
          autoComplete: "off",
          spellCheck: name === "name",
          ...(name === "url" || name === "logoUrl" ? { type: "url" } : {}),
          value: value[name],
          onChange: (event) => onChange({ ...value, [name]: event.target.value }),
        }}
      />
    </div>
  );
  const setRole = (changed: RoleRow) => onChange({ ...value, roles: value.roles.map((row) => (row.key === changed.key ? changed : row)) });
  return (
    <>
      <fieldset className={fr.cx("fr-fieldset")}>
        <legend className={fr.cx("fr-fieldset__legend")}>{t("appDetails")}</legend>
        {creating && text("clientId", t("appClientId"), t("appNewClientIdHint"))}
        {text("name", t("appName"))}
        <div className={fr.cx("fr-fieldset__element")}>
          <Input
            label={t("appDescription")}
            textArea
            state={state(appFieldId("description"))}
            stateRelatedMessage={message(appFieldId("description"))}
            nativeTextAreaProps={{
              id: appFieldId("description"),
              rows: 3,
              value: value.description,
              onChange: (event) => onChange({ ...value, description: event.target.value }),
            }}
          />
        </div>
        {text("url", t("appUrl"), t("appUrlHint"))}
        {text("logoUrl", t("appLogoUrl"), t("appUrlHint"))}
        <div className={fr.cx("fr-fieldset__element")}>
          <Input
            label={t("appRedirectUris")}
            hintText={t("appRedirectUrisHint")}
            textArea
            state={state(appFieldId("redirectUris"))}
            stateRelatedMessage={message(appFieldId("redirectUris"))}
            nativeTextAreaProps={{
              id: appFieldId("redirectUris"),
              rows: 3,
              spellCheck: false,
              value: value.redirectUris,
              onChange: (event) => onChange({ ...value, redirectUris: event.target.value }),
            }}
          />
        </div>
        <div className={fr.cx("fr-fieldset__element")}>
          <Checkbox
            options={[
              {
                label: t("appRaCodes"),
                nativeInputProps: {
                  checked: value.raCodesEnabled,
                  onChange: (event) => onChange({ ...value, raCodesEnabled: event.target.checked }),
                },
              },
              {
                label: t("appListed"),
                nativeInputProps: {
                  checked: value.listedPublicly,
                  onChange: (event) => onChange({ ...value, listedPublicly: event.target.checked }),
                },
              },
            ]}
          />
        </div>
      </fieldset>
      <fieldset className={fr.cx("fr-fieldset")} id={appFieldId("roles")} aria-describedby="efp-app-roles-intro">
        <legend className={fr.cx("fr-fieldset__legend")}>{t("appRolesTitle")}</legend>
        <p className={fr.cx("fr-fieldset__element", "fr-text--sm")} id="efp-app-roles-intro">
          {t("appRolesIntro")}
        </p>
        {errors[appFieldId("roles")] && (
          <p className={fr.cx("fr-fieldset__element", "fr-error-text")} id="efp-app-roles-error">
            {t(errors[appFieldId("roles")])}
          </p>
        )}
        {value.roles.map((row, index) => {
          const label = row.existing ? row.name : String(index + 1);
          return (
            <div key={row.key} className={fr.cx("fr-fieldset__element", "fr-mb-2w")} data-role={row.existing ? row.name : undefined}>
              <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
                <div className={fr.cx("fr-col-12", "fr-col-md-3")}>
                  <Input
                    label={t("appRoleName", label)}
                    state={state(roleFieldId(row, "name"))}
                    stateRelatedMessage={message(roleFieldId(row, "name"))}
                    nativeInputProps={{
                      id: roleFieldId(row, "name"),
                      autoComplete: "off",
                      spellCheck: false,
                      readOnly: row.existing,
                      value: row.name,
                      onChange: (event) => setRole({ ...row, name: event.target.value }),
                    }}
                  />
                </div>
                {(["description", "descriptionEn"] as const).map((field) => (
                  <div key={field} className={fr.cx("fr-col-12", "fr-col-md-3")}>
                    <Input
                      label={t(field === "description" ? "appRoleFr" : "appRoleEn", label)}
                      state={state(roleFieldId(row, field))}
                      stateRelatedMessage={message(roleFieldId(row, field))}
                      nativeInputProps={{
                        id: roleFieldId(row, field),
                        autoComplete: "off",
                        value: row[field],
                        onChange: (event) => setRole({ ...row, [field]: event.target.value }),
                      }}
                    />
                  </div>
                ))}
                <div className={fr.cx("fr-col-12", "fr-col-md-3")}>
                  {canRemoveRole(row) ? (
                    <Button
                      type="button"
                      priority="tertiary"
                      size="small"
                      iconId="fr-icon-delete-line"
                      className={fr.cx("fr-mt-4w")}
                      nativeButtonProps={{ "aria-label": t("appRoleRemoveOf", label), id: roleFieldId(row, "remove") }}
                      onClick={() => onChange({ ...value, roles: value.roles.filter((other) => other.key !== row.key) })}
                    >
                      {t("appRoleRemove")}
                    </Button>
                  ) : (
                    <p className={fr.cx("fr-text--sm", "fr-mt-4w")}>{t("appRoleInUse", row.habilitations)}</p>
                  )}
                </div>
              </div>
            </div>
          );
        })}
        <div className={fr.cx("fr-fieldset__element")}>
          <Button
            type="button"
            priority="secondary"
            iconId="fr-icon-add-line"
            nativeButtonProps={{ id: "efp-app-role-add" }}
            onClick={() => onChange({ ...value, roles: [...value.roles, emptyRole(nextKey())] })}
          >
            {t("appRoleAdd")}
          </Button>
        </div>
      </fieldset>
    </>
  );
}

/** Focuses the first field in error (an input, a textarea, or the first control of a group). */
function focusFirstError(errors: ApplicationFormErrors) {
  const first = Object.keys(errors)[0];
  if (!first) return false;
  const element = document.getElementById(first);
  (element?.matches("input, textarea, select") ? element : element?.querySelector<HTMLElement>("input, textarea, select, button"))?.focus();
  return true;
}

/**
 * The sending of an application's form, creation or change: checked first (the first field in
 * error takes the focus), then sent; the API's refusal is shown and takes the focus.
 */
export function useApplicationSubmit(creating: boolean, value: ApplicationFormValue, send: () => Promise<void>) {
  const [errors, setErrors] = useState<ApplicationFormErrors>({});
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);
  const refusalRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal) refusalRef.current?.focus();
  }, [refusal]);
  return {
    errors,
    busy,
    /** After a change, errors already shown are checked again. */
    recheck: (next: ApplicationFormValue) => {
      if (Object.keys(errors).length > 0) setErrors(applicationErrors(next, creating));
    },
    submit: async (event: FormEvent) => {
      event.preventDefault();
      const found = applicationErrors(value, creating);
      setErrors(found);
      setRefusal(undefined);
      if (focusFirstError(found)) return;
      setBusy(true);
      try {
        await send();
      } catch (caught) {
        setRefusal(asApiError(caught).message);
      } finally {
        setBusy(false);
      }
    },
    refusalAlert: refusal && (
      <div ref={refusalRef} tabIndex={-1} id="efp-app-refused">
        <ErrorAlert error={{ message: refusal }} />
      </div>
    ),
  };
}
