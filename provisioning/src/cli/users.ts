// efp users: accounts, created with their habilitations at once.
import { Option, type Command } from "commander";
import { createUser } from "../users/create-user.js";
import type { Cli } from "./context.js";

export function userCommands(program: Command, cli: Cli) {
  const users = program.command("users").description("comptes");
  users
    .command("create")
    .description("crée un compte professionnel ou agent, avec ses habilitations d'un coup")
    .requiredOption("--email <email>", "adresse électronique (identifiant)")
    .requiredOption("--first-name <prénom>", "prénom")
    .requiredOption("--last-name <nom>", "nom")
    .addOption(new Option("--kind <type>", "professionnel ou agent").choices(["professional", "agent"]).default("professional"))
    .option("--structure <code>", "structure ministérielle d'un agent (ex. DGEFP)")
    .option("--password <mot de passe>", "mot de passe initial d'un professionnel (sinon : « mot de passe oublié »)")
    .option(
      "--habilitation <app:siret:rôles>",
      "habilitation à donner, répétable ; rôles séparés par +, suffixe :ra pour responsable des accès",
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .action(
      async (options: {
        email: string;
        firstName: string;
        lastName: string;
        kind: "professional" | "agent";
        structure?: string;
        password?: string;
        habilitation: string[];
      }) => {
        const created = await createUser(await cli.keycloak(), cli.api(), cli.globals().realm, options);
        cli
          .out()
          .result(created, () => [
            `Compte ${created.email} créé (${created.kind}).`,
            ...created.habilitations.map((h) => `  habilitation ${h.application} ${h.company} : ${h.roles.join(",")}`),
          ]);
      },
    );
}
