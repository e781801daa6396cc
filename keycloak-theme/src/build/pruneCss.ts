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

/** The code the browser gets: all of it (`code`), and the part that builds DSFR names from words (`dsfrCode`). */
export type Code = { code: string; dsfrCode: string };

/** What the code may name: its `fr-…` names, and `fr-<word>` for each word of the DSFR's code. */
export function namesIn({ code, dsfrCode }: Code): { families: Set<string>; prefixes: string[] } {
  const families = new Set<string>();
  const prefixes = new Set<string>();
  for (const [name] of `${code}\n${dsfrCode}`.matchAll(/fr-[A-Za-z0-9_-]*/g)) {
    if (/[-_]$/.test(name)) {
      if (name.length > "fr-".length) prefixes.add(name);
    }
    families.add(familyOf(name));
  }
  for (const [word] of dsfrCode.matchAll(/[a-z][a-z0-9]*(?:-[a-z0-9]+)*/g)) families.add(familyOf(`fr-${word}`));
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
