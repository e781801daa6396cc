// CAPTCHA images rendered per second by the builtin provider (drawing and PNG encoding, one
// thread), measured in-process by the extension's Java CaptchaRenderBenchmark: what one core
// of Keycloak can serve at most to the login pages.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { findKeycloakJdk } from "../../scripts/src/keycloak/jdk.js";
import { EXTENSION_DIR } from "../../scripts/src/paths.js";
import { run } from "../../scripts/src/process.js";
import type { BenchPart } from "./part.js";

const MAIN_CLASS = "fr.gouv.travail.efp.captcha.builtin.CaptchaRenderBenchmark";

/** The figures the benchmark prints ("images_per_second=563.2", "images=5632"…), by name. */
export function parseBenchmarkOutput(stdout: string): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const [, name, value] of stdout.matchAll(/^(\w+)=([\d.]+)\s*$/gm)) figures[name] = Number(value);
  return figures;
}

export const captchaPart: BenchPart<{ seconds: number; warmupSeconds: number }> = {
  name: "captcha",
  sizes: {
    seconds: { env: "BENCH_CAPTCHA_SECONDS", full: 10, tiny: 0.5 },
    warmupSeconds: { full: 3, tiny: 0.2 },
  },
  async run(context, sizes) {
    const classes = path.join(EXTENSION_DIR, "target", "classes");
    const testClasses = path.join(EXTENSION_DIR, "target", "test-classes");
    // Building the jar compiles the test classes too (-DskipTests runs none); a checkout where
    // only the jar came from elsewhere compiles them here rather than skipping the part.
    if (!fs.existsSync(path.join(testClasses, ...MAIN_CLASS.split(".")) + ".class")) {
      context.log("Images CAPTCHA : compilation du banc (mvn test-compile)…");
      await run("mvn", ["-B", "-q", "--no-transfer-progress", "-f", path.join(EXTENSION_DIR, "pom.xml"), "test-compile"], { cwd: EXTENSION_DIR, quiet: true });
    }
    const jdk = findKeycloakJdk();
    const result = spawnSync(
      path.join(jdk.home, "bin", "java"),
      ["-Djava.awt.headless=true", "-cp", [classes, testClasses].join(path.delimiter), MAIN_CLASS, String(sizes.seconds), `--warmup=${sizes.warmupSeconds}`],
      { encoding: "utf8" },
    );
    const figures = parseBenchmarkOutput(result.stdout ?? "");
    if (result.status !== 0 || figures.images_per_second === undefined || figures.images === undefined) {
      throw new Error(`banc des images CAPTCHA en échec (code ${result.status}) :\n${result.stdout}${result.stderr}${result.error ?? ""}`);
    }
    context.print(
      `  images CAPTCHA (builtin, Java ${jdk.major}, 1 thread) ${figures.images_per_second.toFixed(0)} images/s   (${figures.images} images, ${figures.average_png_bytes} octets en moyenne)`,
    );
    return { operations: figures.images, errors: 0, figures: { "images/s": figures.images_per_second, "octets par image": figures.average_png_bytes } };
  },
};
