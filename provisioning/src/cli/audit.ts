// efp audit: the audit journal, newest first, and its CSV export.
import { Command } from "commander";
import { writeStreamed, type Cli } from "./context.js";

const FILTERS = ["application", "company", "user", "actor", "action", "from", "to"] as const;
type JournalOptions = { application?: string; company?: string; user?: string; actor?: string; action?: string; from?: string; to?: string };

/** The journal's filters, shared by the listing and the export. */
function journalFilters(command: Command): Command {
  return command
    .option("--application <clientId>", "application (hors administrateurs : une des vôtres ; sans elle, toutes les vôtres)")
    .option("--company <siret>", "établissement (SIRET) ou structure (code)")
    .option("--user <email>", "utilisateur concerné (identifiant, nom d'utilisateur ou adresse)")
    .option("--actor <email>", "auteur (identifiant, nom d'utilisateur, adresse, ou nom enregistré comme service-account:efp-cli)")
    .option("--action <action>", "action (ex. HABILITATION_GRANTED, ACCOUNT_DISABLED)")
    .option("--from <AAAA-MM-JJ>", "à partir de ce jour (heure de Paris)")
    .option("--to <AAAA-MM-JJ>", "jusqu'à ce jour inclus");
}

export function auditCommand(program: Command, cli: Cli) {
  const audit = journalFilters(program.command("audit").description("journal d'audit, du plus récent au plus ancien"))
    .option("--first <n>", "premier résultat", "0")
    .option("--max <n>", "nombre maximum", "100")
    .action(async (options: JournalOptions & { first: string; max: string }) => {
      const page = await cli.admin().journal(options);
      cli
        .out()
        .result(page.items, () => [
          ...page.items.map((e) => `${e.time}\t${e.action}\t${e.actor}\t${e.application ?? ""}\t${e.company ?? ""}\t${e.details ?? ""}`),
          `${page.items.length} affichée(s) sur ${page.total}`,
        ]);
    });
  journalFilters(audit.command("export").description("exporte le journal filtré en CSV (Excel : UTF-8, point-virgule), au fil de l'eau"))
    .option("-o, --output <fichier>", "fichier à écrire (sinon la sortie standard)")
    .action(async (options: JournalOptions & { output?: string }) => {
      // The filters have the same names on `audit`: commander gives them to it, wherever they are written.
      const { output, ...own } = options;
      const filters: JournalOptions = {};
      for (const name of FILTERS) filters[name] = own[name] ?? audit.opts<JournalOptions>()[name];
      const bytes = await writeStreamed(await cli.exports().audit(filters), output);
      if (output) console.error(`Journal exporté dans ${output} (${bytes} octets).`);
    });
}
