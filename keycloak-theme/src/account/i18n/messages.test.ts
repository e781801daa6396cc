import { en } from "./en";
import { fr, type MessageKey } from "./fr";
import { de, format, isLang } from "./messages";

// `{de:0}` takes the same argument as `{0}`.
const placeholders = (message: string) => [...new Set([...message.matchAll(/\{(?:de:)?(\d+)\}/g)].map((found) => found[1]))].sort();

test("each English message takes the same arguments as its French one", () => {
  for (const key of Object.keys(fr) as MessageKey[]) expect([key, placeholders(en[key])]).toEqual([key, placeholders(fr[key])]);
});

test("every counted message has its singular and its plural", () => {
  const keys = Object.keys(fr);
  for (const key of keys.filter((name) => name.endsWith("_one"))) expect(keys).toContain(key.replace(/_one$/, "_other"));
  for (const key of keys.filter((name) => name.endsWith("_other"))) expect(keys).toContain(key.replace(/_other$/, "_one"));
});

test("arguments replace their placeholders as text; a missing one leaves its placeholder", () => {
  expect(format("fr", "accessPair", "SOFFI", "Boulangerie <Martin>", "34981259400050")).toBe("SOFFI – Boulangerie <Martin> (SIRET 34981259400050)");
  expect(format("en", "persons_other", 3)).toBe("3 people");
  expect(format("fr", "granted", "Marie DURAND")).toBe("Marie DURAND a maintenant accès à {1}.");
});

test("only the two languages of Mon compte are languages", () => {
  expect(isLang("fr")).toBe(true);
  expect(isLang("en")).toBe(true);
  for (const other of ["de", "FR", "", undefined, 1, "toString", "constructor", "__proto__"]) expect(isLang(other)).toBe(false);
});

test("French elides de before a vowel or an h, whatever its case or accent, and not before a consonant", () => {
  expect(de("Inès")).toBe("d'Inès");
  expect(de("Élodie MARTIN")).toBe("d'Élodie MARTIN");
  expect(de("hélène")).toBe("d'hélène");
  expect(de("Yves")).toBe("d'Yves");
  expect(de("œdipe")).toBe("d'œdipe");
  expect(de("alice@example.fr")).toBe("d'alice@example.fr");
  expect(de("Berthe")).toBe("de Berthe");
  expect(de(" Marie DURAND ")).toBe("de Marie DURAND");
});

test("a French message names a person with the elision it needs; the English one does not change", () => {
  expect(format("fr", "updated", "Inès ROUX")).toBe("L'accès d'Inès ROUX a été modifié.");
  expect(format("fr", "updated", "Berthe ROUX")).toBe("L'accès de Berthe ROUX a été modifié.");
  expect(format("en", "updated", "Inès ROUX")).toBe("The access of Inès ROUX has been changed.");
  expect(format("fr", "revokeOf")).toBe("Retirer l'accès {de:0}");
});
