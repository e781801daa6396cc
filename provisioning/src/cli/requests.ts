// efp requests: pending access requests, approved or refused by an application's admins (agents'
// requests for their ministerial structure have no access manager to decide them).
import type { AccessRequest } from "@efp/contract";
import type { Command } from "commander";
import { list, type Cli } from "./context.js";

const requester = (r: AccessRequest) => r.requester?.email || [r.requester?.firstName, r.requester?.lastName].filter(Boolean).join(" ") || "?";
const requestLine = (r: AccessRequest) =>
  `${r.id}\t${requester(r)}\t${r.application ?? "?"}\t${r.siret ?? "?"}\t${r.createdAt}${r.description ? `\t« ${r.description} »` : ""}`;

export function requestCommands(program: Command, cli: Cli) {
  const requests = program.command("requests").description("demandes d'accès en attente (approuver, refuser)");
  requests
    .command("list")
    .description("liste les demandes en attente")
    .option("--application <clientId>", "application (obligatoire hors administrateurs)")
    .option("--company <siret>", "établissement (SIRET) ou structure (code)")
    .option("--first <n>", "premier résultat", "0")
    .option("--max <n>", "nombre maximum", "100")
    .action(async (options: { application?: string; company?: string; first: string; max: string }) => {
      const items = await cli.admin().requests(options);
      cli.out().result(items, () => (items.length === 0 ? ["Aucune demande en attente."] : items.map(requestLine)));
    });
  requests
    .command("approve <id>")
    .description("approuve une demande : l'habilitation est donnée avec ces rôles")
    .option("--roles <rôles>", "rôles séparés par des virgules", list, [] as string[])
    .option("--access-manager", "responsable des accès (pas pour une structure ministérielle)", false)
    .action(async (id: string, options: { roles: string[]; accessManager: boolean }) => {
      await cli.admin().approveRequest(id, options);
      cli.out().result({ approved: id, roles: options.roles }, () => `Demande ${id} approuvée (${options.roles.join(", ")}).`);
    });
  requests
    .command("refuse <id>")
    .description("refuse une demande (le motif est envoyé au demandeur)")
    .requiredOption("--reason <motif>", "motif du refus")
    .action(async (id: string, options: { reason: string }) => {
      await cli.admin().refuseRequest(id, options.reason);
      cli.out().result({ refused: id }, () => `Demande ${id} refusée.`);
    });
}
