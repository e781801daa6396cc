// The company directory on a real Keycloak: the local source fed through the admin API (batch
// upsert, and the SIRENE import of realm-config/directory), searched by name and SIRET, who may
// do what, bad input refused whole; and the recherche-entreprises source against a local fake of
// the public API.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ApiError, importDemoDirectory, luhnCheckDigit, searchDirectory, type EfpApi } from "@efp/provisioning";
import { adminClient } from "../support/admin.js";
import { testContext } from "../support/context.js";
import { FAKE_DIRECTORY_FAILURES } from "../support/fake-recherche-entreprises.js";
import { statusOf } from "../support/efp-admin.js";
import { ADMINISTRATOR_ROLE, serviceAccountApi, testApplication } from "../support/service-account.js";

const context = testContext();
const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "realm-config", "directory");
const directoryUrl = `${context.keycloakUrl}/realms/${context.realm}/efp-admin/directory`;

/** A valid SIRET under a made-up SIREN, for rows that must not collide with the demo sample. */
function siret(siren8: string, nic4: string): string {
  const siren = siren8 + luhnCheckDigit(siren8);
  return siren + nic4 + luhnCheckDigit(siren + nic4);
}
const ZYG = "90817263"; // SIREN prefix of this suite's own companies
const rows = {
  head: { siret: siret(ZYG, "0001"), name: "ZYGOMATIQUE ÉDITIONS", address: "3 RUE DES ÉCOLES", postalCode: "75005", city: "PARIS", active: true },
  branch: {
    siret: siret(ZYG, "0002"),
    name: "ZYGOMATIQUE ÉDITIONS",
    tradeName: "LIBRAIRIE DU RIRE",
    address: "8 PLACE BELLECOUR",
    postalCode: "69002",
    city: "LYON",
    active: true,
  },
  closed: { siret: siret(ZYG, "0003"), name: "ZYGOMATIQUE ÉDITIONS", address: "1 QUAI DE LA FOSSE", postalCode: "44000", city: "NANTES", active: false },
};

