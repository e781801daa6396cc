// A synthetic SIRENE stock for the directory benchmark: deterministic (seeded), valid SIRETs,
// French-looking names whose words are as unevenly common as real ones (a few surnames and
// trades everywhere, invented brand names almost unique), written as the two stock files the
// real import reads.
import fs from "node:fs";
import { luhnCheckDigit } from "@efp/provisioning";

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = (
  "MARTIN BERNARD THOMAS PETIT ROBERT RICHARD DURAND DUBOIS MOREAU LAURENT SIMON MICHEL LEFEBVRE LEROY ROUX DAVID BERTRAND MOREL FOURNIER GIRARD " +
  "BONNET DUPONT LAMBERT FONTAINE ROUSSEAU VINCENT MULLER LEFEVRE FAURE ANDRE MERCIER BLANC GUERIN BOYER GARNIER CHEVALIER FRANCOIS LEGRAND GAUTHIER GARCIA " +
  "PERRIN ROBIN CLEMENT MORIN NICOLAS HENRY ROUSSEL MATHIEU GAUTIER MASSON MARCHAND DUVAL DENIS DUMONT MARIE LEMAIRE NOEL MEYER DUFOUR MEUNIER BRUN " +
  "BLANCHARD GIRAUD JOLY RIVIERE LUCAS BRUNET GAILLARD BARBIER ARNAUD MARTINEZ GERARD ROCHE RENARD SCHMITT ROY LEROUX COLIN VIDAL CARON PICARD ROGER " +
  "FABRE AUBERT LEMOINE RENAUD DUMAS LACROIX OLIVIER PHILIPPE BOURGEOIS PIERRE BENOIT REY LECLERC PAYET ROLLAND LECLERCQ GUILLAUME LECOMTE LOPEZ JEAN " +
  "DUPUY GUILLOT HUBERT BERGER CARPENTIER SANCHEZ DUPUIS MOULIN LOUIS DESCHAMPS HUET VASSEUR PEREZ BOUCHER FLEURY ROYER KLEIN JACQUET ADAM PARIS POIRIER " +
  "MARTY AUBRY GUYOT CARRE CHARLES RENAULT CHARPENTIER MENARD MAILLARD BARON BERTIN BAILLY HERVE SCHNEIDER FERNANDEZ LE GALL COLLET LEGER BOUVIER JULIEN " +
  "PREVOST MILLET PERROT DANIEL LE ROUX COUSIN GERMAIN BRETON BESSON LANGLOIS REMY LE GOFF PELLETIER LEVEQUE PERRIER LEBLANC BARRE LEBRUN MARCHAL WEBER"
).split(" ");
const FIRST_NAMES =
  "JEAN MARIE PIERRE MICHEL ANNE SOPHIE NICOLAS PHILIPPE ISABELLE CATHERINE JULIEN CAMILLE THOMAS LEA LUCAS EMMA HUGO CHLOE LOUIS MANON KARIM FATIMA MEHDI NADIA".split(
    " ",
  );
const TRADES = (
  "BOULANGERIE PATISSERIE BOUCHERIE CHARCUTERIE GARAGE TRANSPORTS PLOMBERIE ELECTRICITE MENUISERIE MACONNERIE PEINTURE COIFFURE PHARMACIE OPTIQUE " +
  "RESTAURANT BRASSERIE HOTEL CAFE TABAC FLEURISTE LIBRAIRIE IMPRIMERIE INFORMATIQUE CONSEIL CABINET AGENCE ATELIER SOCIETE ENTREPRISE ETABLISSEMENTS " +
  "FORMATION INSTITUT ECOLE CENTRE ASSOCIATION COOPERATIVE SERVICES NETTOYAGE SECURITE TAXI AMBULANCES AUTO ECOLE IMMOBILIER ASSURANCES EXPERTISE " +
  "ARCHITECTURE PAYSAGES JARDINS CHAUFFAGE COUVERTURE CARRELAGE SERRURERIE VITRERIE DEMENAGEMENTS LOGISTIQUE DISTRIBUTION COMMERCE EPICERIE PRIMEUR " +
  "FROMAGERIE CAVE VINS DOMAINE FERME ELEVAGE CLINIQUE LABORATOIRE CREATIONS STUDIO COMMUNICATION EVENEMENTS TRAITEUR PIZZERIA"
).split(" ");
const SUFFIXES =
  "FRANCE SERVICES CONSEIL DEVELOPPEMENT INDUSTRIE SOLUTIONS GROUPE HOLDING INVEST PARTENAIRES ET FILS ET ASSOCIES INTERNATIONAL DISTRIBUTION".split(" ");
