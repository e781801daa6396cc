// efp directory: the company directory behind "Raison sociale ou SIRET" (see ../directory/).
import path from "node:path";
import { ApiError } from "@efp/contract";
import type { Command } from "commander";
import { formatCount, formatEntry, importDemoDirectory, importSirene, progressBar, searchDirectory } from "../directory/index.js";
import { DEFAULT_CONFIG_DIR, type Cli } from "./context.js";

export function directoryCommands(program: Command, cli: Cli) {
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
      const json = cli.globals().json;
      let report;
      if (options.demo) report = await importDemoDirectory(cli.api(), path.join(DEFAULT_CONFIG_DIR, "directory"));
      else {
        if (!options.establishments || !options.units) throw new ApiError(400, "missing_files", "Indiquez --establishments et --units (ou --demo).");
        report = await importSirene(cli.api(), {
          establishmentsFile: options.establishments,
          unitsFile: options.units,
          batchSize: Number(options.batchSize),
          concurrency: Number(options.concurrency),
          ...(json ? {} : { onProgress: progressBar() }),
        });
      }
      cli.out().result(report, () => Object.entries(report).map(([key, value]) => `${key}\t${value}`));
    });
  directory
    .command("search <recherche>")
    .description("cherche par raison sociale ou début de SIRET/SIREN")
    .option("--max <n>", "1 à 100", "20")
    .option("--active", "sans les établissements fermés", false)
    .action(async (query: string, options: { max: string; active: boolean }) => {
      const result = await searchDirectory(cli.api(), query, { max: Number(options.max), activeOnly: options.active });
      cli.out().result(result, () => [formatCount(result), ...result.items.map(formatEntry)]);
    });
}
