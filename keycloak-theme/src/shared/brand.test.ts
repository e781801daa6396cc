import { brandOf, ministryLinesOf } from "./brand";

test("the ministry's name breaks before its connectors, as the DSFR marque does", () => {
  expect(ministryLinesOf("Ministère du Travail, de l'Emploi et de l'Insertion")).toEqual(["Ministère", "du Travail,", "de l'Emploi", "et de l'Insertion"]);
  expect(ministryLinesOf("Ministère chargé de l'Emploi")).toEqual(["Ministère", "chargé de l'Emploi"]);
  expect(ministryLinesOf("Ministère d’Outre-mer")).toEqual(["Ministère", "d’Outre-mer"]);
  expect(ministryLinesOf("  Premier   ministre ")).toEqual(["Premier ministre"]);
});

test("explicit line breaks win, written as a newline or as the two characters \\n", () => {
  expect(ministryLinesOf("Ministère du Travail\\net des Solidarités")).toEqual(["Ministère du Travail", "et des Solidarités"]);
  expect(ministryLinesOf("Ministère\ndu Travail et de l'Emploi\n")).toEqual(["Ministère", "du Travail et de l'Emploi"]);
});

test("the theme's properties, with their defaults and keycloakify's doubled apostrophes undone", () => {
  expect(brandOf({})).toEqual({
    ministryLines: ["Ministère", "du Travail,", "de l'Emploi", "et de l'Insertion"],
    ministryName: "Ministère du Travail, de l'Emploi et de l'Insertion",
    serviceTitle: "EFP Connect",
    notice: "",
  });
  const brand = brandOf({
    properties: { EFP_MINISTRY_NAME: "Ministère de l''Emploi", EFP_SERVICE_TITLE: " Portail ", EFP_NOTICE: "Maintenance l''après-midi" },
  });
  expect(brand).toEqual({
    ministryLines: ["Ministère", "de l'Emploi"],
    ministryName: "Ministère de l'Emploi",
    serviceTitle: "Portail",
    notice: "Maintenance l'après-midi",
  });
  // An empty property is the default.
  expect(brandOf({ properties: { EFP_SERVICE_TITLE: "" } }).serviceTitle).toBe("EFP Connect");
});
