import { isSiretValid } from "./is-siret-valid.js";

test("accepts the seed's establishments", () => {
  for (const siret of ["57206768400017", "57206768400108", "57206768400165", "34981259400050"]) expect(isSiretValid(siret)).toBe(true);
});

test("refuses a wrong key, a wrong length and non-digits", () => {
  expect(isSiretValid("57206768400018")).toBe(false);
  expect(isSiretValid("5720676840001")).toBe(false);
  expect(isSiretValid("5720676840001A")).toBe(false);
  expect(isSiretValid(" 57206768400017")).toBe(false);
});

test("La Poste: digit sum multiple of 5 even when the Luhn key fails", () => {
  expect(isSiretValid("35600000000048")).toBe(true);
  expect(isSiretValid("35600000049837")).toBe(true);
  expect(isSiretValid("35600000049838")).toBe(false);
});
