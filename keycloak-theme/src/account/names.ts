// Names as people read them, from what the efp-access API gives: roles and persons.

/**
 * A role's name as people read it: the API gives client role names (administrateur-projet),
 * the seed's screens show "Administrateur projet".
 */
export function roleLabel(name: string): string {
  const words = name.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toLocaleUpperCase("fr-FR") + words.slice(1);
}

/** "Marie DURAND", or the email when the account has no name. */
export function personName(person: { firstName?: string | null; lastName?: string | null; email?: string | null }): string {
  const name = [person.firstName ?? "", (person.lastName ?? "").toLocaleUpperCase("fr-FR")].join(" ").trim();
  return name === "" ? (person.email ?? "") : name;
}
