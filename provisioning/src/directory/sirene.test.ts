import { establishmentColumns, establishmentRow, streetType, unitColumns, unitName, UNDISCLOSED_NAME, value } from "./sirene.js";

const ESTABLISHMENT_HEADER =
  "siren,nic,siret,statutDiffusionEtablissement,etablissementSiege,numeroVoieEtablissement,indiceRepetitionEtablissement,typeVoieEtablissement,libelleVoieEtablissement,codePostalEtablissement,libelleCommuneEtablissement,libelleCommuneEtrangerEtablissement,distributionSpecialeEtablissement,libellePaysEtrangerEtablissement,etatAdministratifEtablissement,enseigne1Etablissement,denominationUsuelleEtablissement".split(
    ",",
  );
const UNIT_HEADER =
  "siren,statutDiffusionUniteLegale,prenom1UniteLegale,prenomUsuelUniteLegale,nomUniteLegale,nomUsageUniteLegale,denominationUniteLegale,sigleUniteLegale".split(
    ",",
  );

const E = establishmentColumns(ESTABLISHMENT_HEADER);
const U = unitColumns(UNIT_HEADER);

function establishment(fields: Record<string, string>): string[] {
  return ESTABLISHMENT_HEADER.map((name) => fields[name] ?? "");
}
function unit(fields: Record<string, string>): string[] {
  return UNIT_HEADER.map((name) => fields[name] ?? "");
}

describe("unitName", () => {
  it("takes the legal name of a company", () => {
    expect(unitName(unit({ siren: "572067684", denominationUniteLegale: "ROBERT BOSCH FRANCE", sigleUniteLegale: "RBF" }), U)).toBe("ROBERT BOSCH FRANCE");
  });
  it("takes first and last name of a sole trader, usual ones first", () => {
    expect(unitName(unit({ prenom1UniteLegale: "MARIE", nomUniteLegale: "DURAND" }), U)).toBe("MARIE DURAND");
    expect(
      unitName(unit({ prenom1UniteLegale: "MARIE-ANNE", prenomUsuelUniteLegale: "MARIE", nomUniteLegale: "DURAND", nomUsageUniteLegale: "MARTIN" }), U),
    ).toBe("MARIE MARTIN");
  });
  it("has no name for a non-diffusible sole trader", () => {
    expect(unitName(unit({ prenom1UniteLegale: "[ND]", nomUniteLegale: "[ND]", statutDiffusionUniteLegale: "P" }), U)).toBeUndefined();
  });
});

