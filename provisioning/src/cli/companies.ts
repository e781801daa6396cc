// efp companies: companies (SIRET) and ministry structures (code).
import type { Command } from "commander";
import type { Cli } from "./context.js";

export function companyCommands(program: Command, cli: Cli) {
  const companies = program.command("companies").description("établissements (SIRET) et structures ministérielles");
  companies
    .command("list")
    .description("liste ou recherche les établissements déclarés")
    .option("--search <texte>", "nom ou SIRET")
    .option("--max <n>", "nombre maximum", "100")
    .action(async (options: { search?: string; max: string }) => {
      const items = await cli.admin().companies({ search: options.search, max: options.max });
      cli.out().result(items, () => items.map((c) => `${c.siret ?? c.code}\t${c.name}\t${c.address ?? ""}`));
    });
  companies
    .command("show <siret>")
    .description("affiche un établissement (SIRET) ou une structure (code)")
    .action(async (alias: string) => {
      const company = await cli.admin().company(alias);
      cli.out().result(company, () => Object.entries(company).map(([key, value]) => `${key}\t${value ?? ""}`));
    });
  companies
    .command("create")
    .description("déclare un établissement (administrateurs)")
    .requiredOption("--siret <siret>", "SIRET (14 chiffres)")
    .requiredOption("--name <nom>", "raison sociale")
    .option("--address <adresse>", "adresse")
    .action(async (options: { siret: string; name: string; address?: string }) => {
      const company = await cli.admin().createCompany({ kind: "company", ...options });
      cli.out().result(company, () => `Établissement ${company.siret} déclaré : ${company.name}`);
    });
  companies
    .command("create-ministry")
    .description("déclare une structure ministérielle (administrateurs)")
    .requiredOption("--code <code>", "code, ex. DGEFP")
    .requiredOption("--name <nom>", "nom")
    .action(async (options: { code: string; name: string }) => {
      const structure = await cli.admin().createCompany({ kind: "ministry", ...options });
      cli.out().result(structure, () => `Structure ${structure.code} déclarée : ${structure.name}`);
    });
}
