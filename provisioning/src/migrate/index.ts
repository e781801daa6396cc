export { AccountGrouper, type Grouped } from "./accounts.js";
export { importMigration, MAX_BATCH, type MigrationOptions, type MigrationReport } from "./import.js";
export { csvRows, formatOf, jsonlRows, MigrationFileError, readRows, type MigrationFormat } from "./read.js";
export { parseFlag, parseRoles, sourceRow, FIELDS, type RowRejection, type SourceRow } from "./rows.js";
