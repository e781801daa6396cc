import { looksLikeEmail } from "./email";

test("what looks like an address before the API checks it", () => {
  expect(looksLikeEmail(" marie.durand@exemple.fr ")).toBe(true);
  expect(looksLikeEmail("a+tag@sous.domaine.gouv.fr")).toBe(true);
  for (const typed of ["", "marie", "marie@", "@exemple.fr", "marie@exemple", "marie durand@exemple.fr", "a@b@c.fr"]) expect(looksLikeEmail(typed)).toBe(false);
});
