export { importDemoDirectory } from "./demo.js";
export { importSirene, type ImportOptions, type ImportReport } from "./import.js";
export { formatProgress, progressBar, type ImportProgress } from "./progress.js";
export { formatCount, formatEntry, searchDirectory, type SearchOptions } from "./search.js";
export { isSiretValid, luhnCheckDigit } from "../company/siret.js";
export type { EstablishmentRow } from "./sirene.js";
