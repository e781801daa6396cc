// EFP ADMIN's application form, pure (no React, no window): its state, the checks a person gets
// before sending (the same rules as the extension's ApplicationRules, which decides anyway), and
// the bodies of a creation and a change. Unit-tested beside.
import type { ApplicationChangeInput, ApplicationDetails, NewApplicationInput } from "@efp/contract";
import type { MessageKey } from "../i18n/fr";

/** A role row of the form: `existing` roles keep their name (tokens carry it), new ones type it. */
export type RoleRow = { key: number; name: string; description: string; descriptionEn: string; existing: boolean; habilitations: number };

export type ApplicationFormValue = {
  clientId: string;
  name: string;
  description: string;
  url: string;
  logoUrl: string;
  /** One address per line; empty: the URL followed by /*. */
  redirectUris: string;
  raCodesEnabled: boolean;
  listedPublicly: boolean;
  roles: RoleRow[];
};

/** Message keys by field id (the ids of the form's inputs, so that the first error takes the focus). */
export type ApplicationFormErrors = Record<string, MessageKey>;

export const NAME_MAX = 100;
export const DESCRIPTION_MAX = 500;
export const ROLE_LABEL_MAX = 100;
const CLIENT_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;
const ROLE_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const appFieldId = (name: string) => `efp-app-${name}`;
export const roleFieldId = (row: Pick<RoleRow, "key">, name: string) => `efp-app-role-${row.key}-${name}`;

export function emptyRole(key: number): RoleRow {
  return { key, name: "", description: "", descriptionEn: "", existing: false, habilitations: 0 };
}

export function emptyApplication(): ApplicationFormValue {
  return {
    clientId: "",
    name: "",
    description: "",
    url: "",
    logoUrl: "",
    redirectUris: "",
    raCodesEnabled: false,
    listedPublicly: false,
    roles: [emptyRole(0)],
  };
}

/** The form of an existing application, filled with what the API says. */
export function applicationValue(details: ApplicationDetails): ApplicationFormValue {
  return {
    clientId: details.clientId,
    name: details.name,
    description: details.description ?? "",
    url: details.url ?? "",
    logoUrl: details.logoUrl ?? "",
    redirectUris: details.redirectUris.join("\n"),
    raCodesEnabled: details.raCodesEnabled,
    listedPublicly: details.listedPublicly,
    roles: details.roles.map((role, index) => ({
      key: index,
      name: role.name,
      description: role.description ?? "",
      descriptionEn: role.descriptionEn ?? "",
      existing: true,
      habilitations: role.habilitations,
    })),
  };
}

