// The tokens part of `npm run bench` (scripts/src/bench/tokens.ts), once at a tiny size against
// the test stack: a broken bench fails the tests. No figure is asserted: they are measured by
// `npm run bench` only.
import { benchTokens, describeTokens } from "../../scripts/src/bench/tokens.js";
import { testContext } from "../support/context.js";
import { FIXED_CAPTCHA_ANSWER } from "../support/login-page.js";

test("the tokens bench runs at 1 and 3 habilitations and reports latencies and token sizes", async () => {
  const context = testContext();
  const results = await benchTokens({
    keycloakUrl: context.keycloakUrl,
    realm: context.realm,
    admin: { username: context.adminUsername, password: context.adminPassword },
    password: "Banc-Jetons-Essai-2026!",
    captchaAnswer: FIXED_CAPTCHA_ANSWER,
    sizes: [1, 3],
    refreshes: 2,
  });
  expect(results.map((result) => result.habilitations)).toEqual([1, 3]);
  for (const result of results) {
    expect(result.ours.count).toBe(2);
    expect(result.stock.count).toBe(2);
    expect(Number.isFinite(result.ratioP50)).toBe(true);
    for (const bytes of [result.oursBytes, result.stockBytes]) {
      expect(bytes.access).toBeGreaterThan(0);
      expect(bytes.id).toBeGreaterThan(0);
      expect(bytes.refresh).toBeGreaterThan(0);
    }
    expect(result.overage).toBe(false);
  }
  expect(describeTokens(results).join("\n")).toMatch(/3 habilitation\(s\)/);
}, 120_000);
