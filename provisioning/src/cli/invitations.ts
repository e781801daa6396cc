// efp invitations: invitations by email go out in a person's name, through efp-access.
import type { Invitation } from "@efp/contract";
import type { Command } from "commander";
import { list, type Cli } from "./context.js";

type Pair = { application: string; company: string };

const invitationLine = (i: Invitation) =>
  `${i.id}\t${i.email}\t${i.roles.join(",")}${i.accessManager ? "\tresponsable des accès" : ""}${i.kind === "third-party" ? "\ttiers" : ""}\t${i.expired ? "expirée" : `valable jusqu'au ${i.expiresAt}`}`;

export function invitationCommands(program: Command, cli: Cli) {
  const invitations = program
    .command("invitations")
    .description("invitations par courriel à rejoindre une application pour un établissement (au nom de la personne du jeton : --token)");
  const pairOptions = (command: Command) =>
    command.requiredOption("--application <clientId>", "application").requiredOption("--company <siret>", "établissement (SIRET)");
  pairOptions(invitations.command("list").description("invitations en attente")).action(async (options: Pair) => {
    const { items } = await cli.access().invitations(options.application, options.company);
    cli.out().result(items, () => (items.length === 0 ? "Aucune invitation en attente." : items.map(invitationLine)));
  });
  pairOptions(invitations.command("send").description("invite une adresse, avec l'habilitation qu'elle recevra"))
    .requiredOption("--email <email>", "adresse de la personne invitée")
    .option("--roles <rôles>", "rôles séparés par des virgules", list, [] as string[])
    .option("--access-manager", "responsable des accès", false)
    .option(
      "--third-party",
      "tiers (hors de l'établissement) : --expires-at obligatoire, au plus habilitations.thirdPartyMaxYears ans (realm.yaml, 3 par défaut)",
      false,
    )
    .option("--expires-at <date>", "fin de l'habilitation d'un tiers, ISO 8601")
    .action(async (options: Pair & { email: string; roles: string[]; accessManager: boolean; thirdParty: boolean; expiresAt?: string }) => {
      const sent = await cli.access().invite(options.application, options.company, {
        email: options.email,
        roles: options.roles,
        accessManager: options.accessManager,
        kind: options.thirdParty ? "third-party" : "member",
        expiresAt: options.expiresAt,
      });
      cli.out().result(sent, () => `Invitation ${sent.id} envoyée à ${sent.email}, valable jusqu'au ${sent.expiresAt}.`);
    });
  pairOptions(invitations.command("resend <id>").description("renvoie une invitation : nouveau lien, l'ancien ne marche plus")).action(
    async (id: string, options: Pair) => {
      const sent = await cli.access().resendInvitation(options.application, options.company, id);
      cli.out().result(sent, () => `Invitation ${sent.id} renvoyée à ${sent.email}, valable jusqu'au ${sent.expiresAt}.`);
    },
  );
  pairOptions(invitations.command("cancel <id>").description("annule une invitation : son lien ne marche plus")).action(async (id: string, options: Pair) => {
    await cli.access().cancelInvitation(options.application, options.company, id);
    cli.out().result({ cancelled: id }, () => `Invitation ${id} annulée.`);
  });
}
