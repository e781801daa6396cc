import { familyOf, namesIn, pruneCss, selectorKept } from "./pruneCss";

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
