// Names as people read them, from what the efp-access API gives: roles and persons.
import type { RoleLabels } from "@efp/contract";

/**
 * A role as people read it: its label from the application's data (realm-config's
 * description, in French, and descriptionEn) in the page's language, else the French label,
 * else the role's name itself (tokens keep the names: deposant).
 */
export function roleLabel(name: string, labels: RoleLabels | undefined, lang: string): string {
  const label = labels && Object.prototype.hasOwnProperty.call(labels, name) ? labels[name] : undefined;
  if (!label) return name;
  return (lang === "en" ? label.en : label.fr) || label.fr || name;
}

/** "Marie DURAND", or the email when the account has no name. */
export function personName(person: { firstName?: string | null; lastName?: string | null; email?: string | null }): string {
  const name = [person.firstName ?? "", (person.lastName ?? "").toLocaleUpperCase("fr-FR")].join(" ").trim();
  return name === "" ? (person.email ?? "") : name;
}
