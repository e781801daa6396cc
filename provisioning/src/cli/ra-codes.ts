// efp ra-codes: one-time access-manager codes, for applications that enable them.
import { Option, type Command } from "commander";
import type { RaCode, RaCodeQuery } from "@efp/contract";
import type { Cli } from "./context.js";

/** Who closed a code and when (used or revoked), as a person reads it; "" while it is open. */
function closedBy(code: RaCode): string {
  const person = (ref: RaCode["usedByUser"], id: string | null | undefined) => ref?.email ?? ref?.username ?? id ?? "?";
  if (code.status === "used") return `utilisé par ${person(code.usedByUser, code.usedBy)} le ${code.usedAt}`;
  if (code.status === "revoked") return `révoqué par ${person(code.revokedByUser, code.revokedBy)} le ${code.revokedAt}`;
  return "";
}

export function raCodeCommands(program: Command, cli: Cli) {
  const raCodes = program.command("ra-codes").description("codes responsable des accès (30 jours, usage unique)");
  raCodes
    .command("create")
    .description("crée un code : il n'est affiché qu'une fois")
    .requiredOption("--application <clientId>", "application (codes activés)")
    .requiredOption("--company <siret>", "établissement")
    .action(async (options: { application: string; company: string }) => {
      const code = await cli.admin().createRaCode(options);
      cli
        .out()
        .result(code, () => [
          `Code responsable des accès : ${code.code}`,
          `Identifiant ${code.id}, valable jusqu'au ${code.expiresAt}. Il ne sera plus jamais affiché.`,
        ]);
    });
  raCodes
    .command("list")
    .description("liste les codes (jamais leur valeur), les plus récents d'abord")
    .option("--application <clientId>", "application")
    .option("--company <siret>", "établissement")
    .addOption(new Option("--status <statut>", "statut").choices(["active", "used", "expired", "revoked"]))
    .option("--first <n>", "premier résultat (pagination)")
    .option("--max <n>", "nombre de résultats")
    .action(async (options: RaCodeQuery) => {
      const items = await cli.admin().raCodes(options);
      cli.out().result(items, () => items.map((c) => [c.id, c.application, c.company?.siret ?? "?", c.status, c.expiresAt, closedBy(c)].join("\t").trimEnd()));
    });
  raCodes
    .command("revoke <id>")
    .description("révoque un code non utilisé")
    .action(async (id: string) => {
      await cli.admin().revokeRaCode(id);
      cli.out().result({ revoked: id }, () => `Code ${id} révoqué.`);
    });
}
