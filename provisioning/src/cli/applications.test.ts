import { detailLines, parseRole } from "./applications.js";

test("--role nom=Libellé|Label, repeatable, labels optional", () => {
  const roles = parseRole("auditeur", parseRole(" gestionnaire = Gestionnaire | Manager "));
  expect(roles).toEqual([{ name: "gestionnaire", description: "Gestionnaire", descriptionEn: "Manager" }, { name: "auditeur" }]);
  expect(parseRole("lecteur=Lecteur")).toEqual([{ name: "lecteur", description: "Lecteur" }]);
});

test("an application's page in lines, its roles with their labels and holders; never a secret", () => {
  const lines = detailLines({
    clientId: "svc",
    name: "Service",
    url: "https://svc.fr",
    raCodesEnabled: true,
    listedPublicly: false,
    redirectUris: ["https://svc.fr/*"],
    roles: [{ name: "lecteur", description: "Lecteur", habilitations: 2 }],
    source: "realm-config",
    describedInRealmConfig: true,
    actions: ["edit"],
    secret: "ne-pas-montrer",
  });
  expect(lines).toContain("  lecteur\tLecteur\t\t2 habilitation(s)");
  expect(lines).toContain("Codes RA : oui\tListée publiquement : non");
  expect(lines.join("\n")).not.toContain("ne-pas-montrer");
});
