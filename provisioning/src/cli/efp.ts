// The efp CLI (bin/efp.js): the program, its global options and exit codes; each command group
// lives in a module of its own beside this one.
import { ApiError } from "@efp/contract";
import { Command, CommanderError, Option } from "commander";
import { ConfigError } from "../config/load.js";
import { LoginError } from "../login/device-flow.js";
import { CLI_PERSON_CLIENT } from "../login/person-session.js";
import { applicationCommands } from "./applications.js";
import { auditCommand } from "./audit.js";
import { companyCommands } from "./companies.js";
import { configCommands } from "./config.js";
import { Cli } from "./context.js";
import { directoryCommands } from "./directory.js";
import { habilitationCommands } from "./habilitations.js";
import { invitationCommands } from "./invitations.js";
import { loginCommands } from "./login.js";
import { migrateCommands } from "./migrate.js";
import { raCodeCommands } from "./ra-codes.js";
import { requestCommands } from "./requests.js";
import { userCommands } from "./users.js";

/** Exit codes scripts can rely on. */
export const EXIT = { ok: 0, failure: 1, usage: 2, invalid: 3, refused: 4, notFound: 5 } as const;

function exitCodeOf(error: unknown): number {
  if (error instanceof ConfigError) return EXIT.invalid;
  if (error instanceof LoginError) return EXIT.refused;
  if (error instanceof ApiError) {
    if (error.status === 401 || error.status === 403) return EXIT.refused;
    if (error.status === 404) return EXIT.notFound;
    if (error.status >= 400 && error.status < 500) return EXIT.invalid;
  }
  return EXIT.failure;
}

export function buildProgram(): Command {
  const program = new Command("efp")
    .description(
      "Administration d'EFP Connect : configuration du royaume, applications, établissements, habilitations, codes responsable des accès, journal d'audit, migration depuis l'ancien portail.",
    )
    .addOption(new Option("--url <url>", "URL de Keycloak").env("KEYCLOAK_URL").default("http://localhost:8080"))
    .addOption(new Option("--realm <realm>", "royaume").env("EFP_REALM").default("efp"))
    .addOption(new Option("--client-id <id>", "client d'automatisation (client credentials)").env("EFP_CLIENT_ID").default("efp-cli"))
    .addOption(new Option("--client-secret <secret>", "secret du client d'automatisation").env("EFP_CLIENT_SECRET"))
    .addOption(new Option("--token <jeton>", "jeton d'accès d'une personne, à la place de la session efp login").env("EFP_TOKEN"))
    .addOption(new Option("--login-client-id <id>", "client public de efp login").env("EFP_LOGIN_CLIENT_ID").default(CLI_PERSON_CLIENT))
    .option("--json", "sortie JSON pour les scripts", false)
    .showHelpAfterError()
    .addHelpText(
      "after",
      `
Authentification :
  plan, apply        administrateur Keycloak (KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD)
  login, logout      votre session personnelle : connexion dans le navigateur (autorisation par appareil),
                     gardée dans ~/.config/efp (lisible par vous seul), rafraîchie, révoquée par logout
  invitations        au nom de la personne connectée (efp login, ou son jeton : EFP_TOKEN)
  autres commandes   client credentials (EFP_CLIENT_ID, EFP_CLIENT_SECRET), sinon la session efp login,
                     ou un jeton (EFP_TOKEN)

Codes de sortie : 0 succès, 1 échec, 2 usage, 3 configuration ou saisie invalide, 4 accès refusé, 5 introuvable.`,
    );

  const cli = new Cli(program);
  // In the order of `efp --help`.
  configCommands(program, cli);
  applicationCommands(program, cli);
  companyCommands(program, cli);
  habilitationCommands(program, cli);
  raCodeCommands(program, cli);
  requestCommands(program, cli);
  auditCommand(program, cli);
  directoryCommands(program, cli);
  loginCommands(program, cli);
  invitationCommands(program, cli);
  userCommands(program, cli);
  migrateCommands(program, cli);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  program.commands.forEach(function override(command: Command) {
    command.exitOverride();
    command.commands.forEach(override);
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT.ok;
      return EXIT.usage;
    }
    console.error(`efp : ${(error as Error).message}`);
    return exitCodeOf(error);
  }
}
