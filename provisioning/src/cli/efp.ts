import path from "node:path";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, Option } from "commander";
import { ApiError, EfpApi } from "../api/client.js";
import { applyRealmConfig, type Change } from "../apply/index.js";
import { ConfigError, ENVIRONMENTS, loadRealmConfig, type Environment } from "../config/load.js";
import { connect } from "../connect.js";
import { createUser } from "../users/create-user.js";
import { CLI_PERSON_CLIENT, PersonSession } from "../login/person-session.js";
import { LoginError } from "../login/device-flow.js";
import { formatCount, formatEntry, importDemoDirectory, importSirene, progressBar, searchDirectory } from "../directory/index.js";

/** Exit codes scripts can rely on. */
export const EXIT = { ok: 0, failure: 1, usage: 2, invalid: 3, refused: 4, notFound: 5 } as const;

const DEFAULT_CONFIG_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "realm-config");

interface GlobalOptions {
  url: string;
  realm: string;
  json: boolean;
  clientId: string;
  clientSecret?: string;
  token?: string;
  loginClientId: string;
}

/** Where a command writes: human lines, or one JSON document with --json. */
class Output {
  constructor(private readonly json: boolean) {}
  result(value: unknown, human: () => string | string[]) {
    if (this.json) console.log(JSON.stringify(value, null, 2));
    else {
      const lines = human();
      console.log(Array.isArray(lines) ? lines.join("\n") : lines);
    }
  }
}

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

const describeChange = (change: Change) => `${{ create: "+", update: "~", delete: "-" }[change.action]} ${change.resource}${change.fields ? ` (${change.fields.join(", ")})` : ""}`;
const list = (value: string) => value.split(",").map((item) => item.trim()).filter(Boolean);

interface InvitationView {
  id: string;
  email: string;
  roles: string[];
  accessManager: boolean;
  kind: string;
  expiresAt: string;
  expired: boolean;
}

