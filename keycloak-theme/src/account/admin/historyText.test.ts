import fs from "node:fs";
import path from "node:path";
import { en } from "../i18n/en";
import { fr } from "../i18n/fr";
import { typeName, historyActor, historyErrorKey, historyIdentityProvider, historyOtherSubject, historyTypeKey } from "./historyText";

const me = "user-1";
const someone = { id: "user-2", username: "b@example.fr", email: "b@example.fr", firstName: "Bea", lastName: "Martin" };

describe("a user's history in words", () => {
  it("names the known types, and says nothing of a type it does not know", () => {
    expect(historyTypeKey({ type: "LOGIN" })).toBe("history_LOGIN");
    expect(historyTypeKey({ type: "HABILITATION_GRANTED" })).toBe("history_HABILITATION_GRANTED");
    expect(historyTypeKey({ type: "SOMETHING_NEW" })).toBeNull();
    expect(historyTypeKey({ type: "constructor" })).toBeNull();
  });

  it("names a type in words, or as recorded", () => {
    const t = (key: string) => `«${key}»`;
    expect(typeName(t, "ACCOUNT_DELETED")).toBe("«history_ACCOUNT_DELETED»");
    expect(typeName(t, "SOMETHING_NEW")).toBe("SOMETHING_NEW");
  });

  it("explains the failed sign-ins' errors it knows", () => {
    expect(historyErrorKey({ error: "invalid_user_credentials" })).toBe("historyError_invalid_user_credentials");
    expect(historyErrorKey({ error: "odd_error" })).toBeNull();
    expect(historyErrorKey({ error: null })).toBeNull();
  });

  it("tells who acted: the person, someone else, or nobody", () => {
    expect(historyActor({ source: "login", actorId: null, actor: null }, me)).toBe("self");
    expect(historyActor({ source: "audit", actorId: me, actor: "a@example.fr" }, me)).toBe("self");
    expect(historyActor({ source: "audit", actorId: "admin", actor: "admin@example.fr" }, me)).toBe("other");
    expect(historyActor({ source: "audit", actorId: null, actor: null }, me)).toBe("none");
  });

  it("names the other account of an entry by the person, not the person themselves", () => {
    expect(historyOtherSubject({ subject: someone }, me)).toEqual(someone);
    expect(historyOtherSubject({ subject: { ...someone, id: me } }, me)).toBeNull();
    expect(historyOtherSubject({ subject: null }, me)).toBeNull();
  });

  it("reads an agent's identity provider from a sign-in only", () => {
    expect(historyIdentityProvider({ source: "login", details: "hydre" })).toBe("hydre");
    expect(historyIdentityProvider({ source: "audit", details: '{"roles":["x"]}' })).toBeNull();
  });
});

test("every audit action and every stored event type has its words, in both languages", () => {
  const root = path.resolve(import.meta.dirname, "..", "..", "..", "..");
  const java = (file: string) => fs.readFileSync(path.join(root, "keycloak-extension/src/main/java/fr/gouv/travail/efp", file), "utf8");
  const auditActions = [...java("audit/AuditAction.java").matchAll(/^\s{4}([A-Z_]+)[,;]?\s*$/gm)].map((match) => match[1]);
  const eventTypes = [...java("history/HistoryReader.java").matchAll(/EventType\.([A-Z_]+)[,)]/g)].map((match) => match[1]);
  expect(auditActions.length).toBeGreaterThan(20);
  expect(eventTypes).toContain("LOGIN_ERROR");
  const missing = [...auditActions, ...eventTypes].map((type) => `history_${type}`).filter((key) => !Object.hasOwn(fr, key) || !Object.hasOwn(en, key));
  expect(missing).toEqual([]);
});