describe("establishmentRow", () => {
  const names = new Map([["572067684", "ROBERT BOSCH FRANCE"]]);
  const nameOf = (siren: string) => names.get(siren);

  it("maps the seed's establishment as its screen shows it", () => {
    const row = establishmentRow(
      establishment({
        siret: "57206768400017",
        numeroVoieEtablissement: "32",
        typeVoieEtablissement: "AV",
        libelleVoieEtablissement: "MICHELET",
        codePostalEtablissement: "93400",
        libelleCommuneEtablissement: "SAINT-OUEN-SUR-SEINE",
        etatAdministratifEtablissement: "A",
      }),
      E,
      nameOf,
    );
    expect(row).toEqual({
      siret: "57206768400017",
      name: "ROBERT BOSCH FRANCE",
      address: "32 AVENUE MICHELET",
      postalCode: "93400",
      city: "SAINT-OUEN-SUR-SEINE",
      active: true,
    });
  });

  it("marks a closed establishment (etat F)", () => {
    const row = establishmentRow(establishment({ siret: "57206768400165", etatAdministratifEtablissement: "F" }), E, nameOf);
    expect(row).toMatchObject({ siret: "57206768400165", active: false });
  });

  it("spells out the street type and the repetition index", () => {
    const row = establishmentRow(
      establishment({
        siret: "57206768400108",
        numeroVoieEtablissement: "12",
        indiceRepetitionEtablissement: "B",
        typeVoieEtablissement: "BD",
        libelleVoieEtablissement: "MARCEL SEMBAT",
        etatAdministratifEtablissement: "A",
      }),
      E,
      nameOf,
    );
    expect(row).toMatchObject({ address: "12 BIS BOULEVARD MARCEL SEMBAT" });
    expect(streetType("XYZ")).toBe("XYZ");
    expect(streetType("rte")).toBe("ROUTE");
  });

  it("keeps the sign (enseigne, else usual name) apart from the legal name", () => {
    expect(
      establishmentRow(establishment({ siret: "57206768400108", enseigne1Etablissement: "BOSCH RODEZ", etatAdministratifEtablissement: "A" }), E, nameOf),
    ).toMatchObject({ name: "ROBERT BOSCH FRANCE", tradeName: "BOSCH RODEZ" });
    expect(
      establishmentRow(
        establishment({ siret: "57206768400108", denominationUsuelleEtablissement: "USINE DE RODEZ", etatAdministratifEtablissement: "A" }),
        E,
        nameOf,
      ),
    ).toMatchObject({ tradeName: "USINE DE RODEZ" });
  });

  it("falls back on the sign, then on a placeholder, when the company has no published name", () => {
    expect(
      establishmentRow(establishment({ siret: "34981259400050", enseigne1Etablissement: "PLUME", etatAdministratifEtablissement: "A" }), E, nameOf),
    ).toMatchObject({ name: "PLUME" });
    const undisclosed = establishmentRow(
      establishment({
        siret: "34981259400050",
        numeroVoieEtablissement: "[ND]",
        libelleVoieEtablissement: "[ND]",
        codePostalEtablissement: "75018",
        libelleCommuneEtablissement: "PARIS",
        etatAdministratifEtablissement: "A",
      }),
      E,
      nameOf,
    );
    expect(undisclosed).toEqual({ siret: "34981259400050", name: UNDISCLOSED_NAME, postalCode: "75018", city: "PARIS", active: true });
  });

  it("uses the special delivery line, and the foreign city and country", () => {
    expect(
      establishmentRow(
        establishment({ siret: "35600000000048", distributionSpecialeEtablissement: "BP 1200", etatAdministratifEtablissement: "A" }),
        E,
        nameOf,
      ),
    ).toMatchObject({ address: "BP 1200" });
    expect(
      establishmentRow(
        establishment({
          siret: "35600000000048",
          libelleCommuneEtrangerEtablissement: "GENEVE",
          libellePaysEtrangerEtablissement: "SUISSE",
          etatAdministratifEtablissement: "A",
        }),
        E,
        nameOf,
      ),
    ).toMatchObject({ city: "GENEVE, SUISSE" });
  });

  it("skips an invalid SIRET rather than failing the server's batch", () => {
    expect(establishmentRow(establishment({ siret: "57206768400018" }), E, nameOf)).toBe("invalid_siret");
    expect(establishmentRow(establishment({ siret: "" }), E, nameOf)).toBe("invalid_siret");
  });

  it("cuts what the server would refuse as too long", () => {
    const row = establishmentRow(
      establishment({ siret: "57206768400017", libelleVoieEtablissement: "X".repeat(300), etatAdministratifEtablissement: "A" }),
      E,
      nameOf,
    );
    expect(typeof row !== "string" && row.address?.length).toBe(255);
  });
});

describe("value", () => {
  it("trims, squeezes spaces, reads [ND] and blanks as absent", () => {
    expect(value(["  A  B "], 0)).toBe("A B");
    expect(value(["[ND]"], 0)).toBeUndefined();
    expect(value([""], 0)).toBeUndefined();
    expect(value(["x"], -1)).toBeUndefined();
    expect(value(["x"], 3)).toBeUndefined();
  });
});

describe("establishmentColumns", () => {
  it("requires siret and etatAdministratifEtablissement", () => {
    expect(() => establishmentColumns(["siren", "siret"], "StockEtablissement_utf8.csv")).toThrow(/etatAdministratifEtablissement/);
  });
});
