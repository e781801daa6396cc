// Groups the rows of the file into accounts: one row per habilitation, the rows of one account
// one after the other (the old portal's export is sorted by user). An address met again further
// down is a duplicate; rows of one address that disagree on who the person is are too. An account
// is sent whole or refused whole, with every one of its lines.
import type { MigrationBatchAccount } from "@efp/contract";
import type { RowRejection, SourceRow, UnreadableRow } from "./rows.js";

export type Grouped = { account: MigrationBatchAccount; rows: number } | { rejections: RowRejection[]; rows: number };

interface Group {
  key: string;
  rows: SourceRow[];
  lines: number[];
  problems: RowRejection[];
  /** The line where the address was first met, when this group repeats it. */
  duplicateOf?: number;
}

const key = (email: string) => email.trim().toLowerCase();

export class AccountGrouper {
  private readonly firstLines = new Map<string, number>();
  private current?: Group;

  /** The accounts this row completes (the previous one, when the row starts another). */
  push(row: SourceRow | UnreadableRow): Grouped[] {
    const email = key(row.email);
    const done: Grouped[] = [];
    // A row without an address is an account of its own (the server says what is missing).
    if (!this.current || this.current.key !== email || email === "") {
      if (this.current) done.push(this.close(this.current));
      this.current = { key: email, rows: [], lines: [], problems: [] };
      if (email !== "") {
        const first = this.firstLines.get(email);
        if (first !== undefined) this.current.duplicateOf = first;
        else this.firstLines.set(email, row.line);
      }
    }
    const group = this.current;
    group.lines.push(row.line);
    if ("rejection" in row) group.problems.push(row.rejection);
    else {
      const first = group.rows[0];
      if (
        first &&
        (first.firstName !== row.firstName || first.lastName !== row.lastName || first.phone !== row.phone || first.passwordHash !== row.passwordHash)
      ) {
        group.problems.push({
          line: row.line,
          code: "identity_conflict",
          message: `Ligne ${row.line} : prénom, nom, téléphone ou mot de passe différents de la ligne ${first.line} pour la même adresse.`,
        });
      }
      group.rows.push(row);
    }
    return done;
  }

  end(): Grouped[] {
    const last = this.current;
    this.current = undefined;
    return last ? [this.close(last)] : [];
  }

  private close(group: Group): Grouped {
    const rows = group.lines.length;
    if (group.duplicateOf !== undefined) {
      return {
        rows,
        rejections: group.lines.map((line) => ({
          line,
          code: "duplicate_email",
          message: `Ligne ${line} : l'adresse ${group.key} figure déjà ligne ${group.duplicateOf} (les lignes d'un même compte doivent se suivre).`,
        })),
      };
    }
    if (group.problems.length > 0) {
      const bad = new Set(group.problems.map((problem) => problem.line));
      const first = Math.min(...bad);
      const others = group.lines
        .filter((line) => !bad.has(line))
        .map((line) => ({
          line,
          code: "account_rejected",
          message: `Ligne ${line} : compte ${group.key ? `${group.key} ` : ""}non importé, car la ligne ${first} est rejetée.`,
        }));
      return { rows, rejections: [...group.problems, ...others].sort((a, b) => a.line - b.line) };
    }
    const [first] = group.rows;
    return {
      rows,
      account: {
        line: first.line,
        email: first.email,
        firstName: first.firstName,
        lastName: first.lastName,
        phone: first.phone || null,
        passwordHash: first.passwordHash || null,
        habilitations: group.rows.map((row) => ({
          line: row.line,
          siret: row.siret,
          companyName: row.companyName,
          application: row.application,
          roles: row.roles,
          accessManager: row.accessManager,
        })),
      },
    };
  }
}
