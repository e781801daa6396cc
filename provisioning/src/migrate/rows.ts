// One row of the old portal's export, as read from CSV or JSON Lines, before the server checks
// what it says: the file's syntax is read here, its meaning (SIRET, application, roles) there.

/** The columns of the CSV header, the keys of a JSON line. */
export const REQUIRED_FIELDS = ["email", "firstName", "lastName", "siret", "companyName", "application", "roles", "accessManager"] as const;
export const OPTIONAL_FIELDS = ["phone", "passwordHash"] as const;
export const FIELDS: readonly string[] = [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS];

export interface SourceRow {
  /** The line of the file the row starts on (from 1, the header is line 1 of a CSV). */
  line: number;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  passwordHash: string;
  siret: string;
  companyName: string;
  application: string;
  roles: string[];
  accessManager: boolean;
}

/** A row refused before the server saw it, or by the server: its line, a stable code, a French message. */
export interface RowRejection {
  line: number;
  code: string;
  message: string;
}

/** A row that could not be read whole; `email` when known, so that its account is refused with it. */
export interface UnreadableRow {
  line: number;
  email: string;
  rejection: RowRejection;
}

const YES = new Set(["oui", "true", "1", "o", "yes", "x"]);
const NO = new Set(["non", "false", "0", "n", "no", ""]);

/** Roles: a JSON array, or names separated by "|" (a role name never holds one). */
export function parseRoles(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.every((role) => typeof role === "string") ? value.map((role) => role.trim()).filter(Boolean) : undefined;
  if (typeof value !== "string") return undefined;
  return value
    .split("|")
    .map((role) => role.trim())
    .filter(Boolean);
}

/** The access-manager flag: oui/non, true/false, 1/0 (any case), empty = non. */
export function parseFlag(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === undefined || value === null) return false;
  if (typeof value !== "string") return undefined;
  const text = value.trim().toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return undefined;
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : value === undefined || value === null ? "" : undefined);

/** A row from its fields by name (a CSV record or a JSON object), or why it cannot be read. */
export function sourceRow(fields: Record<string, unknown>, line: number): SourceRow | UnreadableRow {
  const email = typeof fields.email === "string" ? fields.email.trim() : "";
  const refuse = (code: string, message: string): UnreadableRow => ({ line, email, rejection: { line, code, message: `Ligne ${line} : ${message}` } });
  const unknown = Object.keys(fields).filter((name) => !FIELDS.includes(name));
  if (unknown.length > 0) return refuse("unknown_field", `champ inconnu « ${unknown.join(", ")} » (champs : ${FIELDS.join(", ")}).`);
  const values: Record<string, string> = {};
  for (const name of ["email", "firstName", "lastName", "phone", "passwordHash", "siret", "companyName", "application"]) {
    const value = typeof fields[name] === "number" ? String(fields[name]) : text(fields[name]);
    if (value === undefined) return refuse("invalid_field", `« ${name} » doit être un texte.`);
    values[name] = value;
  }
  const roles = parseRoles(fields.roles);
  if (roles === undefined) return refuse("invalid_roles", "« roles » : des noms de rôles séparés par | (ou une liste JSON).");
  const accessManager = parseFlag(fields.accessManager);
  if (accessManager === undefined)
    return refuse("invalid_access_manager", `« accessManager » vaut oui ou non (true/false, 1/0), pas « ${String(fields.accessManager)} ».`);
  return {
    line,
    email: values.email,
    firstName: values.firstName,
    lastName: values.lastName,
    phone: values.phone,
    passwordHash: values.passwordHash,
    siret: values.siret,
    companyName: values.companyName,
    application: values.application,
    roles,
    accessManager,
  };
}

export function isUnreadable(row: SourceRow | UnreadableRow): row is UnreadableRow {
  return "rejection" in row;
}
