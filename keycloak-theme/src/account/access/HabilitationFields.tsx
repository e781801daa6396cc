import { useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import type { HabilitationKind, RoleLabels } from "@efp/contract";
import { useI18n } from "../i18n/I18nProvider";
import { looksLikeEmail } from "../email";
import { roleLabel } from "../names";

import { type HabilitationValue } from "./habilitationValue";

export { emptyHabilitation, habilitationBody, type HabilitationValue } from "./habilitationValue";

export type HabilitationErrors = Partial<Record<"email" | "roles", string>>;

type Props = {
  /**
   * Prefix of the fields' ids, unique in the page. react-dsfr numbers the boxes of a fieldset
   * itself (`${prefix}-roles-0`…) to tie each to its label: address them by value instead.
   */
  idPrefix: string;
  roles: string[];
  /** How each role reads (the application's labels). */
  roleLabels: RoleLabels;
  value: HabilitationValue;
  onChange: (value: HabilitationValue) => void;
  errors?: HabilitationErrors;
  /** Whose roles these are, for the legend ("Rôles de Marie DURAND"). */
  holder?: string;
  fields: { email?: boolean; kind?: boolean; lastDay?: boolean };
  /** What the email field says under its label (grant: the account must exist; invitation: it need not). */
  emailHint?: string;
};

/**
 * The fields of a habilitation: person (grant only), roles, access manager, kind (member or
 * third party) and last day. Shared by grant, update and approval, so that they read the same.
 */
export function HabilitationFields({ idPrefix, roles, roleLabels, value, onChange, errors = {}, holder, fields, emailHint }: Props) {
  const { t, lang } = useI18n();
  const set = (patch: Partial<HabilitationValue>) => onChange({ ...value, ...patch });
  const today = new Date();
  const minDay = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;

  return (
    <>
      {fields.email && (
        <Input
          label={t("grantEmail")}
          hintText={emailHint ?? t("grantEmailHint", "EFP Connect")}
          state={errors.email ? "error" : "default"}
          stateRelatedMessage={errors.email}
          nativeInputProps={{
            id: `${idPrefix}-email`,
            type: "email",
            autoComplete: "off",
            spellCheck: false,
            required: true,
            "aria-invalid": errors.email ? true : undefined,
            value: value.email,
            onChange: (event) => set({ email: event.target.value }),
          }}
        />
      )}
      <Checkbox
        id={`${idPrefix}-roles`}
        legend={holder ? t("rolesLegendFor", holder) : t("rolesLegend")}
        hintText={t("rolesHint")}
        state={errors.roles ? "error" : "default"}
        stateRelatedMessage={errors.roles}
        orientation="horizontal"
        options={[
          ...roles.map((role) => ({
            label: roleLabel(role, roleLabels, lang),
            nativeInputProps: {
              name: `${idPrefix}-role`,
              value: role,
              checked: value.roles.includes(role),
              onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
                set({ roles: event.target.checked ? [...value.roles, role] : value.roles.filter((held) => held !== role) }),
            },
          })),
          {
            label: t("accessManagerOption"),
            hintText: t("accessManagerHint"),
            nativeInputProps: {
              name: `${idPrefix}-access-manager`,
              checked: value.accessManager,
              onChange: (event: React.ChangeEvent<HTMLInputElement>) => set({ accessManager: event.target.checked }),
            },
          },
        ]}
      />
      {fields.kind && (
        <RadioButtons
          id={`${idPrefix}-kind`}
          legend={t("kindLegend")}
          name={`${idPrefix}-kind`}
          orientation="horizontal"
          options={(["member", "third-party"] as const).map((kind) => ({
            label: t(kind === "member" ? "kindMember" : "kindThirdParty"),
            nativeInputProps: {
              value: kind,
              checked: value.kind === kind,
              onChange: () => set({ kind }),
            },
          }))}
        />
      )}
      {fields.lastDay && (
        <Input
          label={t("expiresLabel")}
          hintText={t("expiresHint")}
          nativeInputProps={{
            id: `${idPrefix}-last-day`,
            type: "date",
            lang,
            min: minDay,
            value: value.lastDay,
            onChange: (event) => set({ lastDay: event.target.value }),
          }}
        />
      )}
    </>
  );
}

/** The checks the page can make before asking the API (which checks everything again). */
export function checkHabilitation(
  value: HabilitationValue,
  t: (key: "grantEmailRequired" | "grantEmailInvalid" | "rolesRequired") => string,
  withEmail: boolean,
): HabilitationErrors {
  const errors: HabilitationErrors = {};
  if (withEmail && value.email.trim() === "") errors.email = t("grantEmailRequired");
  else if (withEmail && !looksLikeEmail(value.email)) errors.email = t("grantEmailInvalid");
  if (value.roles.length === 0 && !value.accessManager) errors.roles = t("rolesRequired");
  return errors;
}

/** Moves the focus to the first field in error, as RGAA asks after a failed submission. */
export function focusFirstError(idPrefix: string, errors: HabilitationErrors) {
  const id = errors.email ? `${idPrefix}-email` : errors.roles ? `${idPrefix}-roles` : undefined;
  if (id === undefined) return;
  const element = document.getElementById(id);
  const focusable = element?.matches("input, textarea, select") ? element : element?.querySelector<HTMLElement>("input");
  focusable?.focus();
}

/**
 * A habilitation form's value and messages: checked on submit (messages shown, focus on the
 * first field in error), then again as the person types, so a fixed field is no longer flagged.
 */
export function useHabilitationForm(idPrefix: string, withEmail: boolean, initial: () => HabilitationValue) {
  const { t } = useI18n();
  const [value, setValue] = useState<HabilitationValue>(initial);
  const [errors, setErrors] = useState<HabilitationErrors>({});
  const show = (found: HabilitationErrors) => {
    setErrors(found);
    focusFirstError(idPrefix, found);
  };
  return {
    value,
    /** For HabilitationFields: the value, its messages, and the change that keeps them current. */
    fieldProps: {
      idPrefix,
      value,
      errors,
      onChange: (changed: HabilitationValue) => {
        setValue(changed);
        if (Object.keys(errors).length > 0) setErrors(checkHabilitation(changed, t, withEmail));
      },
    },
    /** Before sending: false, with the messages shown, when the page already knows it is wrong. */
    validate: (): boolean => {
      const found = checkHabilitation(value, t, withEmail);
      show(found);
      return Object.keys(found).length === 0;
    },
    /** The API refused a field: its message under the field, which takes the focus. */
    refuse: show,
    reset: (next: HabilitationValue) => {
      setValue(next);
      setErrors({});
    },
  };
}

/** What a habilitation is besides its roles: access manager, third party, last day. */
export function HabilitationBadges({
  accessManager,
  kind,
  expiresAt,
  children,
}: {
  accessManager: boolean;
  kind: HabilitationKind;
  expiresAt: string | null;
  children?: React.ReactNode;
}) {
  const { t, date } = useI18n();
  if (!accessManager && kind !== "third-party" && !expiresAt && !children) return null;
  return (
    <p className={fr.cx("fr-mb-1w")}>
      {accessManager && (
        <Badge severity="info" small noIcon className={fr.cx("fr-mr-1w")}>
          {t("accessManager")}
        </Badge>
      )}
      {kind === "third-party" && (
        <Badge severity="warning" small noIcon className={fr.cx("fr-mr-1w")}>
          {t("thirdParty")}
        </Badge>
      )}
      {expiresAt && (
        <Badge small noIcon className={fr.cx("fr-mr-1w")}>
          {t("until", date(expiresAt))}
        </Badge>
      )}
      {children}
    </p>
  );
}
