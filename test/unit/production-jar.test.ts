// The fixed-answer CAPTCHA exists for the browser tests only: it lives in its own jar, which
// the test harness installs, and never in the jar ops deploy.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { EXTENSION_JAR, EXTENSION_TESTING_JAR } from "../../scripts/src/paths.js";

const entries = (jar: string) => {
  if (!fs.existsSync(jar)) throw new Error(`${jar} manque : lancez npm run build (npm test le fait)`);
  return execFileSync("unzip", ["-Z1", jar], { encoding: "utf8" }).split("\n").filter(Boolean);
};
const read = (jar: string, entry: string) => execFileSync("unzip", ["-p", jar, entry], { encoding: "utf8" });
const SERVICES = "META-INF/services/fr.gouv.travail.efp.captcha.CaptchaProviderFactory";

test("the production jar holds no test-only class and registers no test-only provider", () => {
  const production = entries(EXTENSION_JAR);
  expect(production).toContain("fr/gouv/travail/efp/captcha/CaptchaProvider.class");
  expect(production.filter((entry) => entry.includes("/testing/") || /Fixed/i.test(entry))).toEqual([]);
  expect(read(EXTENSION_JAR, SERVICES)).not.toMatch(/testing|fixed/i);
});

test("the testing jar holds the fixed provider and registers it", () => {
  const testing = entries(EXTENSION_TESTING_JAR);
  expect(testing.some((entry) => entry.startsWith("fr/gouv/travail/efp/testing/captcha/"))).toBe(true);
  expect(read(EXTENSION_TESTING_JAR, SERVICES)).toMatch(/fr\.gouv\.travail\.efp\.testing\.captcha\./);
});
