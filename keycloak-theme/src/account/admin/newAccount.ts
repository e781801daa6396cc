// EFP ADMIN's "create an account" form, pure: the checks the page makes before asking the API
// (which checks everything again, and more), and the API's body.
import type { Habilitation } from "@efp/contract";
import { emptyHabilitation, habilitationBody, type HabilitationValue } from "../access/habilitationValue";
import { dateField } from "../dateField";
import { looksLikeEmail } from "../email";
import type { MessageKey } from "../i18n/messages";

export type NewHabilitation = { key: number; application: string; company: string; value: HabilitationValue };

export type NewAccountValue = {
  email: string;
  firstName: string;
  lastName: string;
  kind: "professional" | "agent";
  structure: string;
  test: boolean;
  testUntil: string;
  habilitations: NewHabilitation[];
};

export const emptyNewHabilitation = (key: number, application = ""): NewHabilitation => ({ key, application, company: "", value: emptyHabilitation() });

export const emptyNewAccount = (application = ""): NewAccountValue => ({
  email: "",
  firstName: "",
  lastName: "",
  kind: "professional",
  structure: "",
  test: false,
  testUntil: "",
  habilitations: [emptyNewHabilitation(0, application)],
});

/** The id of the field a message goes under (and which takes the focus): newAccount-email, newAccount-h0-roles… */
export type NewAccountErrors = Record<string, MessageKey>;

export const NEW_ACCOUNT_PREFIX = "efp-new-account";
export const fieldId = (name: string) => `${NEW_ACCOUNT_PREFIX}-${name}`;

/** The id of a habilitation block's field, under the form's prefix: efp-new-account-h0-company… */
export const habilitationFieldId = (prefix: string, habilitation: NewHabilitation, name: string) => `${prefix}-h${habilitation.key}-${name}`;

/** What is wrong with one habilitation block (application, company, roles), its fields' ids under `prefix`. */
export function habilitationErrors(habilitation: NewHabilitation, prefix: string): NewAccountErrors {
  const errors: NewAccountErrors = {};
  const id = (name: string) => habilitationFieldId(prefix, habilitation, name);
  if (habilitation.application === "") errors[id("application")] = "newAccountApplicationRequired";
  if (habilitation.company.trim() === "") errors[id("company")] = "newAccountCompanyRequired";
  if (habilitation.value.roles.length === 0 && !habilitation.value.accessManager) errors[id("roles")] = "rolesRequired";
  return errors;
}

/** The habilitation part of POST efp-admin/users, and of POST efp-admin/habilitations without its user. */
export function newHabilitationBody(habilitation: NewHabilitation) {
  return { application: habilitation.application, company: habilitation.company.trim(), ...habilitationBody(habilitation.value) };
}

/** What the page knows is wrong, in the order of the form (the first takes the focus). */
export function newAccountErrors(value: NewAccountValue): NewAccountErrors {
  const errors: NewAccountErrors = {};
  if (value.email.trim() === "") errors[fieldId("email")] = "grantEmailRequired";
  else if (!looksLikeEmail(value.email)) errors[fieldId("email")] = "grantEmailInvalid";
  if (value.firstName.trim() === "") errors[fieldId("firstName")] = "newAccountFirstNameRequired";
  if (value.lastName.trim() === "") errors[fieldId("lastName")] = "newAccountLastNameRequired";
  if (value.kind === "agent" && value.structure.trim() === "") errors[fieldId("structure")] = "newAccountStructureRequired";
  if (value.test && !/^\d{4}-\d{2}-\d{2}$/.test(value.testUntil)) errors[fieldId("testUntil")] = "newAccountTestUntilRequired";
  for (const habilitation of value.habilitations) Object.assign(errors, habilitationErrors(habilitation, NEW_ACCOUNT_PREFIX));
  return errors;
}

/** The body of POST efp-admin/users. */
export function newAccountBody(value: NewAccountValue) {
  return {
    email: value.email.trim(),
    firstName: value.firstName.trim(),
    lastName: value.lastName.trim(),
    kind: value.kind,
    ...(value.kind === "agent" && { structure: value.structure.trim() }),
    ...(value.test && value.kind === "professional" && { test: true, testUntil: value.testUntil }),
    habilitations: value.habilitations.map(newHabilitationBody),
  };
}

/** A habilitation held, as the block that changes it holds it: same application and company, its roles, its last day. */
export function editedHabilitation(habilitation: Habilitation, key: number): NewHabilitation {
  return {
    key,
    application: habilitation.application ?? "",
    company: habilitation.company?.siret ?? habilitation.company?.code ?? "",
    value: {
      email: "",
      roles: habilitation.roles,
      accessManager: habilitation.accessManager,
      kind: habilitation.kind,
      lastDay: dateField(habilitation.expiresAt),
    },
  };
}
