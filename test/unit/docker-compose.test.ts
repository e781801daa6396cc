// docker-compose.yml cannot run here (no Docker engine): this keeps it honest instead. It must
// parse, pin the Keycloak version the stack runs, start optimized on PostgreSQL with a
// hostname, and mount paths that exist in the repository.
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { KEYCLOAK_VERSION } from "../../scripts/src/config.js";
import { EXTENSION_JAR, REPO_ROOT, THEME_JAR } from "../../scripts/src/paths.js";

interface Service {
  image?: string;
  entrypoint?: string[];
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
}

const composeText = fs.readFileSync(path.join(REPO_ROOT, "docker-compose.yml"), "utf8");
const compose = YAML.parse(composeText) as { services: Record<string, Service> };
const { keycloak, postgres } = compose.services;

const bindMounts = (service: Service) =>
  (service.volumes ?? [])
    .filter((volume) => volume.startsWith("./"))
    .map((volume) => {
      const [host, container] = volume.split(":");
      return { host: path.join(REPO_ROOT, host), container };
    });

test("runs the official Keycloak image of the version the dev stack runs", () => {
  expect(keycloak.image).toBe(`quay.io/keycloak/keycloak:${KEYCLOAK_VERSION}`);
});

test("starts optimized on PostgreSQL, with a hostname and health checks", () => {
  expect(keycloak.entrypoint?.join(" ")).toMatch(/kc\.sh build && exec \/opt\/keycloak\/bin\/kc\.sh start --optimized$/);
  expect(keycloak.environment).toMatchObject({ KC_DB: "postgres", KC_DB_URL: "jdbc:postgresql://postgres:5432/keycloak", KC_HEALTH_ENABLED: "true" });
  expect(keycloak.environment?.KC_HOSTNAME).toMatch(/^\$\{KC_HOSTNAME:\?/);
  expect(postgres.image).toMatch(/^postgres:\d+/);
  expect(keycloak.depends_on?.postgres.condition).toBe("service_healthy");
});

test("mounts exactly the two jars the build produces into providers/", () => {
  const providers = bindMounts(keycloak).filter((mount) => mount.container.startsWith("/opt/keycloak/providers/"));
  expect(providers.map((mount) => mount.host).sort()).toEqual([EXTENSION_JAR, THEME_JAR].sort());
});

test("every mounted path exists in the repository (jars once `npm run build` ran)", () => {
  const mounts = Object.values(compose.services).flatMap(bindMounts);
  expect(mounts.length).toBeGreaterThan(3);
  expect(mounts.map((mount) => mount.container)).toContain("/efp/realm-config");
  const missing = mounts.filter((mount) => !fs.existsSync(mount.host)).map((mount) => path.relative(REPO_ROOT, mount.host));
  expect(missing).toEqual([]);
});

test(".env.example sets every variable the file requires", () => {
  const required = new Set([...composeText.matchAll(/\$\{([A-Z0-9_]+):\?/g)].map((match) => match[1]));
  const example = fs.readFileSync(path.join(REPO_ROOT, ".env.example"), "utf8");
  const defined = new Set([...example.matchAll(/^([A-Z0-9_]+)=/gm)].map((match) => match[1]));
  expect([...required].filter((name) => !defined.has(name))).toEqual([]);
  expect(required.size).toBeGreaterThan(5);
});

test("the realm-config job passes every variable the production configuration needs", async () => {
  const { loadRealmConfig } = await import("@efp/provisioning");
  const job = compose.services["realm-config"];
  const example = Object.fromEntries(
    [...fs.readFileSync(path.join(REPO_ROOT, ".env.example"), "utf8").matchAll(/^([A-Z0-9_]+)=(.*)$/gm)].map((match) => [match[1], match[2]]),
  );
  // What the job's environment becomes once compose substitutes .env into it.
  const variables = Object.fromEntries(
    Object.entries(job.environment ?? {}).map(([name, value]) => [
      name,
      String(value).replace(/\$\{([A-Z0-9_]+)(?::[-?][^}]*)?\}/g, (_, variable: string) => example[variable] ?? ""),
    ]),
  );
  const config = loadRealmConfig(path.join(REPO_ROOT, "realm-config"), "production", variables);
  expect(config.applications.map((application) => application.clientId).sort()).toEqual(["ceres", "edof", "maf", "soffi"]);
  expect(config.users).toEqual([]);
});

test("the realm-config job sees every npm workspace (npm ci needs each one's package.json)", () => {
  const rootPackage = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { workspaces: string[] };
  const mounted = bindMounts(compose.services["realm-config"]).map((mount) => mount.container);
  const unseen = rootPackage.workspaces.filter((workspace) => !mounted.includes(`/efp/${workspace}`) && !mounted.includes(`/efp/${workspace}/package.json`));
  expect(rootPackage.workspaces.length).toBeGreaterThan(3);
  expect(unseen).toEqual([]);
});
