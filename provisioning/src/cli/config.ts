// efp plan, efp apply: realm-config/ against Keycloak, as its bootstrap administrator.
import { Option, type Command } from "commander";
import { applyRealmConfig, type Change } from "../apply/index.js";
import { readOutside } from "../apply/drift.js";
import { ENVIRONMENTS, loadRealmConfig, type Environment } from "../config/load.js";
import { DEFAULT_CONFIG_DIR, type Cli } from "./context.js";

// An update's fields are the file's names of what differs in Keycloak (apply/drift.ts): a change
// made in EFP ADMIN or the console shows as the field it touched, which apply puts back.
const describeChange = (change: Change) =>
  `${{ create: "+", update: "~", delete: "-" }[change.action]} ${change.resource}${change.fields ? ` (${change.fields.join(", ")})` : ""}`;

export function configCommands(program: Command, cli: Cli) {
  const configCommand = (name: string, description: string, dryRun: boolean) =>
    program
      .command(name)
      .description(description)
      .addOption(
        new Option("--env <env>", "environnement")
          .choices([...ENVIRONMENTS])
          .env("EFP_ENV")
          .default("dev"),
      )
      .option("--config <dossier>", "dossier realm-config", DEFAULT_CONFIG_DIR)
      .option("--prune", "supprimer aussi ce que la configuration ne déclare plus (applications, rôles, clients, fournisseurs, flux efp-*)", false)
      .action(async (options: { env: Environment; config: string; prune: boolean }) => {
        const config = loadRealmConfig(options.config, options.env);
        const kc = await cli.keycloak();
        const changes = await applyRealmConfig(kc, config, { dryRun, prune: options.prune });
        // What no file describes (an application created in EFP ADMIN…): reported, never a change.
        const outside = await readOutside(kc, config);
        cli
          .out()
          .result({ changes, outside }, () => [
            ...(changes.length === 0 ? ["Aucun changement."] : changes.map(describeChange)),
            ...(outside.length === 0 ? [] : ["Hors realm-config :", ...outside.map((entry) => `  ? ${entry.resource} : ${entry.note}`)]),
          ]);
      });
  configCommand("plan", "affiche ce que `apply` changerait, sans rien écrire", true);
  configCommand("apply", "applique realm-config/ à Keycloak (idempotent)", false);
}
