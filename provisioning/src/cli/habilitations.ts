// efp habilitations: who may use which application for which company, with which roles.
import type { Habilitation } from "@efp/contract";
import type { Command } from "commander";
import { list, type Cli } from "./context.js";

const habilitationLine = (h: Habilitation) =>
  `${h.id}\t${h.user.email ?? h.user.username}\t${h.application}\t${h.company?.siret ?? h.company?.code ?? "?"}\t${h.roles.join(",")}${h.accessManager ? "\tresponsable des accès" : ""}${h.kind === "third-party" ? "\ttiers" : ""}${h.expiresAt ? `\tjusqu'au ${h.expiresAt}` : ""}`;

export function habilitationCommands(program: Command, cli: Cli) {
  const habilitations = program.command("habilitations").description("habilitations (utilisateur, application, établissement, rôles)");
  habilitations
    .command("list")
    .description("liste les habilitations")
    .option("--application <clientId>", "application (obligatoire hors administrateurs)")
    .option("--company <siret>", "établissement")
    .option("--user <email>", "utilisateur")
    .option("--first <n>", "premier résultat", "0")
    .option("--max <n>", "nombre maximum", "100")
    .action(async (options: { application?: string; company?: string; user?: string; first: string; max: string }) => {
      const page = await cli.admin().habilitations(options);
      cli.out().result(page, () => [...page.items.map(habilitationLine), `${page.items.length} affichée(s) sur ${page.total}`]);
    });
  habilitations
    .command("grant")
    .description("donne (ou met à jour) une habilitation")
    .requiredOption("--user <email>", "utilisateur (adresse, identifiant ou nom d'utilisateur)")
    .requiredOption("--application <clientId>", "application")
    .requiredOption("--company <siret>", "établissement (SIRET) ou structure (code)")
    .option("--roles <rôles>", "rôles séparés par des virgules", list, [] as string[])
    .option("--access-manager", "responsable des accès", false)
    .option(
      "--third-party",
      "tiers (hors de l'établissement) : --expires-at obligatoire, au plus habilitations.thirdPartyMaxYears ans (realm.yaml, 3 par défaut)",
      false,
    )
    .option("--expires-at <date>", "fin de validité ISO 8601, ex. 2027-06-30T00:00:00Z")
    .action(
      async (options: {
        user: string;
        application: string;
        company: string;
        roles: string[];
        accessManager: boolean;
        thirdParty: boolean;
        expiresAt?: string;
      }) => {
        const { thirdParty, ...rest } = options;
        const h = await cli.admin().grant({ ...rest, kind: thirdParty ? "third-party" : "member" });
        cli.out().result(h, () => `Habilitation ${h.id} : ${habilitationLine(h)}`);
      },
    );
  habilitations
    .command("revoke <id>")
    .description("retire une habilitation")
    .action(async (id: string) => {
      await cli.admin().revoke(id);
      cli.out().result({ revoked: id }, () => `Habilitation ${id} retirée.`);
    });
}
