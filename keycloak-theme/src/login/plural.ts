/**
 * Real plurals for the theme's counted texts: a key `base` has the variants `base_one` and
 * `base_other` in i18n.ts, and the language's plural rules pick one. French puts 0 and 1 in
 * "one" ("0 résultat affiché"), English only 1 ("0 results shown"); categories a language has
 * beyond these (French "many" for millions) read as "other".
 */
export function pluralKey<Base extends string>(language: string, base: Base, count: number): `${Base}_one` | `${Base}_other` {
  let category: Intl.LDMLPluralRule;
  try {
    category = new Intl.PluralRules(language).select(count);
  } catch {
    category = new Intl.PluralRules("fr").select(count);
  }
  return category === "one" ? `${base}_one` : `${base}_other`;
}
