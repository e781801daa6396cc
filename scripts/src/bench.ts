// `npm run bench`: performance figures, measured on a real stack started for the purpose
// (own Keycloak copy, free ports, fresh database, test overlay with the fixed-answer CAPTCHA).
//
// - login throughput of our browser flow (efp-browser: CAPTCHA + password) against Keycloak's
//   stock browser flow, on the same server, same realm, same user, alternating rounds: ratio;
// - CAPTCHA images per second (builtin renderer, in-process Java benchmark);
// - company directory: import rows/s of 1,000,000 synthetic establishments and search latency
//   (p50/p95/p99, target p95 ≤ 50 ms); BENCH_DIRECTORY_ROWS=0 skips it.
// - no account enumeration: time of account creation with a new or an existing address, of a
//   forgotten-password request for a known or an unknown address, and their ratio.
// - access management: the access managers' user list of a company holding 10,000
//   habilitations (p95, target ≤ 100 ms, against Keycloak's own organization members page), its
//   first load with the counts per role after a change, and the submission of an access request (p95).
//
// - tokens: refresh-token grants of SOFFI against a stock confidential client at 1, 100 and
//   1,000 habilitations (ratio, target ≤ 1.05 at 100) and the sizes of the tokens (≤ 8 KB).
//
// BENCH_ONLY=captcha,logins,enumeration,access,directory,tokens runs some of them.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { connect } from "@efp/provisioning";
import { benchAccess, USER_LIST_TARGET_P95_MS, type Latencies } from "./bench/access.js";
import { benchDirectory } from "./bench/directory.js";
import { benchEnumeration, medianRatio } from "./bench/enumeration.js";
import { benchTokens, describeTokens } from "./bench/tokens.js";
import { httpLogin, type LoginTarget } from "./bench/http-login.js";
import { percentile, runFor, type RunResult } from "./bench/stats.js";
import { readStackConfig } from "./config.js";
import { EXTENSION_DIR, EXTENSION_TESTING_JAR } from "./paths.js";
import { freePort } from "./process.js";
import { startStack } from "./stack.js";
import { findKeycloakJdk } from "./keycloak/jdk.js";

const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 15);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const ENUMERATION_SAMPLES = Number(process.env.BENCH_ENUMERATION_SAMPLES ?? 40);
const ONLY = new Set((process.env.BENCH_ONLY ?? "captcha,logins,enumeration,access,directory,tokens").split(",").map((part) => part.trim()));
const log = (line: string) => console.log(`• ${line}`);

function describe(name: string, results: RunResult[]) {
  const operations = results.reduce((sum, result) => sum + result.operations, 0);
  const seconds = results.reduce((sum, result) => sum + result.seconds, 0);
  const latencies = results.flatMap((result) => result.latenciesMs);
  const errors = results.reduce((sum, result) => sum + result.errors, 0);
  const perSecond = operations / seconds;
  console.log(`  ${name.padEnd(34)} ${perSecond.toFixed(1).padStart(7)} connexions/s   p50 ${percentile(latencies, 50).toFixed(0)} ms   p95 ${percentile(latencies, 95).toFixed(0)} ms   (${operations} connexions, ${errors} erreurs)`);
  const kinds = new Map<string, number>();
  for (const result of results) for (const [kind, count] of result.errorKinds) kinds.set(kind, (kinds.get(kind) ?? 0) + count);
  for (const [kind, count] of kinds) console.log(`      ${count} × ${kind}`);
  return perSecond;
}

