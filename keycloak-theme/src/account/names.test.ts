// How roles, names and last days are shown in Mon compte.
import { dateField, endOfDay } from "./dateField";
import { personName, roleLabel } from "./names";

test("roles, names and last days as people read them", () => {
  const labels = { deposant: { fr: "Déposant", en: "Filer" }, lecteur: { fr: "Lecteur", en: "" } };
  expect(roleLabel("deposant", labels, "fr")).toBe("Déposant");
  expect(roleLabel("deposant", labels, "en")).toBe("Filer");
  // No English label: the French one; a role the labels do not know (or none at all): its name.
  expect(roleLabel("lecteur", labels, "en")).toBe("Lecteur");
  expect(roleLabel("administrateur-projet", labels, "fr")).toBe("administrateur-projet");
  expect(roleLabel("constructor", labels, "fr")).toBe("constructor");
  expect(roleLabel("deposant", undefined, "fr")).toBe("deposant");
  expect(personName({ firstName: "Thierry", lastName: "Beck", email: "t@exemple.fr" })).toBe("Thierry BECK");
  expect(personName({ firstName: "", lastName: null, email: "t@exemple.fr" })).toBe("t@exemple.fr");
  expect(endOfDay("2031-13-45")).toBeNull();
  expect(endOfDay("pas une date")).toBeNull();
  // The last day typed is the last day shown, whatever the time zone.
  expect(dateField(endOfDay("2031-03-31"))).toBe("2031-03-31");
  expect(dateField(null)).toBe("");
});
