// EFP ADMIN's RA codes, pure: the query of the address, a code's state in words, the creation
// form's check, the applications whose codes the person may see or create.
import { isSiretValid, type AdministeredApplication, type Application, type RaCode, type RaCodeQuery, type RaCodeStatus, type UserRef } from "@efp/contract";
import type { MessageKey } from "../i18n/messages";
import { personName } from "../names";
import type { RaCodesSearch } from "../routes";

export const RA_CODES_PAGE_SIZE = 20;

export const RA_CODE_STATUSES: readonly RaCodeStatus[] = ["active", "used", "expired", "revoked"];

export function isRaCodeStatus(value: string | undefined): value is RaCodeStatus {
  return value !== undefined && (RA_CODE_STATUSES as readonly string[]).includes(value);
}

/**
 * The API query of the address's filters, or null while no application is chosen. An unknown
 * status is dropped rather than sent (the API would refuse it); the page is a whole multiple of
 * its size.
 */
export function raCodesQueryOf(search: RaCodesSearch): (RaCodeQuery & { application: string; first: number; max: number }) | null {
  const application = search.application?.trim();
  if (!application) return null;
  const first = Number.parseInt(search.first ?? "0", 10);
  const company = compactSiret(search.company ?? "");
  return {
    application,
    ...(company === "" ? {} : { company }),
    ...(isRaCodeStatus(search.status) ? { status: search.status } : {}),
    first: Number.isFinite(first) && first > 0 ? Math.floor(first / RA_CODES_PAGE_SIZE) * RA_CODES_PAGE_SIZE : 0,
    max: RA_CODES_PAGE_SIZE,
  };
}

/** A SIRET as typed, without the spaces people put in it ("572 067 684 00108"). */
export function compactSiret(typed: string): string {
  return typed.replace(/[\s\u00a0]/g, "");
}

/** Why a SIRET typed in the creation form cannot be sent, or null when it can. */
export function raCodeCompanyError(typed: string): MessageKey | null {
  const siret = compactSiret(typed);
  if (siret === "") return "raCodesCompanyRequired";
  if (!/^\d{14}$/.test(siret)) return "raCodesCompanyFormat";
  if (!isSiretValid(siret)) return "raCodesCompanyInvalid";
  return null;
}

/** "Marie DURAND (marie.durand@exemple.fr)", the address alone, or the id when the account is gone. */
export function personOf(ref: UserRef | undefined, id: string | null | undefined): string {
  if (!ref) return id ?? "?";
  const name = personName({ firstName: ref.firstName, lastName: ref.lastName });
  const email = ref.email ?? ref.username ?? "";
  if (name !== "" && email !== "") return `${name} (${email})`;
  return name || email || ref.id;
}

type Words = { t: (key: MessageKey, ...args: (string | number)[]) => string; date: (iso: string | null | undefined) => string };

/**
 * A code's state as a sentence: "Actif jusqu'au 03/01/2027", "Utilisé par … le …", "Expiré le
 * …", "Révoqué le … par …".
 */
export function raCodeStatusText(code: RaCode, { t, date }: Words): string {
  switch (code.status) {
    case "active":
      return t("raCodeActiveUntil", date(code.expiresAt));
    case "used":
      return t("raCodeUsedBy", personOf(code.usedByUser, code.usedBy), date(code.usedAt));
    case "expired":
      return t("raCodeExpiredOn", date(code.expiresAt));
    case "revoked":
      return code.revokedBy || code.revokedByUser
        ? t("raCodeRevokedBy", date(code.revokedAt), personOf(code.revokedByUser, code.revokedBy))
        : t("raCodeRevokedOn", date(code.revokedAt));
  }
}

export type RaCodeApplication = { clientId: string; name: string; canManage: boolean };

/**
 * The applications of the screen: those the person may read (efp-admin's list) that enable RA
 * codes, with whether they may create and revoke there (Mon compte's administered list; the API
 * decides anyway).
 */
export function raCodeApplications(readable: Application[], administered: AdministeredApplication[]): RaCodeApplication[] {
  return readable
    .filter((application) => application.raCodesEnabled)
    .map((application) => ({
      clientId: application.clientId,
      name: application.name,
      canManage: administered.some((item) => item.application === application.clientId && item.canManage),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "fr"));
}
