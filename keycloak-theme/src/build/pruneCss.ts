// The DSFR's stylesheet is the whole design system (every component, 700 kB): each page parses it
// (some 70 ms on a busy two-core machine) before it can show anything. This drops, at build time,
// the rules of the components our pages never render, judged by the code the browser gets: a
// component ("family": `fr-follow`, with its `fr-follow__title`, `fr-follow--dark`…) is kept as
// soon as the code names it in any way. Conservative on purpose: whole families only (never a
// single modifier); a name ending in "-" (`fr-btn--${size}`) keeps everything it starts; the
// DSFR's own script and react-dsfr build names as `fr-${name}`, so every word of their code counts
// as a possible family; a selector without DSFR class (elements, attributes, our own classes) is
// always kept.
import postcss, { type Root } from "postcss";

/** `fr-follow__title`, `fr-follow--dark` → `fr-follow`; `fr-mt-2v` → `fr-mt-2v`. */
export function familyOf(className: string): string {
  const end = className.search(/__|--/);
  return end < 0 ? className : className.slice(0, end);
}

/**
 * The DSFR's own script (dsfr.module.js) names every component, but it only acts on the markup
 * the page already has: what it adds to it are modifiers of the blocks it finds there (kept with
 * their family), and these families of its own (a collapse moving, a menu placed, a modal's
 * scroll divider, transitions turned off). Its words do not count, these do; the build checks
 * that the script still names each of them (`engineFamiliesMissing`).
 */
export const ENGINE_FAMILIES = ["fr-collapsing", "fr-transition-none", "fr-placement", "fr-scroll-divider"] as const;

/** The families of `ENGINE_FAMILIES` the DSFR's script does not name (a new DSFR version renamed them). */
export function engineFamiliesMissing(engineCode: string): string[] {
  return ENGINE_FAMILIES.filter((family) => !new RegExp(`["'\`]${family.slice("fr-".length)}`).test(engineCode));
}

/** The code the browser gets: all of it (`code`), and the part that builds DSFR names from words (`dsfrCode`, react-dsfr without the DSFR's own script). */
export type Code = { code: string; dsfrCode: string };

/** What the code may name: its `fr-…` names, and `fr-<word>` for each word of the DSFR's code. */
export function namesIn({ code, dsfrCode }: Code): { families: Set<string>; prefixes: string[] } {
  const families = new Set<string>(ENGINE_FAMILIES);
  const prefixes = new Set<string>();
  for (const [name] of `${code}\n${dsfrCode}`.matchAll(/fr-[A-Za-z0-9_-]*/g)) {
    if (/[-_]$/.test(name)) {
      if (name.length > "fr-".length) prefixes.add(name);
    }
    families.add(familyOf(name));
  }
  // react-dsfr also builds names around a word: `fr-${type}-group` (a checkbox's or a radio's
  // group). Each such ending goes with every word of its code.
  const endings = new Set([...dsfrCode.matchAll(/fr-\$\{[^}]*\}(-[a-z0-9]+(?:-[a-z0-9]+)*)/g)].map(([, ending]) => ending));
  for (const [word] of dsfrCode.matchAll(/[a-z][a-z0-9]*(?:-[a-z0-9]+)*/g)) {
    families.add(familyOf(`fr-${word}`));
    for (const ending of endings) families.add(familyOf(`fr-${word}${ending}`));
  }
  return { families, prefixes: [...prefixes] };
}

/** Whether a selector may match in our pages: each of its DSFR classes belongs to a named family. */
export function selectorKept(selector: string, names: { families: Set<string>; prefixes: string[] }): boolean {
  for (const [, className] of selector.matchAll(/\.(fr-[A-Za-z0-9_-]+)/g)) {
    if (names.families.has(familyOf(className))) continue;
    if (names.prefixes.some((prefix) => className.startsWith(prefix))) continue;
    return false;
  }
  return true;
}

/** The stylesheet without the rules whose selectors all name an unused family. */
export function pruneCss(css: string, code: Code): string {
  const names = namesIn(code);
  const root: Root = postcss.parse(css);
  root.walkRules((rule) => {
    // Keyframe steps ("from", "50%") are not selectors.
    if (rule.parent?.type === "atrule" && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    const kept = rule.selectors.filter((selector) => selectorKept(selector, names));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  // At-rules left empty (a media query whose rules all went).
  root.walkAtRules((atRule) => {
    if (atRule.nodes !== undefined && atRule.nodes.length === 0) atRule.remove();
  });
  return root.toString();
}

/** A module of the build and what it imports, for `modulesServing`. */
export type ModuleNode = { imports: readonly string[]; dynamicImports: readonly string[] };

/**
 * The modules whose code may render markup under a stylesheet: the entries, what they import and
 * all it loads (every page runs it), and everything the stylesheet's importers reach, at once or
 * lazily (an app and all its pages, keycloakify's included). The entries' own lazy imports (the
 * apps) are not followed: modules of the other app, or of libraries only it uses, are not among
 * them even when they share a chunk with these.
 */
export function modulesServing(entries: readonly string[], importers: readonly string[], graph: (id: string) => ModuleNode | undefined): Set<string> {
  const served = new Set<string>();
  // A module reached at once from an entry may be reached again from an importer, lazily this
  // time: its lazy imports are followed then.
  const followedLazily = new Set<string>();
  const visit = (id: string, lazily: boolean) => {
    if (lazily ? followedLazily.has(id) : served.has(id)) return;
    const node = graph(id);
    if (node === undefined) return;
    served.add(id);
    if (lazily) followedLazily.add(id);
    node.imports.forEach((next) => visit(next, lazily));
    if (lazily) node.dynamicImports.forEach((next) => visit(next, lazily));
  };
  // An entry's own lazy imports are the apps, one per page; what it imports at once runs on every
  // page, with all it loads later (the DSFR's script after the first render).
  entries.forEach((entry) => {
    served.add(entry);
    graph(entry)?.imports.forEach((next) => visit(next, true));
  });
  importers.forEach((importer) => visit(importer, true));
  return served;
}