const SYLLABLES =
  "BA BE BI BO CA CO DA DE DI DO FA FE GA GO KA KI LA LE LI LO LU MA ME MI MO NA NE NI NO PA PE PI PO RA RE RI RO SA SE SI SO TA TE TI TO VA VE VI VO ZA ZO AR EL IN OR AL ON EX IX".split(
    " ",
  );
const STREET_TYPES = ["RUE", "RUE", "RUE", "AV", "BD", "PL", "CHE", "RTE", "IMP", "ALL", "QUAI"];
const CITIES: [string, string][] = [
  ["75001", "PARIS"],
  ["75011", "PARIS"],
  ["75015", "PARIS"],
  ["75018", "PARIS"],
  ["13001", "MARSEILLE"],
  ["13008", "MARSEILLE"],
  ["69002", "LYON"],
  ["69003", "LYON"],
  ["31000", "TOULOUSE"],
  ["06000", "NICE"],
  ["44000", "NANTES"],
  ["34000", "MONTPELLIER"],
  ["67000", "STRASBOURG"],
  ["33000", "BORDEAUX"],
  ["59000", "LILLE"],
  ["35000", "RENNES"],
  ["51100", "REIMS"],
  ["83000", "TOULON"],
  ["42000", "SAINT-ETIENNE"],
  ["76600", "LE HAVRE"],
  ["38000", "GRENOBLE"],
  ["21000", "DIJON"],
  ["49000", "ANGERS"],
  ["30000", "NIMES"],
  ["63000", "CLERMONT-FERRAND"],
  ["72000", "LE MANS"],
  ["13090", "AIX-EN-PROVENCE"],
  ["29200", "BREST"],
  ["37000", "TOURS"],
  ["80000", "AMIENS"],
  ["87000", "LIMOGES"],
  ["74000", "ANNECY"],
  ["66000", "PERPIGNAN"],
  ["57000", "METZ"],
  ["25000", "BESANCON"],
  ["45000", "ORLEANS"],
  ["76000", "ROUEN"],
  ["68100", "MULHOUSE"],
  ["14000", "CAEN"],
  ["54000", "NANCY"],
  ["93400", "SAINT-OUEN-SUR-SEINE"],
  ["69200", "VENISSIEUX"],
  ["12850", "ONET-LE-CHATEAU"],
  ["97400", "SAINT-DENIS"],
  ["64000", "PAU"],
  ["17000", "LA ROCHELLE"],
  ["86000", "POITIERS"],
  ["22000", "SAINT-BRIEUC"],
  ["56100", "LORIENT"],
  ["24000", "PERIGUEUX"],
];
const STREETS =
  "DE LA REPUBLIQUE|JEAN JAURES|VICTOR HUGO|PASTEUR|DU GENERAL DE GAULLE|DE LA GARE|DES ECOLES|DU MOULIN|DE L EGLISE|GAMBETTA|FOCH|DE PARIS|DES LILAS|DU STADE|NATIONALE|DE LA PAIX|CARNOT|DES TILLEULS|DU CHATEAU|DE LA LIBERATION".split(
    "|",
  );

/** Picks with a Zipf-like skew: the first entries far more often than the last. */
function skewed<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(list.length * next() ** 2.2)];
}