async function benchLogins(keycloakUrl: string, realm: string, admin: { username: string; password: string }, password: string) {
  const kc = await connect({ baseUrl: keycloakUrl, username: admin.username, password: admin.password });
  // One account per worker: brute-force detection keys on the account, and one account
  // logging in from four places at once is not what is being measured.
  const users = Array.from({ length: CONCURRENCY }, (_, index) => `bench-${index}@exemple.fr`);
  for (const username of users) {
    const [existing] = await kc.users.find({ realm, username, exact: true });
    if (!existing) await kc.users.create({ realm, username, email: username, firstName: "Banc", lastName: `Essai ${username}`, enabled: true, emailVerified: true, credentials: [{ type: "password", value: password, temporary: false }] });
  }
  const flows = await kc.authenticationManagement.getFlows({ realm });
  const stockBrowser = flows.find((flow) => flow.alias === "browser");
  if (!stockBrowser) throw new Error("le flux browser de Keycloak est introuvable");
  const redirectUri = "http://127.0.0.1:9/bench";
  const clients = { ours: "bench-efp-browser", stock: "bench-stock-browser" };
  for (const clientId of Object.values(clients)) {
    const [existing] = await kc.clients.find({ realm, clientId });
    if (existing) await kc.clients.del({ realm, id: existing.id! });
  }
  // Same kind of client for both; only the stock one overrides the realm's browser flow.
  await kc.clients.create({ realm, clientId: clients.ours, publicClient: true, standardFlowEnabled: true, redirectUris: [redirectUri] });
  await kc.clients.create({ realm, clientId: clients.stock, publicClient: true, standardFlowEnabled: true, redirectUris: [redirectUri], authenticationFlowBindingOverrides: { browser: stockBrowser.id! } });

  const target = (clientId: string, worker: number): LoginTarget => ({ keycloakUrl, realm, clientId, redirectUri, username: users[worker], password, captchaAnswer: "EFPTEST" });
  log(`Connexions : ${ROUNDS} manches de ${ROUND_SECONDS} s par flux, ${CONCURRENCY} en parallèle, en alternance (après 5 s de chauffe chacun)`);
  await runFor(5, CONCURRENCY, (worker) => httpLogin(target(clients.stock, worker)));
  await runFor(5, CONCURRENCY, (worker) => httpLogin(target(clients.ours, worker)));
  const results = { ours: [] as RunResult[], stock: [] as RunResult[] };
  for (let round = 0; round < ROUNDS; round++) {
    results.stock.push(await runFor(ROUND_SECONDS, CONCURRENCY, (worker) => httpLogin(target(clients.stock, worker))));
    results.ours.push(await runFor(ROUND_SECONDS, CONCURRENCY, (worker) => httpLogin(target(clients.ours, worker))));
  }
  const stock = describe("flux browser de Keycloak (stock)", results.stock);
  const ours = describe("flux efp-browser (CAPTCHA)", results.ours);
  console.log(`  ratio efp / stock : ${(ours / stock).toFixed(2)} (objectif ≥ 0.90)`);
}

async function benchNoEnumeration(keycloakUrl: string, realm: string, admin: { username: string; password: string }, password: string) {
  const kc = await connect({ baseUrl: keycloakUrl, username: admin.username, password: admin.password });
  const clientId = "bench-enumeration";
  const redirectUri = "http://127.0.0.1:9/bench";
  const [client] = await kc.clients.find({ realm, clientId });
  if (!client) await kc.clients.create({ realm, clientId, publicClient: true, standardFlowEnabled: true, redirectUris: [redirectUri] });
  const existing = "banc-existant@exemple.fr";
  const [owner] = await kc.users.find({ realm, username: existing, exact: true });
  if (!owner) await kc.users.create({ realm, username: existing, email: existing, firstName: "Banc", lastName: "Existant", enabled: true, emailVerified: true, credentials: [{ type: "password", value: password, temporary: false }] });

  log(`Énumération : ${ENUMERATION_SAMPLES} envois par cas, un à la fois, les deux cas en alternance (après 5 de chauffe)`);
  const comparisons = await benchEnumeration({ keycloakUrl, realm, clientId, redirectUri, captchaAnswer: "EFPTEST", password }, existing, ENUMERATION_SAMPLES);
  for (const comparison of comparisons) {
    for (const each of comparison.cases) {
      console.log(`  ${`${comparison.name}, ${each.name}`.padEnd(50)} p50 ${percentile(each.latenciesMs, 50).toFixed(0).padStart(4)} ms   p90 ${percentile(each.latenciesMs, 90).toFixed(0).padStart(4)} ms`);
    }
    const ratio = medianRatio(comparison);
    console.log(`  ${comparison.name} : rapport des médianes ${ratio.toFixed(2)} (${ratio < 3 ? "même ordre de grandeur" : ratio < 10 ? "écart notable" : "ÉCART D'UN ORDRE DE GRANDEUR"})`);
  }
}

function figures(l: Latencies) {
  return `p50 ${l.p50.toFixed(1).padStart(6)} ms   p95 ${l.p95.toFixed(1).padStart(6)} ms   p99 ${l.p99.toFixed(1).padStart(6)} ms   (${l.count})`;
}

