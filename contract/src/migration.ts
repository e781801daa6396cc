// The migration from the old portal (`efp migrate import`): efp-admin's POST migration/batch,
// administrators only. A batch carries every row of each account it names.
import type { Call } from "./http.js";

/** One row of the file: a habilitation, or none (application and SIRET empty) for an account alone. */
export type MigrationBatchRow = {
  line: number;
  siret: string;
  companyName: string;
  application: string;
  roles: string[];
  accessManager: boolean;
};

/** An account with its rows; `line` is that of its first row. */
export type MigrationBatchAccount = {
  line: number;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  /** `pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>` (Keycloak's PBKDF2), written at creation only. */
  passwordHash: string | null;
  habilitations: MigrationBatchRow[];
};

export type MigrationBatch = { dryRun: boolean; force: boolean; accounts: MigrationBatchAccount[] };

export type MigrationOutcome = "created" | "updated" | "unchanged" | "skipped" | "rejected";

/** What happened to one account (or would, in a dry run); `code`/`message` say why it was skipped or rejected. */
export type MigrationAccountResult = {
  line: number;
  email: string;
  outcome: MigrationOutcome;
  code: string | null;
  message: string | null;
  changes: string[];
};

/** A rejected row of the file, by its line. */
export type MigrationRejection = { line: number; code: string; message: string };

/** What a batch did (or would do, in a dry run), the same for a whole file (`efp migrate import`). */
export type MigrationBatchResult = {
  dryRun: boolean;
  /** Accounts, each counted once under its outcome. */
  accounts: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  rejected: number;
  /** Each account's outcome (a whole file's report keeps all but the unchanged ones). */
  results: MigrationAccountResult[];
  /** Every rejected row, by line. */
  rejections: MigrationRejection[];
  /** SIRETs of the companies created (or to create, in a dry run). */
  companies: string[];
};

export function migrationEndpoints(call: Call) {
  return {
    batch: (body: MigrationBatch) => call<MigrationBatchResult>("POST", "migration/batch", body),
  };
}
