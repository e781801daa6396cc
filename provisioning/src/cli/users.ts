// efp users: accounts, created with their habilitations at once.
import type { UserRow } from "@efp/contract";
import { Option, type Command } from "commander";
import { createUser } from "../users/create-user.js";
import { writeStreamed, type Cli } from "./context.js";

const userLine = (u: UserRow) =>
  [
    u.id,
    u.email ?? u.username,
    [u.firstName, u.lastName].filter(Boolean).join(" "),
    u.kind === "agent" ? "agent" : "professionnel",
    u.enabled ? "actif" : "désactivé",
    ...(u.test ? ["compte de test"] : []),
    ...(u.migrated ? ["migré"] : []),
    u.lastLoginAt ? `dernière connexion ${u.lastLoginAt}` : "jamais connecté",
    `${u.habilitations} habilitation(s)`,
    ...(u.pendingRequests ? [`${u.pendingRequests} demande(s) en attente`] : []),
  ].join("\t");

type SearchOptions = {
  application?: string;
  company?: string;
  kind?: "professional" | "agent" | "test";
  status?: "active" | "disabled" | "migrated" | "never-logged-in";
  sort: "name" | "email" | "created";
};
const kindOption = () => new Option("--kind <type>", "type de compte").choices(["professional", "agent", "test"]);
const statusOption = () => new Option("--status <statut>", "statut").choices(["active", "disabled", "migrated", "never-logged-in"]);
const sortOption = () => new Option("--sort <ordre>", "ordre").choices(["name", "email", "created"]).default("name");

export function userCommands(program: Command, cli: Cli) {
  const users = program.command("users").description("comptes");
  users
    .command("search [texte]")
    .description("cherche des comptes par nom, adresse, SIRET ou raison sociale (ceux de vos applications hors administrateurs)")
    .option("--application <clientId>", "ayant une habilitation ou une demande sur cette application")
    .option("--company <siret>", "ayant une habilitation ou une demande pour cet établissement (SIRET) ou cette structure (code)")
    .addOption(kindOption())
    .addOption(statusOption())
    .addOption(sortOption())
    .option("--first <n>", "premier résultat", "0")
    .option("--max <n>", "nombre maximum", "100")
    .action(async (text: string | undefined, options: SearchOptions & { first: string; max: string }) => {
      const page = await cli.admin().users({ q: text, ...options });
      cli.out().result(page, () => [...page.items.map(userLine), `${page.items.length} affiché(s) sur ${page.total}`]);
    });
  users
    .command("export [texte]")
    .description("exporte en CSV (Excel : UTF-8, point-virgule) les comptes de la recherche, une ligne par habilitation, au fil de l'eau")
    .option("--application <clientId>", "ayant une habilitation ou une demande sur cette application (seules ses habilitations sont exportées)")
    .option("--company <siret>", "ayant une habilitation ou une demande pour cet établissement (seules ses habilitations sont exportées)")
    .addOption(kindOption())
    .addOption(statusOption())
    .addOption(sortOption())
    .option("-o, --output <fichier>", "fichier à écrire (sinon la sortie standard)")
    .action(async (text: string | undefined, options: SearchOptions & { output?: string }) => {
      const { output, ...filters } = options;
      const bytes = await writeStreamed(await cli.exports().users({ q: text, ...filters }), output);
      if (output) console.error(`Comptes exportés dans ${output} (${bytes} octets).`);
    });
  for (const [action, description, done] of [
    ["disable", "désactive un compte et met fin à ses sessions", "désactivé"],
    ["enable", "réactive un compte", "réactivé"],
    ["unlock", "débloque un compte bloqué après des échecs de connexion", "débloqué"],
    ["reset-password", "envoie au compte un lien pour choisir un nouveau mot de passe", ": lien de nouveau mot de passe envoyé"],
    ["resend-validation", "envoie au compte un lien qui valide son adresse (adresse pas encore validée)", ": lien de validation envoyé"],
  ] as const)
    users
      .command(`${action} <id>`)
      .description(description)
      .action(async (id: string) => {
        await cli.admin().actOnUser(id, action);
        cli.out().result({ [action]: id }, () => `Compte ${id} ${done}.`);
      });
  users
    .command("delete <id>")
    .description("supprime un compte et ses habilitations (administrateurs) ; --confirm répète son identifiant")
    .requiredOption("--confirm <identifiant>", "l'identifiant du compte, retapé pour confirmer")
    .action(async (id: string, options: { confirm: string }) => {
      await cli.admin().deleteUser(id, options.confirm);
      cli.out().result({ deleted: id }, () => `Compte ${id} supprimé.`);
    });
  users
    .command("show <id>")
    .description("un compte, ses habilitations et ses demandes en attente (celles de vos applications hors administrateurs)")
    .action(async (id: string) => {
      const page = await cli.admin().user(id);
      cli
        .out()
        .result(page, () => [
          userLine(page.user),
          ...page.habilitations.map(
            (h) =>
              `  habilitation ${h.id}\t${h.application}\t${h.company?.siret ?? h.company?.code ?? "?"}\t${h.roles.join(",")}${h.accessManager ? "\tresponsable des accès" : ""}`,
          ),
          ...page.pendingRequests.map((r) => `  demande ${r.id}\t${r.application}\t${r.siret}`),
        ]);
    });
  users
    .command("history <id>")
    .description("l'historique d'un compte, du plus récent au plus ancien : ce qu'il a fait, ce qui lui a été fait, ses connexions")
    .option("--first <n>", "premier événement", "0")
    .option("--max <n>", "nombre maximum (100 au plus)", "20")
    .action(async (id: string, options: { first: string; max: string }) => {
      const page = await cli.admin().history(id, options);
      cli
        .out()
        .result(page, () => [
          ...page.items.map((e) =>
            [
              e.time,
              e.type,
              e.error ?? "",
              e.actor ?? (e.source === "login" ? "(la personne)" : ""),
              e.application ?? "",
              e.company ?? "",
              e.ipAddress ?? "",
            ].join("\t"),
          ),
          ...(page.more ? ["… événements plus anciens : --first " + (Number(options.first) + page.items.length)] : []),
        ]);
    });
  users
    .command("create")
    .description("crée un compte professionnel ou agent, avec ses habilitations d'un coup (un professionnel reçoit un courriel pour choisir son mot de passe)")
    .requiredOption("--email <email>", "adresse électronique (identifiant)")
    .requiredOption("--first-name <prénom>", "prénom")
    .requiredOption("--last-name <nom>", "nom")
    .addOption(new Option("--kind <type>", "professionnel ou agent").choices(["professional", "agent"]).default("professional"))
    .option("--structure <code>", "structure ministérielle d'un agent (ex. DGEFP)")
    .option("--test-until <AAAA-MM-JJ>", "compte de test (hors production) désactivé après ce jour")
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
        testUntil?: string;
        habilitation: string[];
      }) => {
        const created = await createUser(cli.api(), options);
        cli
          .out()
          .result(created, () => [
            `Compte ${created.email} créé (${created.kind}${created.testUntil ? `, compte de test jusqu'au ${created.testUntil}` : ""}).`,
            ...(created.kind === "professional" ? ["  Un courriel l'invite à choisir son mot de passe."] : []),
            ...created.habilitations.map((h) => `  habilitation ${h.application} ${h.company} : ${h.roles.join(",")}`),
          ]);
      },
    );
}