function inventedWord(next: () => number): string {
  const count = 2 + Math.floor(next() * 2);
  let word = "";
  for (let i = 0; i < count; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return word;
}

function companyName(next: () => number): { name: string; individual: boolean } {
  const pick = next();
  if (pick < 0.25) return { name: `${skewed(next, TRADES)} ${skewed(next, SURNAMES)}`, individual: false };
  if (pick < 0.4) return { name: `${skewed(next, SURNAMES)} ${skewed(next, SUFFIXES)}`, individual: false };
  if (pick < 0.52) return { name: `${skewed(next, TRADES)} ${skewed(next, CITIES)[1]}`, individual: false };
  if (pick < 0.62) return { name: `${skewed(next, TRADES)} ${skewed(next, SURNAMES)} ET ${skewed(next, SURNAMES)}`, individual: false };
  if (pick < 0.82) return { name: `${inventedWord(next)} ${next() < 0.5 ? skewed(next, SUFFIXES) : skewed(next, TRADES)}`, individual: false };
  return { name: `${skewed(next, FIRST_NAMES)} ${skewed(next, SURNAMES)}`, individual: true };
}

export interface SyntheticSample {
  names: string[];
  sirets: string[];
}

export interface SyntheticStock {
  establishmentsFile: string;
  unitsFile: string;
  establishments: number;
  units: number;
  /** Names and SIRETs that exist, to build queries that find something. */
  sample: SyntheticSample;
}

/**
 * Writes `count` establishments (and their companies) to `dir` as StockEtablissement and
 * StockUniteLegale CSV files with the columns the import reads. Same seed, same files.
 */
export async function writeSyntheticStock(dir: string, count: number, seed: number): Promise<SyntheticStock> {
  fs.mkdirSync(dir, { recursive: true });
  const establishmentsFile = `${dir}/StockEtablissement_synthetic.csv`;
  const unitsFile = `${dir}/StockUniteLegale_synthetic.csv`;
  const next = random(seed);
  const establishments = fs.createWriteStream(establishmentsFile);
  const units = fs.createWriteStream(unitsFile);
  const write = async (stream: fs.WriteStream, text: string) => {
    if (!stream.write(text)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
  };
  await write(
    establishments,
    "siren,nic,siret,numeroVoieEtablissement,typeVoieEtablissement,libelleVoieEtablissement,codePostalEtablissement,libelleCommuneEtablissement,etatAdministratifEtablissement,enseigne1Etablissement\n",
  );
  await write(units, "siren,denominationUniteLegale,prenomUsuelUniteLegale,nomUniteLegale\n");
  const sample: SyntheticSample = { names: [], sirets: [] };
  const stride = Math.max(1, Math.min(251, Math.floor(count / 20)));
  let written = 0;
  let unitCount = 0;
  let unitBuffer = "";
  let establishmentBuffer = "";
  for (let company = 0; written < count; company++) {
    // A permutation of the 8-digit space (7919 is prime to 9·10^7): every SIREN differs.
    const siren8 = String(10_000_000 + ((company * 7919 + 1_234_567) % 90_000_000));
    if (siren8 === "35600000") continue; // La Poste's SIREN follows another rule
    const siren = siren8 + luhnCheckDigit(siren8);
    const { name, individual } = companyName(next);
    unitCount++;
    if (individual) {
      const [first, ...last] = name.split(" ");
      unitBuffer += `${siren},,${first},${last.join(" ")}\n`;
    } else {
      unitBuffer += `${siren},${name},,\n`;
    }
    // Most companies have one establishment, some several, a few many.
    const sites = next() < 0.7 ? 1 : next() < 0.8 ? 2 + Math.floor(next() * 3) : 5 + Math.floor(next() * 40);
    for (let site = 1; site <= sites && written < count; site++) {
      const nic4 = String(site).padStart(4, "0");
      const siret = siren + nic4 + luhnCheckDigit(siren + nic4);
      const [postalCode, city] = skewed(next, CITIES);
      const closed = next() < 0.15;
      const sign = next() < 0.05 ? `${inventedWord(next)} ${skewed(next, TRADES)}` : "";
      establishmentBuffer += `${siren},${nic4},${siret},${1 + Math.floor(next() * 200)},${STREET_TYPES[Math.floor(next() * STREET_TYPES.length)]},${STREETS[Math.floor(next() * STREETS.length)]},${postalCode},${city},${closed ? "F" : "A"},${sign}\n`;
      written++;
      // A fixed stride through the stock: the sample covers it from start to end (and has a
      // few entries even in a stock of a few hundred rows, as the tests' tiny run writes).
      if (written % stride === 0) {
        sample.names.push(name);
        sample.sirets.push(siret);
      }
    }
    if (establishmentBuffer.length > 1 << 16) {
      await write(establishments, establishmentBuffer);
      await write(units, unitBuffer);
      establishmentBuffer = "";
      unitBuffer = "";
    }
  }
  await write(establishments, establishmentBuffer);
  await write(units, unitBuffer);
  await Promise.all([new Promise<void>((resolve) => establishments.end(() => resolve())), new Promise<void>((resolve) => units.end(() => resolve()))]);
  return { establishmentsFile, unitsFile, establishments: written, units: unitCount, sample };
}
