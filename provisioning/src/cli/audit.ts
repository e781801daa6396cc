// efp audit: the audit log, newest first.
import type { Command } from "commander";
import type { Cli } from "./context.js";

export function auditCommand(program: Command, cli: Cli) {
  program
    .command("audit")
    .description("journal d'audit, du plus récent au plus ancien")
    .option("--application <clientId>", "application (obligatoire hors administrateurs)")
    .option("--company <siret>", "établissement")
    .option("--user <email>", "utilisateur concerné")
    .option("--max <n>", "nombre maximum", "100")
    .action(async (options: { application?: string; company?: string; user?: string; max: string }) => {
      const items = await cli.admin().audit(options);
      cli.out().result(items, () => items.map((e) => `${e.time}\t${e.action}\t${e.actor}\t${e.application ?? ""}\t${e.company ?? ""}\t${e.details ?? ""}`));
    });
}