/** https, or http on localhost; no user, no fragment; a redirect address may end with /*. */
export function urlProblem(text: string, wildcard = false): MessageKey | undefined {
  const plain = wildcard && text.endsWith("/*") ? text.slice(0, -1) : text;
  if (plain.includes("*") || /[\s<>"\\`]/.test(plain)) return "appErrorUrl";
  let url: URL;
  try {
    url = new URL(plain);
  } catch {
    return "appErrorUrl";
  }
  if (url.username || url.password || plain.includes("#")) return "appErrorUrl";
  const local = url.hostname === "localhost" || url.hostname.endsWith(".localhost") || url.hostname === "127.0.0.1";
  if (url.protocol === "https:" || (url.protocol === "http:" && local)) return text.length > 255 ? "appErrorUrl" : undefined;
  return "appErrorHttps";
}

const markup = (text: string) => /[<>]/.test(text);

export function redirectList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** What is wrong before sending, by field id; `creating` also checks the clientId. */
export function applicationErrors(value: ApplicationFormValue, creating: boolean): ApplicationFormErrors {
  const errors: ApplicationFormErrors = {};
  if (creating) {
    const id = value.clientId.trim();
    if (!CLIENT_ID.test(id)) errors[appFieldId("clientId")] = "appErrorClientId";
    else if (id.startsWith("efp-")) errors[appFieldId("clientId")] = "appErrorClientIdReserved";
  }
  const name = value.name.trim();
  if (!name) errors[appFieldId("name")] = "appErrorName";
  else if (markup(name)) errors[appFieldId("name")] = "appErrorMarkup";
  else if (name.length > NAME_MAX) errors[appFieldId("name")] = "appErrorTooLong";
  if (markup(value.description)) errors[appFieldId("description")] = "appErrorMarkup";
  else if (value.description.trim().length > DESCRIPTION_MAX) errors[appFieldId("description")] = "appErrorTooLong";
  if (!value.url.trim()) errors[appFieldId("url")] = "appErrorUrlMissing";
  else {
    const problem = urlProblem(value.url.trim());
    if (problem) errors[appFieldId("url")] = problem;
  }
  if (value.logoUrl.trim()) {
    const problem = urlProblem(value.logoUrl.trim());
    if (problem) errors[appFieldId("logoUrl")] = problem;
  }
  const redirects = redirectList(value.redirectUris);
  if (redirects.length > 10) errors[appFieldId("redirectUris")] = "appErrorRedirects";
  else {
    const problem = redirects.map((uri) => urlProblem(uri, true)).find(Boolean);
    if (problem) errors[appFieldId("redirectUris")] = problem;
  }
  if (value.roles.length === 0) errors[appFieldId("roles")] = "appErrorNoRole";
  const seen = new Set<string>();
  for (const row of value.roles) {
    const roleName = row.name.trim();
    if (!ROLE_NAME.test(roleName)) errors[roleFieldId(row, "name")] = "appErrorRoleName";
    else if (roleName.startsWith("efp-")) errors[roleFieldId(row, "name")] = "appErrorRoleReserved";
    else if (seen.has(roleName)) errors[roleFieldId(row, "name")] = "appErrorRoleDuplicate";
    seen.add(roleName);
    for (const field of ["description", "descriptionEn"] as const) {
      if (markup(row[field])) errors[roleFieldId(row, field)] = "appErrorMarkup";
      else if (row[field].trim().length > ROLE_LABEL_MAX) errors[roleFieldId(row, field)] = "appErrorTooLong";
    }
  }
  return errors;
}

const roleInputs = (roles: RoleRow[]) =>
  roles.map((row) => ({
    name: row.name.trim(),
    ...(row.description.trim() && { description: row.description.trim() }),
    ...(row.descriptionEn.trim() && { descriptionEn: row.descriptionEn.trim() }),
  }));

export function newApplicationBody(value: ApplicationFormValue): NewApplicationInput {
  const redirects = redirectList(value.redirectUris);
  return {
    clientId: value.clientId.trim(),
    name: value.name.trim(),
    description: value.description.trim(),
    url: value.url.trim(),
    ...(value.logoUrl.trim() && { logoUrl: value.logoUrl.trim() }),
    ...(redirects.length > 0 && { redirectUris: redirects }),
    raCodesEnabled: value.raCodesEnabled,
    listedPublicly: value.listedPublicly,
    roles: roleInputs(value.roles),
  };
}

/** A change sends every field of the form: the roles as the whole list wanted (one left out is removed). */
export function applicationChangeBody(value: ApplicationFormValue): ApplicationChangeInput {
  const redirects = redirectList(value.redirectUris);
  return {
    name: value.name.trim(),
    description: value.description.trim(),
    url: value.url.trim(),
    logoUrl: value.logoUrl.trim(),
    ...(redirects.length > 0 && { redirectUris: redirects }),
    raCodesEnabled: value.raCodesEnabled,
    listedPublicly: value.listedPublicly,
    roles: roleInputs(value.roles),
  };
}

/** A role may leave the form only when no habilitation carries it (the API refuses otherwise). */
export function canRemoveRole(row: RoleRow): boolean {
  return !row.existing || row.habilitations === 0;
}
