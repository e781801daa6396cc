// `npm run build`: both jars, rebuilt only when their sources changed. `--with-tests` always
// runs the extension's JUnit tests (npm test).
import { ensureJars } from "./jars.js";

const withTests = process.argv.includes("--with-tests");
const jars = await ensureJars((line) => console.log(`• ${line}`), { withTests });
console.log(jars.map((jar) => `  ${jar}`).join("\n"));
