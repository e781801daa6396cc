// efp ra-codes: one-time access-manager codes, for applications that enable them.
import type { Command } from "commander";
import type { Cli } from "./context.js";

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
    .description("liste les codes (jamais leur valeur)")
    .option("--application <clientId>", "application")
    .option("--company <siret>", "établissement")
    .action(async (options: { application?: string; company?: string }) => {
      const items = await cli.admin().raCodes(options);
      cli.out().result(items, () => items.map((c) => `${c.id}\t${c.application}\t${c.company?.siret ?? "?"}\t${c.status}\t${c.expiresAt}`));
    });
  raCodes
    .command("revoke <id>")
    .description("révoque un code non utilisé")
    .action(async (id: string) => {
      await cli.admin().revokeRaCode(id);
      cli.out().result({ revoked: id }, () => `Code ${id} révoqué.`);
    });
}
