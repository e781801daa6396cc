// efp applications: the applications (services numériques) of the caller's scope.
import type { Command } from "commander";
import type { Cli } from "./context.js";

export function applicationCommands(program: Command, cli: Cli) {
  const applications = program.command("applications").description("applications (services numériques)");
  applications
    .command("list")
    .description("liste les applications de votre périmètre")
    .action(async () => {
      const items = await cli.admin().applications();
      cli
        .out()
        .result(items, () => items.map((a) => `${a.clientId}\t${a.name}\tcodes RA : ${a.raCodesEnabled ? "oui" : "non"}\trôles : ${a.roles.join(", ")}`));
    });
}
