// efp migrate: the migration from the old portal (see ../migrate/ and the README, "Migration
// depuis l'ancien portail").
import type { MigrationAccountResult } from "@efp/contract";
import { Option, type Command } from "commander";
import { progressBar } from "../directory/progress.js";
import { importMigration, MigrationFileError, type MigrationReport } from "../migrate/index.js";
import type { Cli } from "./context.js";

const OUTCOMES: Record<MigrationAccountResult["outcome"], string> = {
  created: "créé",
  updated: "mis à jour",
  unchanged: "inchangé",
  skipped: "laissé tel quel",
  rejected: "rejeté",
};

const WOULD: Record<MigrationAccountResult["outcome"], string> = {
  created: "à créer",
  updated: "à mettre à jour",
  unchanged: "inchangé",
  skipped: "laissé tel quel",
  rejected: "rejeté",
};

/** The report for people: what changed (every change in a dry run), what was left alone and why, every rejected line. */
export function migrationLines(report: MigrationReport): string[] {
  const lines: string[] = [];
  const words = report.dryRun ? WOULD : OUTCOMES;
  for (const result of report.results) {
    if (result.outcome === "rejected") continue;
    if (!report.dryRun && result.outcome !== "skipped") continue;
    lines.push(`ligne ${result.line}\t${result.email}\t${words[result.outcome]}${result.message ? `\t${result.message}` : ""}`);
    for (const change of result.changes) lines.push(`\t${change}`);
  }
  if (report.companies.length > 0)
    lines.push(`Établissements ${report.dryRun ? "à créer" : "créés"} (${report.companies.length}) : ${report.companies.join(", ")}`);
  if (report.rejections.length > 0) {
    lines.push(`Lignes rejetées (${report.rejections.length}) :`);
    for (const rejection of report.rejections) lines.push(`  ${rejection.message} [${rejection.code}]`);
  }
  lines.push(
    `${report.dryRun ? "Simulation (rien n'est écrit) : " : ""}${report.rows} ligne(s), ${report.accounts} compte(s) : ` +
      `${report.created} ${words.created}, ${report.updated} ${words.updated}, ${report.unchanged} inchangé(s), ` +
      `${report.skipped} laissé(s) tel(s) quel(s), ${report.rejected} rejeté(s) — ${report.seconds.toFixed(1)} s, ${Math.round(report.rowsPerSecond)} lignes/s`,
  );
  if (report.interrupted)
    lines.push("Import interrompu avant la fin du fichier : relancez la même commande pour le reprendre (ce qui est fait reste inchangé).");
  return lines;
}

export function migrateCommands(program: Command, cli: Cli) {
  const migrate = program.command("migrate").description("migration depuis l'ancien portail (administrateurs)");
  migrate
    .command("import <fichier>")
    .description(
      "importe les comptes, établissements, habilitations et responsables des accès de l'ancien portail (CSV ou JSON Lines) ; idempotent, une relance reprend un import interrompu",
    )
    .option("--dry-run", "affiche ce qui serait créé ou modifié et chaque ligne rejetée, sans rien écrire", false)
    .option("--force", "écrase les comptes modifiés dans EFP Connect depuis l'import précédent, reprend ceux qu'il n'a pas créés", false)
    .addOption(new Option("--format <format>", "format du fichier (sinon d'après son extension)").choices(["csv", "jsonl"]))
    .option("--batch-size <n>", "comptes par requête, 500 au plus", "25")
    .option("--concurrency <n>", "requêtes simultanées", "2")
    .option("--stop-after-batches <n>", "s'arrête après n lots, comme une interruption (une relance reprend)")
    .action(
      async (
        file: string,
        options: { dryRun: boolean; force: boolean; format?: "csv" | "jsonl"; batchSize: string; concurrency: string; stopAfterBatches?: string },
      ) => {
        const json = cli.globals().json;
        const count = (name: string, value: string) => {
          const n = Number(value);
          if (!Number.isInteger(n) || n < 1) throw new MigrationFileError(`${name} : nombre entier positif attendu, reçu « ${value} ».`);
          return n;
        };
        const report = await importMigration(cli.api(), {
          file,
          format: options.format,
          dryRun: options.dryRun,
          force: options.force,
          batchSize: count("--batch-size", options.batchSize),
          concurrency: count("--concurrency", options.concurrency),
          ...(options.stopAfterBatches !== undefined && { stopAfterBatches: count("--stop-after-batches", options.stopAfterBatches) }),
          ...(json ? {} : { onProgress: progressBar() }),
        });
        cli.out().result(report, () => migrationLines(report));
        if (report.interrupted) throw new Error("import interrompu : relancez la même commande pour le reprendre.");
        if (report.rejections.length > 0)
          throw new MigrationFileError(`${report.rejections.length} ligne(s) rejetée(s) : corrigez-les dans le fichier puis relancez l'import.`);
      },
    );
}
