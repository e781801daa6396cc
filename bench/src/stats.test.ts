import { kcContextString } from "./http-login.js";
import { percentile, runFor } from "./stats.js";

test("percentile by nearest rank", () => {
  const values = Array.from({ length: 100 }, (_, index) => index + 1);
  expect(percentile(values, 50)).toBe(50);
  expect(percentile(values, 95)).toBe(95);
  expect(percentile([3, 1, 2], 100)).toBe(3);
  expect(percentile([], 95)).toBeNaN();
});

test("runFor counts operations and errors", async () => {
  let calls = 0;
  const result = await runFor(0.05, 2, async () => {
    calls++;
    if (calls % 2 === 0) throw new Error("x");
    await new Promise((resolve) => setTimeout(resolve, 1));
  });
  expect(result.operations + result.errors).toBe(calls);
  expect(result.errors).toBeGreaterThan(0);
});

test("reads an escaped string of the embedded kcContext", () => {
  const html = `<script>const kcContext = { "url": { "loginAction": "http://localhost/x?a=1\\u0026b=\\"2\\"" } };</script>`;
  expect(kcContextString(html, "loginAction")).toBe('http://localhost/x?a=1&b="2"');
  expect(kcContextString(html, "missing")).toBeUndefined();
});
