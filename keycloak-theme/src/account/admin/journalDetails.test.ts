import { detailFacts } from "./journalDetails";

const words = { yes: "Oui", no: "Non", date: (iso: string) => `le ${iso.slice(0, 10)}` };
const labels = { deposant: { fr: "Déposant", en: "Filer" } };

describe("an audit entry's details in words", () => {
  it("reads roles by their labels, booleans as yes / no, instants as dates, in the recorded order", () => {
    const details = JSON.stringify({
      roles: ["deposant", "inconnu"],
      accessManager: true,
      kind: "third-party",
      expiresAt: "2027-03-31T21:59:59Z",
      reason: null,
    });
    expect(detailFacts(details, labels, "fr", words)).toEqual([
      { key: "roles", value: "Déposant, inconnu" },
      { key: "accessManager", value: "Oui" },
      { key: "kind", value: "third-party" },
      { key: "expiresAt", value: "le 2027-03-31" },
    ]);
    expect(detailFacts(JSON.stringify({ roles: ["deposant"] }), labels, "en", words)).toEqual([{ key: "roles", value: "Filer" }]);
  });

  it("says nested filters as key=value, and anything that is not a JSON object as recorded", () => {
    expect(detailFacts(JSON.stringify({ export: "users", filters: { q: "durand", kind: "agent" } }), undefined, "fr", words)).toEqual([
      { key: "export", value: "users" },
      { key: "filters", value: "q=durand, kind=agent" },
    ]);
    expect(detailFacts("texte libre <b>", undefined, "fr", words)).toEqual([{ key: "", value: "texte libre <b>" }]);
    expect(detailFacts("[1,2]", undefined, "fr", words)).toEqual([{ key: "", value: "[1,2]" }]);
    expect(detailFacts(null, undefined, "fr", words)).toEqual([]);
  });
});
