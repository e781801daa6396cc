// efp applications: the applications (services numériques) of the caller's scope; their page,
// their creation and changes in EFP ADMIN, their secret (shown once).
import fs from "node:fs";
import type { ApplicationDetails, ApplicationRoleInput } from "@efp/contract";
import type { Command } from "commander";
import type { Cli } from "./context.js";

/**
 * `--role nom=Libellé français|English label`, repeatable: a role and its labels. The name is
 * what tokens carry; the labels are what people read.
 */
export function parseRole(value: string, previous: ApplicationRoleInput[] = []): ApplicationRoleInput[] {
  const at = value.indexOf("=");
  const name = (at < 0 ? value : value.slice(0, at)).trim();
  const [description, descriptionEn] = (at < 0 ? "" : value.slice(at + 1)).split("|").map((part) => part.trim());
  return [...previous, { name, ...(description && { description }), ...(descriptionEn && { descriptionEn }) }];
}

const yesNo = (value: boolean) => (value ? "oui" : "non");

export function detailLines(app: ApplicationDetails): string[] {
  return [
    `${app.clientId}\t${app.name}`,
    ...(app.description ? [`Description : ${app.description}`] : []),
    `Adresse : ${app.url ?? "-"}`,
    ...(app.logoUrl ? [`Logo : ${app.logoUrl}`] : []),
    `Codes RA : ${yesNo(app.raCodesEnabled)}\tListée publiquement : ${yesNo(app.listedPublicly)}`,
    `Adresses de retour : ${app.redirectUris.join(", ")}`,
    `Origine : ${
      app.source === "realm-config"
        ? "realm-config (efp apply remet ce que dit le fichier)"
        : app.source === "efp-admin"
          ? "EFP ADMIN (aucun fichier de realm-config)"
          : "inconnue (console)"
    }`,
    "Rôles :",
    ...app.roles.map((role) => `  ${role.name}\t${role.description ?? role.name}\t${role.descriptionEn ?? ""}\t${role.habilitations} habilitation(s)`),
  ];
}

const secretLines = (app: ApplicationDetails) => [
  `Secret du client ${app.clientId} : ${app.secret}`,
  "Il ne sera plus jamais affiché : transmettez-le à l'équipe de l'application par un canal sûr.",
];

type EditOptions = {
  name?: string;
  description?: string;
  appUrl?: string;
  logoUrl?: string;
  redirectUri?: string[];
  raCodes?: boolean;
  listed?: boolean;
  role?: ApplicationRoleInput[];
};

const editOptions = (command: Command) =>
  command
    .option("--description <texte>", "description")
    .option("--app-url <url>", "adresse de l'application (https ; --url est celle de Keycloak)")
    .option("--logo-url <url>", "adresse du logo (https ; vide pour l'enlever)")
    .option("--redirect-uri <url...>", "adresses de retour (sinon l'adresse suivie de /*)")
    .option("--ra-codes", "codes responsable des accès activés")
    .option("--no-ra-codes", "codes responsable des accès désactivés")
    .option("--listed", "listée sur la page d'information publique")
    .option("--no-listed", "non listée")
    .option("--role <nom=libellé|label>", "un rôle et ses libellés français|anglais (répétable)", parseRole);

const body = (options: EditOptions) => ({
  ...(options.name !== undefined && { name: options.name }),
  ...(options.description !== undefined && { description: options.description }),
  ...(options.appUrl !== undefined && { url: options.appUrl }),
  ...(options.logoUrl !== undefined && { logoUrl: options.logoUrl }),
  ...(options.redirectUri && { redirectUris: options.redirectUri }),
  ...(options.raCodes !== undefined && { raCodesEnabled: options.raCodes }),
  ...(options.listed !== undefined && { listedPublicly: options.listed }),
  ...(options.role && { roles: options.role }),
});

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
  applications
    .command("show <clientId>")
    .description("une application : adresses, rôles et leurs libellés, origine (realm-config ou EFP ADMIN) ; jamais son secret")
    .action(async (clientId: string) => {
      const app = await cli.admin().application(clientId);
      cli.out().result(app, () => detailLines(app));
    });
  editOptions(
    applications
      .command("create <clientId>")
      .description("crée une application (administrateurs) : client OIDC confidentiel, PKCE ; son secret n'est affiché qu'une fois")
      .requiredOption("--name <nom>", "nom affiché"),
  )
    .option("--secret-file <fichier>", "écrit le secret dans ce fichier (0600) au lieu de l'afficher")
    .action(async (clientId: string, options: EditOptions & { name: string; secretFile?: string }) => {
      const app = await cli.admin().createApplication({ clientId, ...body(options), name: options.name, url: options.appUrl ?? "", roles: options.role ?? [] });
      const shown = keepSecret(app, options.secretFile);
      cli.out().result(shown, () => [...detailLines(app), ...(options.secretFile ? [`Secret écrit dans ${options.secretFile}.`] : secretLines(app))]);
    });
  editOptions(
    applications
      .command("update <clientId>")
      .description("change une application (administrateurs, ses administrateurs applicatifs) ; --role donne la liste complète des rôles")
      .option("--name <nom>", "nom affiché"),
  ).action(async (clientId: string, options: EditOptions) => {
    const app = await cli.admin().updateApplication(clientId, body(options));
    cli.out().result(app, () => [...(app.describedInRealmConfig ? [warning(clientId)] : []), ...detailLines(app)]);
  });
  applications
    .command("rotate-secret <clientId>")
    .description("renouvelle le secret (administrateurs) : l'ancien cesse de marcher ; le nouveau n'est affiché qu'une fois")
    .option("--secret-file <fichier>", "écrit le secret dans ce fichier (0600) au lieu de l'afficher")
    .action(async (clientId: string, options: { secretFile?: string }) => {
      const app = await cli.admin().rotateApplicationSecret(clientId);
      const shown = keepSecret(app, options.secretFile);
      cli.out().result(shown, () => (options.secretFile ? `Secret écrit dans ${options.secretFile}.` : secretLines(app)));
    });
}

/** With a file, the secret goes there (readable by its owner only) and not to the output. */
function keepSecret(app: ApplicationDetails, file?: string): ApplicationDetails {
  if (!file) return app;
  fs.writeFileSync(file, `${app.secret}\n`, { mode: 0o600 });
  const { secret: _secret, ...rest } = app;
  return rest;
}

const warning = (clientId: string) =>
  `Attention : ${clientId} est décrite dans realm-config ; reportez ces changements dans son fichier, sinon le prochain efp apply les remplace.`;
