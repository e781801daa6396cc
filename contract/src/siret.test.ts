import { isSiretValid, luhnCheckDigit } from "./siret.js";

describe("isSiretValid", () => {
  it("accepts the seed's SIRETs (Luhn)", () => {
    for (const siret of ["57206768400017", "57206768400108", "57206768400165", "34981259400050"]) expect(isSiretValid(siret)).toBe(true);
  });
  it("refuses a typo, a wrong length or other characters", () => {
    expect(isSiretValid("57206768400018")).toBe(false);
    expect(isSiretValid("5720676840001")).toBe(false);
    expect(isSiretValid("572 067 684 00017")).toBe(false);
    expect(isSiretValid("")).toBe(false);
  });
  it("applies La Poste's digit-sum rule to SIREN 356000000 only", () => {
    expect(isSiretValid("35600000000048")).toBe(true); // head office: Luhn
    expect(isSiretValid("35600000049837")).toBe(true); // digit sum 45, not Luhn
    expect(isSiretValid("35600000049838")).toBe(false);
    expect(isSiretValid("57206768400019")).toBe(false); // digit sum 55 elsewhere: refused
  });
});

describe("luhnCheckDigit", () => {
  it("completes a number into a valid one", () => {
    expect(luhnCheckDigit("5720676840001")).toBe(7);
    expect(isSiretValid(`1234567890123${luhnCheckDigit("1234567890123")}`)).toBe(true);
  });
});

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
