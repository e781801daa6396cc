// efp login, efp logout: the person's own session (device authorization in the browser).
import type { Command } from "commander";
import type { Cli } from "./context.js";

export function loginCommands(program: Command, cli: Cli) {
  program
    .command("login")
    .description("ouvre votre session personnelle : connexion dans le navigateur, la CLI agit ensuite en votre nom")
    .action(async () => {
      await cli.personSession().login((authorization) => {
        const link = authorization.verification_uri_complete ?? authorization.verification_uri;
        console.error(`Pour vous connecter, ouvrez dans votre navigateur : ${link}`);
        console.error(
          `Code à vérifier : ${authorization.user_code} (valable ${Math.round(authorization.expires_in / 60)} min). En attente de votre connexion…`,
        );
      });
      cli.out().result({ loggedIn: true }, () => "Connecté : la CLI agit désormais en votre nom (efp logout pour fermer la session).");
    });
  program
    .command("logout")
    .description("ferme votre session personnelle (révoquée dans Keycloak, oubliée ici)")
    .action(async () => {
      const ended = await cli.personSession().logout();
      cli.out().result({ loggedOut: ended }, () => (ended ? "Session fermée." : "Aucune session ouverte."));
    });
}
