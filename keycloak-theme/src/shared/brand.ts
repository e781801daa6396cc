/** What ops set without rebuilding (vite.config.ts `environmentVariables`, README). */
export type Brand = {
  /** The ministry's name as the DSFR "bloc-marque" prints it: one entry per line. */
  ministryLines: string[];
  ministryName: string;
  serviceTitle: string;
  /** Text of the notice banner on every page; empty: no banner. */
  notice: string;
};

const defaultMinistryName = "Ministère du Travail, de l'Emploi et de l'Insertion";
const defaultServiceTitle = "EFP Connect";

// Words the DSFR marque starts a new line with ("Ministère / du Travail, / de l'Emploi / et de
// l'Insertion"), unless the previous word is one of them too ("et de").
const lineStarters = new Set(["du", "de", "des", "d'", "et", "à", "aux", "chargé", "chargée"]);

/**
 * Explicit line breaks win: a real newline or the two characters `\n` (what a one-line
 * environment variable can carry). Without them, the name is split before its connectors.
 */
export function ministryLinesOf(name: string): string[] {
  const explicit = name
    .split(/\r?\n|\\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (explicit.length > 1) return explicit;
  const lines: string[][] = [];
  let previous = "";
  for (const word of name.trim().split(/\s+/)) {
    const starter = lineStarters.has(word.toLowerCase()) || /^d['’]/i.test(word);
    const previousIsStarter = lineStarters.has(previous.toLowerCase());
    if (lines.length === 0 || (starter && !previousIsStarter)) lines.push([word]);
    else lines[lines.length - 1].push(word);
    previous = word;
  }
  return lines.map((words) => words.join(" "));
}

/**
 * keycloakify writes each default into theme.properties with its apostrophes doubled, as for a
 * message; theme properties are not messages, so the default arrives as "l''Emploi".
 */
function propertyOf(properties: Partial<Record<string, string>>, name: string): string {
  return (properties[name] ?? "").replace(/''/g, "'").trim();
}

/** Login pages and Mon compte (account theme) alike carry the theme's properties. */
export function brandOf(kcContext: { properties?: Partial<Record<string, string>> }): Brand {
  const properties: Partial<Record<string, string>> = kcContext.properties ?? {};
  const ministryLines = ministryLinesOf(propertyOf(properties, "EFP_MINISTRY_NAME") || defaultMinistryName);
  return {
    ministryLines,
    ministryName: ministryLines.join(" "),
    serviceTitle: propertyOf(properties, "EFP_SERVICE_TITLE") || defaultServiceTitle,
    notice: propertyOf(properties, "EFP_NOTICE"),
  };
}
