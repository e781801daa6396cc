import { outcomeProblems, resolveSizes, selectParts } from "./part.js";

const specs = { rounds: { env: "BENCH_ROUNDS", full: 3, tiny: 1 }, warmup: { full: 5, tiny: 0 } };

test("resolveSizes: tiny sizes for the tests whatever the environment, full ones or the environment's for the bench", () => {
  expect(resolveSizes(specs, "tiny", { BENCH_ROUNDS: "9" })).toEqual({ rounds: 1, warmup: 0 });
  expect(resolveSizes(specs, "full", {})).toEqual({ rounds: 3, warmup: 5 });
  expect(resolveSizes(specs, "full", { BENCH_ROUNDS: "7", warmup: "1" })).toEqual({ rounds: 7, warmup: 5 });
  expect(resolveSizes(specs, "full", { BENCH_ROUNDS: "" })).toEqual({ rounds: 3, warmup: 5 });
  expect(() => resolveSizes(specs, "full", { BENCH_ROUNDS: "trois" })).toThrow("BENCH_ROUNDS : nombre positif attendu, reçu « trois »");
  expect(() => resolveSizes(specs, "full", { BENCH_ROUNDS: "1,2" })).toThrow("BENCH_ROUNDS : nombre positif attendu, reçu « 1,2 »");
});

test("resolveSizes: a list size, e.g. habilitations per person measured", () => {
  const lists = { habilitations: { env: "BENCH_TOKENS_SIZES", full: [1, 100, 1000], tiny: [1, 3] } };
  expect(resolveSizes(lists, "tiny", {})).toEqual({ habilitations: [1, 3] });
  expect(resolveSizes(lists, "full", {})).toEqual({ habilitations: [1, 100, 1000] });
  expect(resolveSizes(lists, "full", { BENCH_TOKENS_SIZES: "10, 20" })).toEqual({ habilitations: [10, 20] });
  expect(() => resolveSizes(lists, "full", { BENCH_TOKENS_SIZES: "10,x" })).toThrow(
    "BENCH_TOKENS_SIZES : liste de nombres positifs attendue (1,100,1000), reçu « 10,x »",
  );
});

test("selectParts: all by default, those named in BENCH_ONLY in the bench's order, an unknown name refused", () => {
  const parts = [{ name: "captcha" }, { name: "logins" }, { name: "access" }];
  expect(selectParts(parts, undefined)).toEqual(parts);
  expect(selectParts(parts, " ")).toEqual(parts);
  expect(selectParts(parts, "access, captcha")).toEqual([{ name: "captcha" }, { name: "access" }]);
  expect(() => selectParts(parts, "logins,login")).toThrow("BENCH_ONLY : partie inconnue login (parties : captcha, logins, access)");
});

test("outcomeProblems: something measured, no failure, every figure there and finite", () => {
  expect(outcomeProblems({ operations: 3, errors: 0, figures: { "connexions/s": 4.2, ratio: 0 } })).toEqual([]);
  expect(outcomeProblems({ operations: 0, errors: 2, figures: {} })).toEqual([
    "aucune opération mesurée (0)",
    "2 opération(s) en erreur",
    "aucun chiffre rapporté",
  ]);
  expect(outcomeProblems({ operations: 1, errors: 0, figures: { ratio: NaN, débit: Infinity, durée: -1 } })).toEqual([
    "chiffre « ratio » invalide : NaN",
    "chiffre « débit » invalide : Infinity",
    "chiffre « durée » invalide : -1",
  ]);
});
