import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { applyRealmConfig } from "../apply/index.js";
import { ConfigError, ENVIRONMENTS, loadRealmConfig, type Environment } from "../config/load.js";
import { connect } from "../connect.js";

// Exit codes scripts can rely on.
export const EXIT = { ok: 0, failure: 1, usage: 2, config: 3 } as const;

const DEFAULT_CONFIG_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "realm-config");

const HELP = `Usage : efp <commande> [options]

Commandes :
  apply     applique realm-config/ au Keycloak (idempotent)

Options communes :
  --url <url>        Keycloak (défaut : $KEYCLOAK_URL ou http://localhost:8080)
  --env <env>        environnement : ${ENVIRONMENTS.join(", ")} (défaut : $EFP_ENV ou dev)
  --config <dossier> dossier realm-config (défaut : ${path.relative(process.cwd(), DEFAULT_CONFIG_DIR) || "."})
  --json             sortie JSON pour les scripts
  -h, --help         cette aide

L'administrateur est lu dans KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD.
Codes de sortie : 0 succès, 1 échec, 2 usage, 3 configuration invalide.`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: "string" },
        env: { type: "string" },
        config: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command] = positionals;
  if (values.help || !command) {
    console.log(HELP);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (command !== "apply") {
    console.error(`Commande inconnue : ${command}\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    const config = loadRealmConfig(values.config ?? DEFAULT_CONFIG_DIR, (values.env ?? process.env.EFP_ENV ?? "dev") as Environment);
    const kc = await connect({
      baseUrl: values.url ?? process.env.KEYCLOAK_URL ?? "http://localhost:8080",
      username: process.env.KC_BOOTSTRAP_ADMIN_USERNAME ?? "admin",
      password: process.env.KC_BOOTSTRAP_ADMIN_PASSWORD ?? "admin",
    });
    const changes = await applyRealmConfig(kc, config);
    if (values.json) console.log(JSON.stringify({ changes }, null, 2));
    else if (changes.length === 0) console.log("Aucun changement.");
    else for (const change of changes) console.log(`${change.action === "create" ? "+" : "~"} ${change.resource}${change.fields ? ` (${change.fields.join(", ")})` : ""}`);
    return EXIT.ok;
  } catch (error) {
    console.error(`efp : ${(error as Error).message}`);
    return error instanceof ConfigError ? EXIT.config : EXIT.failure;
  }
}