async function refusal(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

// The realm's own source (realm.yaml's directory.source), put back by useSource(undefined), so
// that the suites after this one find the realm as realm-config made it.
let realmSource: string | undefined | null = null;

async function useSource(source: string | undefined) {
  const kc = await adminClient();
  const realm = await kc.realms.findOne({ realm: context.realm });
  const attributes = { ...realm!.attributes };
  if (realmSource === null) realmSource = attributes["efp.directory.source"] as string | undefined;
  const wanted = source ?? realmSource;
  if (wanted) attributes["efp.directory.source"] = wanted;
  else delete attributes["efp.directory.source"];
  await kc.realms.update({ realm: context.realm }, { attributes });
}

let administrator: EfpApi;
let plain: EfpApi;
let support: EfpApi;

beforeAll(async () => {
  await useSource(undefined);
  administrator = await serviceAccountApi("directory-test-administrator", { realmRoles: [ADMINISTRATOR_ROLE] });
  plain = await serviceAccountApi("directory-test-plain");
  await testApplication("directory-test-app", ["efp-support"]);
  support = await serviceAccountApi("directory-test-support", { clientRoles: { "directory-test-app": ["efp-support"] } });
});

describe("local directory", () => {
  test("an administrator imports a batch, a second time it is unchanged", async () => {
    const first = await administrator.request("POST", "directory/establishments", Object.values(rows));
    expect(first).toEqual({ received: 3, created: 3, updated: 0, unchanged: 0 });
    const again = await administrator.request("POST", "directory/establishments", Object.values(rows));
    expect(again).toEqual({ received: 3, created: 0, updated: 0, unchanged: 3 });
  });

  test("finds by name whatever the accents and case, the last word while it is typed", async () => {
    for (const query of ["zygomatique editions", "Zygomatique Éditions", "ZYGOMAT", "éditions zygo", "zygomatique ed"]) {
      const result = await searchDirectory(administrator, query);
      expect({ query, sirets: result.items.map((item) => item.siret).sort() }).toEqual({
        query,
        sirets: Object.values(rows)
          .map((row) => row.siret)
          .sort(),
      });
      expect(result).toMatchObject({ total: 3, totalCapped: false, source: "local" });
    }
    expect((await searchDirectory(administrator, "zygomatique nulle part")).items).toEqual([]);
  });

  test("finds by the trade name (enseigne) too", async () => {
    const result = await searchDirectory(administrator, "librairie rire");
    expect(result.items).toEqual([
      {
        siret: rows.branch.siret,
        siren: rows.branch.siret.slice(0, 9),
        name: "ZYGOMATIQUE ÉDITIONS",
        tradeName: "LIBRAIRIE DU RIRE",
        address: "8 PLACE BELLECOUR",
        postalCode: "69002",
        city: "LYON",
        active: true,
      },
    ]);
  });

  test("finds by SIREN, SIRET or their beginning, in SIRET order", async () => {
    const siren = rows.head.siret.slice(0, 9);
    const bySiren = await searchDirectory(administrator, siren);
    expect(bySiren.items.map((item) => item.siret)).toEqual([rows.head.siret, rows.branch.siret, rows.closed.siret]);
    const spaced = `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)} ${rows.branch.siret.slice(9)}`;
    expect((await searchDirectory(administrator, spaced)).items.map((item) => item.siret)).toEqual([rows.branch.siret]);
    expect((await searchDirectory(administrator, rows.head.siret.slice(0, 7))).items.map((item) => item.siret)).toEqual(
      expect.arrayContaining(Object.values(rows).map((row) => row.siret)),
    );
  });

  test("counts apart from the page, marks and can leave out closed establishments", async () => {
    const page = await searchDirectory(administrator, "zygomatique", { max: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(3);
    const all = await searchDirectory(administrator, "zygomatique");
    expect(all.items.find((item) => item.siret === rows.closed.siret)?.active).toBe(false);
    const open = await searchDirectory(administrator, "zygomatique", { activeOnly: true });
    expect(open.items.map((item) => item.siret).sort()).toEqual([rows.head.siret, rows.branch.siret].sort());
    expect(open.total).toBe(2);
  });

  test("several words: open ones only, and a closed establishment leaves that search", async () => {
    expect((await searchDirectory(administrator, "zygomatique editions", { activeOnly: true })).items.map((item) => item.siret).sort()).toEqual(
      [rows.head.siret, rows.branch.siret].sort(),
    );
    await administrator.request("POST", "directory/establishments", [{ ...rows.head, active: false }]);
    expect((await searchDirectory(administrator, "zygomatique edi", { activeOnly: true })).items.map((item) => item.siret)).toEqual([rows.branch.siret]);
    expect((await searchDirectory(administrator, "zygomatique edi")).total).toBe(3);
    await administrator.request("POST", "directory/establishments", [rows.head]);
    expect((await searchDirectory(administrator, "zygomatique edi", { activeOnly: true })).total).toBe(2);
  });

  test("two common words that seldom meet: every match, past the first pages of the walk", async () => {
    // 2100 establishments each for QUOKKA and WOMBAT (more than two pages of the walk: the
    // statistics say so after the recount), three of them hold both, spread over the SIRETs.
    const both = new Set([0, 1049, 2099]);
    const batch: object[] = [];
    for (let i = 0; i < 2100; i++) {
      const nic = String(i + 1).padStart(4, "0");
      batch.push({ siret: siret("90817266", nic), name: both.has(i) ? `QUOKKA WOMBAT ${i}` : `QUOKKA PLAINE ${i}`, active: i !== 1049 });
      batch.push({ siret: siret("90817267", nic), name: `WOMBAT COLLINE ${i}`, active: true });
    }
    for (let start = 0; start < batch.length; start += 1000) {
      await administrator.request("POST", "directory/establishments", batch.slice(start, start + 1000));
    }
    await administrator.request("POST", "directory/statistics");
    const expected = [...both].map((i) => siret("90817266", String(i + 1).padStart(4, "0")));
    for (const query of ["quokka wombat", "wombat quokka ", "quokka womb", "wombat quok"]) {
      const result = await searchDirectory(administrator, query);
      expect({ query, sirets: result.items.map((item) => item.siret).sort(), total: result.total }).toEqual({ query, sirets: expected, total: 3 });
    }
    expect((await searchDirectory(administrator, "quokka wombat", { activeOnly: true })).total).toBe(2);
    const common = await searchDirectory(administrator, "quokka plai");
    expect(common).toMatchObject({ total: 200, totalCapped: true });
    expect(common.items.every((item) => /^QUOKKA PLAINE /.test(item.name))).toBe(true);
  });

  test("a renamed establishment is found by its new name only", async () => {
    const renamed = { ...rows.closed, name: "HILARANTE DIFFUSION" };
    expect(await administrator.request("POST", "directory/establishments", [renamed])).toEqual({ received: 1, created: 0, updated: 1, unchanged: 0 });
    expect((await searchDirectory(administrator, "hilarante")).items.map((item) => item.siret)).toEqual([rows.closed.siret]);
    expect((await searchDirectory(administrator, "zygomatique")).total).toBe(2);
    await administrator.request("POST", "directory/establishments", [rows.closed]);
    expect((await searchDirectory(administrator, "hilarante")).total).toBe(0);
  });

  test("a batch with an invalid SIRET is refused whole, naming the row, and stores nothing", async () => {
    const fresh = { siret: siret("90817264", "0001"), name: "JAMAIS STOCKEE", active: true };
    const bad = { siret: "90817264000019", name: "CLE FAUSSE", active: true };
    const error = await refusal(administrator.request("POST", "directory/establishments", [fresh, bad]));
    expect(error.status).toBe(400);
    expect(error.code).toBe("invalid_siret");
    expect(error.message).toMatch(/^Ligne 2 \(SIRET 90817264000019\) : ce SIRET n'est pas valide/);
    expect((await searchDirectory(administrator, "jamais stockee")).total).toBe(0);
    expect((await searchDirectory(administrator, fresh.siret)).total).toBe(0);
  });

  test("other bad batches: unknown field, oversized, not an array", async () => {
    expect((await refusal(administrator.request("POST", "directory/establishments", [{ ...rows.head, postcode: "75005" }]))).message).toMatch(
      /champ inconnu « postcode »/,
    );
    const tooMany = Array.from({ length: 1001 }, (_, index) => ({ siret: siret("90817265", String(index).padStart(4, "0")), name: "LOT TROP GROS" }));
    expect((await refusal(administrator.request("POST", "directory/establishments", tooMany))).code).toBe("batch_too_large");
    expect((await refusal(administrator.request("POST", "directory/establishments", { siret: rows.head.siret }))).code).toBe("invalid_body");
  });

  test("a query too short, too long or too vague is a 400 with a French message", async () => {
    const short = await refusal(searchDirectory(administrator, "z"));
    expect(short).toMatchObject({ status: 400, code: "query_too_short" });
    expect(short.message).toMatch(/au moins 2 caractères/);
    expect(await refusal(searchDirectory(administrator, "x".repeat(101)))).toMatchObject({ status: 400, code: "query_too_long" });
    expect(await refusal(searchDirectory(administrator, "de la "))).toMatchObject({ status: 400, code: "query_too_vague" });
    expect(await refusal(searchDirectory(administrator, "zygomatique", { max: 500 }))).toMatchObject({ status: 400, code: "invalid_max" });
  });

  test("the demo sample (SIRENE stock files) brings the seed's establishments", async () => {
    const report = await importDemoDirectory(administrator, DEMO_DIR);
    expect(report.skipped).toBe(0);
    expect(report.words).toBeGreaterThan(50); // recounted for the search after the import
    expect(report.created + report.updated + report.unchanged).toBe(report.establishments);
    const bosch = await searchDirectory(administrator, "robert bosch");
    expect(bosch.items.map((item) => [item.name, item.siret, [item.address, item.postalCode, item.city].join(" ")])).toEqual([
      ["ROBERT BOSCH FRANCE", "57206768400017", "32 AVENUE MICHELET 93400 SAINT-OUEN-SUR-SEINE"],
      ["ROBERT BOSCH FRANCE", "57206768400108", "268 RUE DE LA PRADE 12850 ONET-LE-CHATEAU"],
      ["ROBERT BOSCH FRANCE", "57206768400165", "41 BOULEVARD MARCEL SEMBAT 69200 VENISSIEUX"],
    ]);
    expect((await searchDirectory(administrator, "plume")).items.map((item) => item.siret)).toContain("34981259400050");
    expect((await searchDirectory(administrator, "la poste")).items.length).toBe(3);
    expect((await searchDirectory(administrator, "356000000")).total).toBe(3);
    const again = await importDemoDirectory(administrator, DEMO_DIR);
    expect(again.unchanged).toBe(again.establishments);
  });
});

describe("who may use the directory", () => {
  test("anonymous: 401", async () => {
    expect((await fetch(`${directoryUrl}?q=bosch`)).status).toBe(401);
    const post = await fetch(`${directoryUrl}/establishments`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([rows.head]),
    });
    expect(post.status).toBe(401);
  });

  test("a user without any admin role: 403 on both", async () => {
    const error = await refusal(searchDirectory(plain, "zygomatique"));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/Accès refusé/);
    expect(await statusOf(plain.request("POST", "directory/establishments", [rows.head]))).toBe(403);
  });

  test("a support agent searches but cannot import", async () => {
    expect((await searchDirectory(support, "zygomatique")).total).toBe(3);
    const error = await refusal(support.request("POST", "directory/establishments", [{ ...rows.head, name: "PIRATAGE" }]));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/réservé aux administrateurs/);
    expect((await searchDirectory(administrator, "piratage")).total).toBe(0);
    expect(await statusOf(support.request("POST", "directory/statistics"))).toBe(403);
  });

  test("an administrator does both", async () => {
    expect(await statusOf(searchDirectory(administrator, "zygomatique"))).toBe(200);
    expect(await statusOf(administrator.request("POST", "directory/establishments", [rows.head]))).toBe(200);
    expect(await statusOf(administrator.request("POST", "directory/statistics"))).toBe(200);
  });
});

// Needs the fake that jest's own stack starts; an external stack has none.
(context.fakeRechercheEntreprisesUrl ? describe : describe.skip)("recherche-entreprises source", () => {
  beforeAll(() => useSource("recherche-entreprises"));
  afterAll(() => useSource(undefined));

  test("the realm's attribute switches the search to the API", async () => {
    const result = await searchDirectory(administrator, "robert bosch");
    expect(result.source).toBe("recherche-entreprises");
    expect(result.items.map((item) => [item.siret, item.address, item.postalCode, item.city])).toEqual([
      ["57206768400108", "268 RUE DE LA PRADE", "12850", "ONET-LE-CHATEAU"],
      ["57206768400165", "41 BOULEVARD MARCEL SEMBAT", "69200", "VENISSIEUX"],
    ]);
    expect((await searchDirectory(administrator, "zygomatique")).items).toEqual([]);
  });

  test("an API that refuses or fails is a 503, never an empty list", async () => {
    expect(await refusal(searchDirectory(administrator, FAKE_DIRECTORY_FAILURES.rateLimited))).toMatchObject({ status: 503, code: "directory_busy" });
    expect(await refusal(searchDirectory(administrator, FAKE_DIRECTORY_FAILURES.down))).toMatchObject({ status: 503, code: "directory_unavailable" });
  });

  test("an unknown source is a configuration error that says so", async () => {
    await useSource("annuaire-inconnu");
    const error = await refusal(searchDirectory(administrator, "bosch"));
    expect(error.status).toBe(500);
    expect(error.message).toMatch(/annuaire-inconnu/);
    await useSource("recherche-entreprises");
  });
});
