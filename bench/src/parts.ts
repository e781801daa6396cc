// The parts of `npm run bench`, in the order it runs them. A new part: a module exporting a
// BenchPart (part.ts: its sizes, full and tiny, and its run), added to this list. Then
// `npm run bench` measures it, BENCH_ONLY=<name> runs it alone, and `npm test` runs it once
// at its tiny size (test/integration/bench.test.ts).
import { accessPart } from "./access.js";
import { adminExportPart } from "./admin-export.js";
import { adminHistoryPart } from "./admin-history.js";
import { adminSearchPart } from "./admin-search.js";
import { agentLoginsPart } from "./agent-logins.js";
import { browserPart } from "./browser.js";
import { captchaPart } from "./captcha.js";
import { directoryPart } from "./directory.js";
import { enumerationPart } from "./enumeration.js";
import { loginsPart } from "./logins.js";
import { migrateImportPart } from "./migrate-import.js";
import type { BenchPart } from "./part.js";
import { tokensPart } from "./tokens.js";

export const BENCH_PARTS: BenchPart[] = [
  captchaPart,
  loginsPart,
  agentLoginsPart,
  enumerationPart,
  accessPart,
  directoryPart,
  migrateImportPart,
  tokensPart,
  adminExportPart,
  adminSearchPart,
  adminHistoryPart,
  browserPart,
];