export function buildProgram(): Command {
  const program = new Command("efp")
    .description("Administration d'EFP Connect : configuration du royaume, applications, établissements, habilitations, codes responsable des accès, journal d'audit.")
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

  const globals = () => program.opts<GlobalOptions>();
  const out = () => new Output(globals().json);
  const personSession = () => new PersonSession({ url: globals().url, realm: globals().realm, clientId: globals().loginClientId });
  // A person's token: given (--token / EFP_TOKEN), else the session of efp login.
  const personToken = () => {
    const { token } = globals();
    return token ? async () => token : () => personSession().accessToken();
  };
  const api = () => {
    const { url, realm, clientId, clientSecret, token } = globals();
    if (!token && !clientSecret && personSession().has()) return new EfpApi({ baseUrl: url, realm, tokenProvider: personToken() });
    return new EfpApi({ baseUrl: url, realm, clientId, clientSecret, accessToken: token });
  };
  const admin = () =>
    connect({ baseUrl: globals().url, username: process.env.KC_BOOTSTRAP_ADMIN_USERNAME ?? "admin", password: process.env.KC_BOOTSTRAP_ADMIN_PASSWORD ?? "admin" });

  const configCommand = (name: string, description: string, dryRun: boolean) =>
    program
      .command(name)
      .description(description)
      .addOption(new Option("--env <env>", "environnement").choices([...ENVIRONMENTS]).env("EFP_ENV").default("dev"))
      .option("--config <dossier>", "dossier realm-config", DEFAULT_CONFIG_DIR)
      .option("--prune", "supprimer aussi ce que la configuration ne déclare plus (applications, rôles, clients, fournisseurs, flux efp-*)", false)
      .action(async (options: { env: Environment; config: string; prune: boolean }) => {
        const config = loadRealmConfig(options.config, options.env);
        const changes = await applyRealmConfig(await admin(), config, { dryRun, prune: options.prune });
        out().result({ changes }, () => (changes.length === 0 ? "Aucun changement." : changes.map(describeChange)));
      });
  configCommand("plan", "affiche ce que `apply` changerait, sans rien écrire", true);
  configCommand("apply", "applique realm-config/ à Keycloak (idempotent)", false);

  const applications = program.command("applications").description("applications (services numériques)");
  applications
    .command("list")
    .description("liste les applications de votre périmètre")
    .action(async () => {
      const { items } = await api().request<{ items: { clientId: string; name: string; raCodesEnabled: boolean; roles: string[] }[] }>("GET", "applications");
      out().result(items, () => items.map((a) => `${a.clientId}\t${a.name}\tcodes RA : ${a.raCodesEnabled ? "oui" : "non"}\trôles : ${a.roles.join(", ")}`));
    });

  const companies = program.command("companies").description("établissements (SIRET) et structures ministérielles");
  companies
    .command("list")
    .description("liste ou recherche les établissements déclarés")
    .option("--search <texte>", "nom ou SIRET")
    .option("--max <n>", "nombre maximum", "100")
    .action(async (options: { search?: string; max: string }) => {
      const { items } = await api().request<{ items: { siret?: string; code?: string; name: string; address?: string }[] }>("GET", "companies", undefined, { search: options.search, max: options.max });
      out().result(items, () => items.map((c) => `${c.siret ?? c.code}\t${c.name}\t${c.address ?? ""}`));
    });
  companies
    .command("show <siret>")
    .description("affiche un établissement (SIRET) ou une structure (code)")
    .action(async (alias: string) => {
      const company = await api().request<Record<string, unknown>>("GET", `companies/${encodeURIComponent(alias)}`);
      out().result(company, () => Object.entries(company).map(([key, value]) => `${key}\t${value ?? ""}`));
    });
  companies
    .command("create")
    .description("déclare un établissement (administrateurs)")
    .requiredOption("--siret <siret>", "SIRET (14 chiffres)")
    .requiredOption("--name <nom>", "raison sociale")
    .option("--address <adresse>", "adresse")
    .action(async (options: { siret: string; name: string; address?: string }) => {
      const company = await api().request<{ siret: string; name: string }>("POST", "companies", { kind: "company", ...options });
      out().result(company, () => `Établissement ${company.siret} déclaré : ${company.name}`);
    });
  companies
    .command("create-ministry")
    .description("déclare une structure ministérielle (administrateurs)")
    .requiredOption("--code <code>", "code, ex. DGEFP")
    .requiredOption("--name <nom>", "nom")
    .action(async (options: { code: string; name: string }) => {
      const structure = await api().request<{ code: string; name: string }>("POST", "companies", { kind: "ministry", ...options });
      out().result(structure, () => `Structure ${structure.code} déclarée : ${structure.name}`);
    });

  interface HabilitationView {
    id: string;
    user: { email?: string; username?: string };
    application: string;
    company: { siret?: string; code?: string; name: string } | null;
    roles: string[];
    accessManager: boolean;
    kind: string;
    expiresAt: string | null;
  }
  const habilitationLine = (h: HabilitationView) =>
    `${h.id}\t${h.user.email ?? h.user.username}\t${h.application}\t${h.company?.siret ?? h.company?.code ?? "?"}\t${h.roles.join(",")}${h.accessManager ? "\tresponsable des accès" : ""}${h.kind === "third-party" ? "\ttiers" : ""}${h.expiresAt ? `\tjusqu'au ${h.expiresAt}` : ""}`;

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
      const page = await api().request<{ total: number; items: HabilitationView[] }>("GET", "habilitations", undefined, options as Record<string, string>);
      out().result(page, () => [...page.items.map(habilitationLine), `${page.items.length} affichée(s) sur ${page.total}`]);
    });
  habilitations
    .command("grant")
    .description("donne (ou met à jour) une habilitation")
    .requiredOption("--user <email>", "utilisateur (adresse, identifiant ou nom d'utilisateur)")
    .requiredOption("--application <clientId>", "application")
    .requiredOption("--company <siret>", "établissement (SIRET) ou structure (code)")
    .option("--roles <rôles>", "rôles séparés par des virgules", list, [] as string[])
    .option("--access-manager", "responsable des accès", false)
    .option("--third-party", "tiers (hors de l'établissement) : --expires-at obligatoire, au plus habilitations.thirdPartyMaxYears ans (realm.yaml, 3 par défaut)", false)
    .option("--expires-at <date>", "fin de validité ISO 8601, ex. 2027-06-30T00:00:00Z")
    .action(async (options: { user: string; application: string; company: string; roles: string[]; accessManager: boolean; thirdParty: boolean; expiresAt?: string }) => {
      const { thirdParty, ...rest } = options;
      const h = await api().request<HabilitationView>("POST", "habilitations", { ...rest, kind: thirdParty ? "third-party" : "member" });
      out().result(h, () => `Habilitation ${h.id} : ${habilitationLine(h)}`);
    });
  habilitations
    .command("revoke <id>")
    .description("retire une habilitation")
    .action(async (id: string) => {
      await api().request("DELETE", `habilitations/${encodeURIComponent(id)}`);
      out().result({ revoked: id }, () => `Habilitation ${id} retirée.`);
    });

  const raCodes = program.command("ra-codes").description("codes responsable des accès (30 jours, usage unique)");
  raCodes
    .command("create")
    .description("crée un code : il n'est affiché qu'une fois")
    .requiredOption("--application <clientId>", "application (codes activés)")
    .requiredOption("--company <siret>", "établissement")
    .action(async (options: { application: string; company: string }) => {
      const code = await api().request<{ id: string; code: string; expiresAt: string }>("POST", "ra-codes", options);
      out().result(code, () => [`Code responsable des accès : ${code.code}`, `Identifiant ${code.id}, valable jusqu'au ${code.expiresAt}. Il ne sera plus jamais affiché.`]);
    });
  raCodes
    .command("list")
    .description("liste les codes (jamais leur valeur)")
    .option("--application <clientId>", "application")
    .option("--company <siret>", "établissement")
    .action(async (options: { application?: string; company?: string }) => {
      const { items } = await api().request<{ items: { id: string; application: string; company: { siret: string } | null; status: string; expiresAt: string }[] }>("GET", "ra-codes", undefined, options);
      out().result(items, () => items.map((c) => `${c.id}\t${c.application}\t${c.company?.siret ?? "?"}\t${c.status}\t${c.expiresAt}`));
    });
  raCodes
    .command("revoke <id>")
    .description("révoque un code non utilisé")
    .action(async (id: string) => {
      await api().request("DELETE", `ra-codes/${encodeURIComponent(id)}`);
      out().result({ revoked: id }, () => `Code ${id} révoqué.`);
    });

  program
    .command("audit")
    .description("journal d'audit, du plus récent au plus ancien")
    .option("--application <clientId>", "application (obligatoire hors administrateurs)")
    .option("--company <siret>", "établissement")
    .option("--user <email>", "utilisateur concerné")
    .option("--max <n>", "nombre maximum", "100")
    .action(async (options: Record<string, string>) => {
      const { items } = await api().request<{ items: { time: string; action: string; actor: string; application?: string; company?: string; details?: string }[] }>("GET", "audit", undefined, options);
      out().result(items, () => items.map((e) => `${e.time}\t${e.action}\t${e.actor}\t${e.application ?? ""}\t${e.company ?? ""}\t${e.details ?? ""}`));
    });

  const directory = program.command("directory").description("annuaire des établissements (« Raison sociale ou SIRET »)");
  directory
    .command("import")
    .description("importe le stock SIRENE de l'INSEE dans l'annuaire local (administrateurs)")
    .option("--establishments <fichier>", "StockEtablissement (.csv ou .csv.gz)")
    .option("--units <fichier>", "StockUniteLegale (.csv ou .csv.gz), pour les raisons sociales")
    .option("--batch-size <n>", "lignes par requête, 1000 au plus", "1000")
    .option("--concurrency <n>", "requêtes simultanées", "2")
    .option("--demo", "l'échantillon de realm-config/directory/ (celui de npm start)", false)
    .action(async (options: { establishments?: string; units?: string; batchSize: string; concurrency: string; demo: boolean }) => {
      const json = globals().json;
      let report;
      if (options.demo) report = await importDemoDirectory(api(), path.join(DEFAULT_CONFIG_DIR, "directory"));
      else {
        if (!options.establishments || !options.units) throw new ApiError(400, "missing_files", "Indiquez --establishments et --units (ou --demo).");
        report = await importSirene(api(), {
          establishmentsFile: options.establishments,
          unitsFile: options.units,
          batchSize: Number(options.batchSize),
          concurrency: Number(options.concurrency),
          ...(json ? {} : { onProgress: progressBar() }),
        });
      }
      out().result(report, () => Object.entries(report).map(([key, value]) => `${key}\t${value}`));
    });
  directory
    .command("search <recherche>")
    .description("cherche par raison sociale ou début de SIRET/SIREN")
    .option("--max <n>", "1 à 100", "20")
    .option("--active", "sans les établissements fermés", false)
    .action(async (query: string, options: { max: string; active: boolean }) => {
      const result = await searchDirectory(api(), query, { max: Number(options.max), activeOnly: options.active });
      out().result(result, () => [formatCount(result), ...result.items.map(formatEntry)]);
    });

  program
    .command("login")
    .description("ouvre votre session personnelle : connexion dans le navigateur, la CLI agit ensuite en votre nom")
    .action(async () => {
      await personSession().login((authorization) => {
        const link = authorization.verification_uri_complete ?? authorization.verification_uri;
        console.error(`Pour vous connecter, ouvrez dans votre navigateur : ${link}`);
        console.error(`Code à vérifier : ${authorization.user_code} (valable ${Math.round(authorization.expires_in / 60)} min). En attente de votre connexion…`);
      });
      out().result({ loggedIn: true }, () => "Connecté : la CLI agit désormais en votre nom (efp logout pour fermer la session).");
    });
  program
    .command("logout")
    .description("ferme votre session personnelle (révoquée dans Keycloak, oubliée ici)")
    .action(async () => {
      const ended = await personSession().logout();
      out().result({ loggedOut: ended }, () => (ended ? "Session fermée." : "Aucune session ouverte."));
    });

  // Invitations go out in a person's name (the email says who invites): efp-access, the API of
  // Mon compte, with that person's session (efp login) or token (--token / EFP_TOKEN), never a
  // service account.
  const access = () => {
    const { url, realm, token } = globals();
    if (!token && !personSession().has()) {
      throw new ApiError(401, "missing_token", "Les invitations partent au nom d'une personne : connectez-vous avec efp login (ou donnez son jeton : --token ou EFP_TOKEN).");
    }
    return new EfpApi({ baseUrl: url, realm, tokenProvider: personToken(), service: "efp-access" });
  };
  const pair = (options: { application: string; company: string }) =>
    `applications/${encodeURIComponent(options.application)}/companies/${encodeURIComponent(options.company)}/invitations`;
  const invitationLine = (i: InvitationView) =>
    `${i.id}\t${i.email}\t${i.roles.join(",")}${i.accessManager ? "\tresponsable des accès" : ""}${i.kind === "third-party" ? "\ttiers" : ""}\t${i.expired ? "expirée" : `valable jusqu'au ${i.expiresAt}`}`;
  const invitations = program
    .command("invitations")
    .description("invitations par courriel à rejoindre une application pour un établissement (au nom de la personne du jeton : --token)");
  const pairOptions = (command: Command) =>
    command.requiredOption("--application <clientId>", "application").requiredOption("--company <siret>", "établissement (SIRET)");
  pairOptions(invitations.command("list").description("invitations en attente"))
    .action(async (options: { application: string; company: string }) => {
      const { items } = await access().request<{ items: InvitationView[] }>("GET", pair(options));
      out().result(items, () => (items.length === 0 ? "Aucune invitation en attente." : items.map(invitationLine)));
    });
  pairOptions(invitations.command("send").description("invite une adresse, avec l'habilitation qu'elle recevra"))
    .requiredOption("--email <email>", "adresse de la personne invitée")
    .option("--roles <rôles>", "rôles séparés par des virgules", list, [] as string[])
    .option("--access-manager", "responsable des accès", false)
    .option("--third-party", "tiers (hors de l'établissement) : --expires-at obligatoire, au plus habilitations.thirdPartyMaxYears ans (realm.yaml, 3 par défaut)", false)
    .option("--expires-at <date>", "fin de l'habilitation d'un tiers, ISO 8601")
    .action(async (options: { application: string; company: string; email: string; roles: string[]; accessManager: boolean; thirdParty: boolean; expiresAt?: string }) => {
      const sent = await access().request<InvitationView>("POST", pair(options), {
        email: options.email, roles: options.roles, accessManager: options.accessManager, kind: options.thirdParty ? "third-party" : "member", expiresAt: options.expiresAt,
      });
      out().result(sent, () => `Invitation ${sent.id} envoyée à ${sent.email}, valable jusqu'au ${sent.expiresAt}.`);
    });
  pairOptions(invitations.command("resend <id>").description("renvoie une invitation : nouveau lien, l'ancien ne marche plus"))
    .action(async (id: string, options: { application: string; company: string }) => {
      const sent = await access().request<InvitationView>("POST", `${pair(options)}/${encodeURIComponent(id)}/resend`);
      out().result(sent, () => `Invitation ${sent.id} renvoyée à ${sent.email}, valable jusqu'au ${sent.expiresAt}.`);
    });
  pairOptions(invitations.command("cancel <id>").description("annule une invitation : son lien ne marche plus"))
    .action(async (id: string, options: { application: string; company: string }) => {
      await access().request("DELETE", `${pair(options)}/${encodeURIComponent(id)}`);
      out().result({ cancelled: id }, () => `Invitation ${id} annulée.`);
    });

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
    .option("--habilitation <app:siret:rôles>", "habilitation à donner, répétable ; rôles séparés par +, suffixe :ra pour responsable des accès", (value: string, previous: string[]) => [...previous, value], [] as string[])
    .action(async (options: { email: string; firstName: string; lastName: string; kind: "professional" | "agent"; structure?: string; password?: string; habilitation: string[] }) => {
      const created = await createUser(await admin(), api(), globals().realm, options);
      out().result(created, () => [`Compte ${created.email} créé (${created.kind}).`, ...created.habilitations.map((h) => `  habilitation ${h.application} ${h.company} : ${h.roles.join(",")}`)]);
    });

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