async function benchAccessManagement(keycloakUrl: string, realm: string, admin: { username: string; password: string }, password: string) {
  const result = await benchAccess({
    keycloakUrl, realm, admin, password, log,
    habilitations: Number(process.env.BENCH_ACCESS_HABILITATIONS ?? 10_000),
    pages: Number(process.env.BENCH_ACCESS_PAGES ?? 400),
    requests: Number(process.env.BENCH_ACCESS_REQUESTS ?? 200),
  });
  console.log(`  Gestion des accès, ${result.habilitations} habilitations d'un établissement (accordées à ${result.grantsPerSecond.toFixed(0)}/s), pages de 50, une requête à la fois :`);
  for (const [kind, { ours, stock }] of Object.entries(result.userList)) {
    console.log(`    ${`liste efp-access, ${kind}`.padEnd(40)} ${figures(ours)}`);
    console.log(`    ${`membres d'organisation (stock), ${kind}`.padEnd(40)} ${figures(stock)}`);
  }
  const { ours, stock } = result.userListAll;
  console.log(`    ${"liste efp-access, tout".padEnd(40)} ${figures(ours)}`);
  console.log(`    ${"membres d'organisation (stock), tout".padEnd(40)} ${figures(stock)}`);
  console.log(`    rapport efp / stock : p50 ${(ours.p50 / stock.p50).toFixed(2)}, p95 ${(ours.p95 / stock.p95).toFixed(2)} (objectif p95 ≤ ${USER_LIST_TARGET_P95_MS} ms : ${ours.p95 <= USER_LIST_TARGET_P95_MS ? "atteint" : "NON ATTEINT"})`);
  console.log(`    ${"premier affichage avec les comptes, efp".padEnd(40)} ${figures(result.firstLoad.ours)}`);
  console.log(`    ${"membres + leur nombre (stock)".padEnd(40)} ${figures(result.firstLoad.stock)}`);
  console.log(`    rapport efp / stock au premier affichage : p50 ${(result.firstLoad.ours.p50 / result.firstLoad.stock.p50).toFixed(2)}, p95 ${(result.firstLoad.ours.p95 / result.firstLoad.stock.p95).toFixed(2)}`);
  console.log(`    ${"dépôt d'une demande d'accès".padEnd(40)} ${figures(result.requestSubmission)}`);
}

function benchCaptchaImages() {
  const classes = path.join(EXTENSION_DIR, "target", "classes");
  const testClasses = path.join(EXTENSION_DIR, "target", "test-classes");
  const mainClass = "fr.gouv.travail.efp.captcha.builtin.CaptchaRenderBenchmark";
  if (!fs.existsSync(path.join(testClasses, ...mainClass.split(".")) + ".class")) {
    log("Images CAPTCHA : banc absent (mvn test-compile dans keycloak-extension)");
    return;
  }
  const jdk = findKeycloakJdk();
  const result = spawnSync(path.join(jdk.home, "bin", "java"), ["-Djava.awt.headless=true", "-cp", [classes, testClasses].join(path.delimiter), mainClass], { encoding: "utf8" });
  const figure = /images_per_second=([\d.]+)/.exec(result.stdout)?.[1];
  if (result.status !== 0 || !figure) throw new Error(`banc des images CAPTCHA en échec :\n${result.stdout}${result.stderr}`);
  console.log(`  images CAPTCHA (builtin, Java ${jdk.major}, 1 thread) ${Number(figure).toFixed(0)} images/s`);
}

const config = readStackConfig();
const stack = await startStack({
  instance: "bench",
  environment: "test",
  ports: { keycloak: await freePort(), management: await freePort(), demoApp: await freePort(), mailWeb: await freePort(), mailSmtp: await freePort() },
  adminUsername: "admin",
  adminPassword: "admin-bench",
  realm: config.realm,
  freshData: true,
  extraJars: [EXTENSION_TESTING_JAR],
  log,
});
try {
  console.log("\nRésultats");
  const admin = { username: "admin", password: "admin-bench" };
  if (ONLY.has("captcha")) benchCaptchaImages();
  if (ONLY.has("logins")) await benchLogins(stack.keycloak.url, config.realm, admin, stack.config.users[0].password);
  if (ONLY.has("enumeration")) await benchNoEnumeration(stack.keycloak.url, config.realm, admin, stack.config.users[0].password);
  if (ONLY.has("access")) await benchAccessManagement(stack.keycloak.url, config.realm, admin, stack.config.users[0].password);
  if (ONLY.has("tokens")) {
    const sizes = (process.env.BENCH_TOKENS_SIZES ?? "1,100,1000").split(",").map(Number);
    const results = await benchTokens({ keycloakUrl: stack.keycloak.url, realm: config.realm, admin, password: stack.config.users[0].password, captchaAnswer: "EFPTEST", sizes, refreshes: Number(process.env.BENCH_TOKENS_REFRESHES ?? 300), log });
    for (const line of describeTokens(results)) console.log(line);
  }
  if (ONLY.has("directory") && process.env.BENCH_DIRECTORY_ROWS !== "0") await benchDirectory({ keycloakUrl: stack.keycloak.url, realm: config.realm, admin, log });
} finally {
  await stack.stop();
}
