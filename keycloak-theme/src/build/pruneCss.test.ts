import { ENGINE_FAMILIES, engineFamiliesMissing, familyOf, modulesServing, namesIn, pruneCss, selectorKept, type ModuleNode } from "./pruneCss";

test("a DSFR class belongs to the family of its block", () => {
  expect(familyOf("fr-follow__title")).toBe("fr-follow");
  expect(familyOf("fr-btn--secondary")).toBe("fr-btn");
  expect(familyOf("fr-btns-group--inline-md")).toBe("fr-btns-group");
  expect(familyOf("fr-mt-2v")).toBe("fr-mt-2v");
});

test("the names the code may use: its fr- names, prefixes it completes, and the DSFR script's words", () => {
  const names = namesIn({ code: 'cx("fr-btn", `fr-btn--${size}`, "fr-")', dsfrCode: 'ns("collapse--expanded")' });
  expect(names.families.has("fr-btn")).toBe(true);
  expect(names.families.has("fr-collapse")).toBe(true);
  expect(names.prefixes).toEqual(["fr-btn--"]);
  // A bare "fr-" (a name built from a variable) is no prefix: it would keep everything.
  expect(names.prefixes).not.toContain("fr-");
  // Ordinary code words count only in the DSFR's code.
  expect(namesIn({ code: 'on("toggle")', dsfrCode: "" }).families.has("fr-toggle")).toBe(false);
});

test("a selector stays when each of its DSFR classes may be used; elements, attributes and our classes always stay", () => {
  const names = namesIn({ code: '"fr-btn" "fr-header__body" "fr-col-"', dsfrCode: "" });
  expect(selectorKept(".fr-btn--secondary:hover", names)).toBe(true);
  expect(selectorKept(".fr-header .fr-btn", names)).toBe(true);
  expect(selectorKept(".fr-col-md-6", names)).toBe(true);
  expect(selectorKept(".fr-follow .fr-btn", names)).toBe(false);
  expect(selectorKept("a[href]:focus-visible", names)).toBe(true);
  expect(selectorKept(".efp-way-out > li", names)).toBe(true);
});

test("rules of unused families go, shared rules keep their used selectors, emptied media queries go", () => {
  const css = [
    ".fr-btn{color:blue}",
    ".fr-follow__title{margin:0}",
    ".fr-btn,.fr-follow{display:flex}",
    "@media (min-width:48em){.fr-follow{padding:0}}",
    "@media (min-width:62em){.fr-btn{padding:0}.fr-tile{margin:0}}",
    "@keyframes spin{from{opacity:0}to{opacity:1}}",
    "body{margin:0}",
  ].join("\n");
  const pruned = pruneCss(css, { code: '"fr-btn"', dsfrCode: "" });
  expect(pruned).toContain(".fr-btn{color:blue}");
  expect(pruned).not.toContain("fr-follow");
  expect(pruned).toContain(".fr-btn{display:flex}");
  expect(pruned).not.toContain("48em");
  expect(pruned).toContain("@media (min-width:62em){.fr-btn{padding:0}}");
  expect(pruned).not.toContain("fr-tile");
  expect(pruned).toContain("@keyframes spin{from{opacity:0}to{opacity:1}}");
  expect(pruned).toContain("body{margin:0}");
});

test("a stylesheet serves what the entry imports at once and all its importers reach, lazily too, never the other app", () => {
  const modules: Record<string, ModuleNode> = {
    main: { imports: ["react", "shared"], dynamicImports: ["loginApp", "accountApp"] },
    react: { imports: [], dynamicImports: [] },
    shared: { imports: ["dsfrStart"], dynamicImports: [] },
    dsfrStart: { imports: [], dynamicImports: ["dsfrEngine"] },
    dsfrEngine: { imports: [], dynamicImports: [] },
    loginApp: { imports: ["loginCss", "shared", "keycloakify"], dynamicImports: ["keycloakifyPage"] },
    keycloakify: { imports: [], dynamicImports: [] },
    keycloakifyPage: { imports: ["profileFields"], dynamicImports: [] },
    profileFields: { imports: [], dynamicImports: [] },
    accountApp: { imports: ["accountCss", "table"], dynamicImports: [] },
    table: { imports: [], dynamicImports: [] },
  };
  const served = modulesServing(["main"], ["loginApp"], (id) => modules[id]);
  expect([...served].sort()).toEqual(["dsfrEngine", "dsfrStart", "keycloakify", "keycloakifyPage", "loginApp", "main", "profileFields", "react", "shared"]);
  // The account app, and the library only it imports, serve only the account's stylesheet.
  expect(served.has("accountApp") || served.has("table")).toBe(false);
  expect(modulesServing(["main"], ["accountApp"], (id) => modules[id]).has("table")).toBe(true);
  // Unknown modules (virtual, external) are skipped, and cycles end.
  const cyclic: Record<string, ModuleNode> = { a: { imports: ["b", "missing"], dynamicImports: [] }, b: { imports: ["a"], dynamicImports: [] } };
  expect([...modulesServing([], ["a"], (id) => cyclic[id])].sort()).toEqual(["a", "b"]);
});

test("the families the DSFR's script adds by itself are always kept, and the build notices when the script stops naming them", () => {
  const names = namesIn({ code: "", dsfrCode: "" });
  for (const family of ENGINE_FAMILIES) expect(names.families.has(family)).toBe(true);
  expect(selectorKept(".fr-collapse.fr-collapsing", namesIn({ code: '"fr-collapse"', dsfrCode: "" }))).toBe(true);
  const engine = "ns.selector('collapsing'); ns.selector('transition-none'); ns.selector('placement--top'); ns.selector('scroll-divider');";
  expect(engineFamiliesMissing(engine)).toEqual([]);
  expect(engineFamiliesMissing(engine.replace("'scroll-divider'", "'divider'"))).toEqual(["fr-scroll-divider"]);
});

test("names react-dsfr builds around a word (`fr-${type}-group`) keep their family: a checkbox's group is styled", () => {
  const names = namesIn({ code: "", dsfrCode: 'const type = "checkbox"; cx(`fr-${type}-group`, small && `fr-${type}-group--sm`)' });
  expect(names.families.has("fr-checkbox-group")).toBe(true);
  expect(selectorKept(".fr-checkbox-group input[type=checkbox]", names)).toBe(true);
  expect(selectorKept(".fr-checkbox-group--sm input", names)).toBe(true);
  // Words alone still do not make up families that nothing builds.
  expect(names.families.has("fr-toggle-group")).toBe(false);
});
