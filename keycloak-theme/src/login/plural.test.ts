import { pluralKey } from "./plural";

test("French: 0 and 1 are singular, 2 and more plural", () => {
  expect(pluralKey("fr", "efpGateResultsCount", 0)).toBe("efpGateResultsCount_one");
  expect(pluralKey("fr", "efpGateResultsCount", 1)).toBe("efpGateResultsCount_one");
  expect(pluralKey("fr", "efpGateResultsCount", 2)).toBe("efpGateResultsCount_other");
  expect(pluralKey("fr", "efpGateResultsCount", 1_000_000)).toBe("efpGateResultsCount_other");
});

test("English: only 1 is singular", () => {
  expect(pluralKey("en", "efpCodeSent", 0)).toBe("efpCodeSent_other");
  expect(pluralKey("en", "efpCodeSent", 1)).toBe("efpCodeSent_one");
  expect(pluralKey("en", "efpCodeSent", 10)).toBe("efpCodeSent_other");
});

test("an unknown language tag falls back to French rules", () => {
  expect(pluralKey("not a tag!", "efpCodeSent", 0)).toBe("efpCodeSent_one");
});
