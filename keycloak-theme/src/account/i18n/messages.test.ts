import { en } from "./en";
import { fr, type MessageKey } from "./fr";
import { format, isLang } from "./messages";

const placeholders = (message: string) => [...new Set(message.match(/\{\d+\}/g) ?? [])].sort();

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
