// A local stand-in for the API Recherche d'entreprises, as published
// (https://recherche-entreprises.api.gouv.fr/search?q=…&page=&per_page=): companies in
// results[], each with its head office (siege) and, for a text search, matching_etablissements;
// total_results, page, per_page, total_pages. Special queries make it fail like the real one can.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRechercheEntreprises {
  url: string;
  close(): Promise<void>;
}

/** q values that make the fake answer as the real API does when it cannot serve. */
export const FAKE_DIRECTORY_FAILURES = { rateLimited: "trop de demandes", down: "panne serveur" };

const BOSCH = {
  siren: "572067684",
  nom_complet: "ROBERT BOSCH FRANCE (RBF)",
  nom_raison_sociale: "ROBERT BOSCH FRANCE",
  etat_administratif: "A",
  siege: {
    siret: "57206768400017",
    adresse: "32 AVENUE MICHELET 93400 SAINT-OUEN-SUR-SEINE",
    code_postal: "93400",
    libelle_commune: "SAINT-OUEN-SUR-SEINE",
    etat_administratif: "A",
    est_siege: true,
    liste_enseignes: null,
  },
  matching_etablissements: [
    {
      siret: "57206768400108",
      adresse: "268 RUE DE LA PRADE 12850 ONET-LE-CHATEAU",
      code_postal: "12850",
      libelle_commune: "ONET-LE-CHATEAU",
      etat_administratif: "A",
      est_siege: false,
      liste_enseignes: null,
    },
    {
      siret: "57206768400165",
      adresse: "41 BOULEVARD MARCEL SEMBAT 69200 VENISSIEUX",
      code_postal: "69200",
      libelle_commune: "VENISSIEUX",
      etat_administratif: "A",
      est_siege: false,
      liste_enseignes: null,
    },
  ],
};

export async function startFakeRechercheEntreprises(): Promise<FakeRechercheEntreprises> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const send = (status: number, payload: unknown) => response.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(payload));
    if (request.method !== "GET" || url.pathname !== "/search") return send(404, { erreur: "Not found" });
    const q = (url.searchParams.get("q") ?? "").trim().toLowerCase();
    if (!q) return send(400, { erreur: "Veuillez indiquer au moins un paramètre de recherche." });
    if (q === FAKE_DIRECTORY_FAILURES.rateLimited) return send(429, { erreur: "Trop de requêtes" });
    if (q === FAKE_DIRECTORY_FAILURES.down) return send(502, { erreur: "Bad gateway" });
    const perPage = Number(url.searchParams.get("per_page") ?? 10);
    const results = q.includes("bosch") || "57206768400017".startsWith(q) || q.startsWith("572067684") ? [BOSCH] : [];
    send(200, { results: results.slice(0, perPage), total_results: results.length, page: 1, per_page: perPage, total_pages: results.length > 0 ? 1 : 0 });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The Keycloak server configuration that points the recherche-entreprises directory at a fake. */
export function rechercheEntreprisesKeycloakEnv(url: string): Record<string, string> {
  return { KC_SPI_EFP_DIRECTORY__RECHERCHE_ENTREPRISES__BASE_URL: url, KC_SPI_EFP_DIRECTORY__RECHERCHE_ENTREPRISES__TIMEOUT_MILLIS: "2000" };
}
