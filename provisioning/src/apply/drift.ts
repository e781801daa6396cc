import { differingFields } from "./changes.js";

/**
 * The names `efp plan` gives the fields of an application that differ between Keycloak and its
 * realm-config file: the file's own names (`description`, `raCodesEnabled`…) rather than
 * Keycloak's (`attributes`), so that a change made in EFP ADMIN or the console reads as the
 * field it touched. Fields the file does not declare are not compared (the file wins only for
 * what it says).
 */
const TOP_LEVEL: Record<string, string> = { rootUrl: "url", baseUrl: "url" };
const ATTRIBUTES: Record<string, string> = {
  "efp.display-name": "name",
  "efp.description": "description",
  "efp.url": "url",
  "efp.logo-url": "logoUrl",
  "efp.ra-codes-enabled": "raCodesEnabled",
  "efp.listed-publicly": "listedPublicly",
  "efp.source": "source",
  "post.logout.redirect.uris": "postLogoutRedirectUris",
  "pkce.code.challenge.method": "pkce",
};

export function driftFields(desired: Record<string, unknown>, current: Record<string, unknown> | undefined): string[] {
  const names: string[] = [];
  const add = (name: string) => {
    if (!names.includes(name)) names.push(name);
  };
  for (const field of differingFields(desired, current)) {
    if (field !== "attributes") {
      add(TOP_LEVEL[field] ?? field);
      continue;
    }
    const wanted = (desired.attributes ?? {}) as Record<string, unknown>;
    const stored = (current?.attributes ?? {}) as Record<string, unknown>;
    for (const attribute of differingFields(wanted, stored)) add(ATTRIBUTES[attribute] ?? `attributes.${attribute}`);
  }
  return names;
}

/** What Keycloak holds that realm-config does not describe: an application, or a role of a declared one. */
export interface Outside {
  resource: string;
  /** Who made it, when Keycloak says (efp.source): `efp-admin`, or unknown. */
  source?: string;
  note: string;
}

type ClientSummary = { clientId?: string; attributes?: Record<string, unknown> };

/**
 * The EFP applications Keycloak has and no file declares, and the roles of declared applications
 * that their file does not list (added in EFP ADMIN or the console). `efp apply` leaves both
 * alone; `--prune` deletes those the configuration owns (never an application EFP ADMIN created).
 */
export function outsideRealmConfig(
  clients: ClientSummary[],
  declared: { clientId: string; roles: { name: string }[] }[],
  rolesOf: Record<string, string[]>,
): Outside[] {
  const outside: Outside[] = [];
  const byId = new Map(declared.map((application) => [application.clientId, application]));
  for (const client of clients) {
    if (client.attributes?.["efp.application"] !== "true" || !client.clientId) continue;
    const application = byId.get(client.clientId);
    if (!application) {
      const source = client.attributes?.["efp.source"] === "efp-admin" ? "efp-admin" : undefined;
      outside.push({
        resource: `application ${client.clientId}`,
        ...(source && { source }),
        note:
          source === "efp-admin"
            ? "créée dans EFP ADMIN, décrite par aucun fichier : laissée telle quelle (--prune ne la supprime pas)"
            : "décrite par aucun fichier : laissée telle quelle (--prune la supprime)",
      });
      continue;
    }
    const listed = new Set(application.roles.map((role) => role.name));
    for (const role of rolesOf[client.clientId] ?? []) {
      if (listed.has(role) || role.startsWith("efp-")) continue;
      outside.push({
        resource: `application ${client.clientId} role ${role}`,
        note: "ajouté hors realm-config (EFP ADMIN ou console) : gardé (--prune le supprime ; ajoutez-le au fichier pour le garder)",
      });
    }
  }
  return outside;
}

/** outsideRealmConfig read from Keycloak (what `efp plan` and `efp apply` print after the changes). */
export async function readOutside(kc: import("@keycloak/keycloak-admin-client").default, config: import("../config/model.js").RealmConfig): Promise<Outside[]> {
  const realm = config.realm.realm;
  if (!(await kc.realms.findOne({ realm }))) return [];
  const clients = await kc.clients.find({ realm });
  const rolesOf: Record<string, string[]> = {};
  for (const application of config.applications) {
    const client = clients.find((candidate) => candidate.clientId === application.clientId);
    if (client) rolesOf[application.clientId] = (await kc.clients.listRoles({ realm, id: client.id! })).map((role) => role.name!);
  }
  return outsideRealmConfig(clients as ClientSummary[], config.applications, rolesOf);
}
