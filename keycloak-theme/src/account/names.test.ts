// How roles, names and last days are shown in Mon compte.
import { dateField, endOfDay } from "./dateField";
import { personName, roleLabel } from "./names";

test("roles, names and last days as people read them", () => {
  expect(roleLabel("administrateur-projet")).toBe("Administrateur projet");
  expect(roleLabel("consultation")).toBe("Consultation");
  expect(personName({ firstName: "Thierry", lastName: "Beck", email: "t@exemple.fr" })).toBe("Thierry BECK");
  expect(personName({ firstName: "", lastName: null, email: "t@exemple.fr" })).toBe("t@exemple.fr");
  expect(endOfDay("2031-13-45")).toBeNull();
  expect(endOfDay("pas une date")).toBeNull();
  // The last day typed is the last day shown, whatever the time zone.
  expect(dateField(endOfDay("2031-03-31"))).toBe("2031-03-31");
  expect(dateField(null)).toBe("");
});
