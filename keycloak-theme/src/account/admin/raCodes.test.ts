import type { RaCode } from "@efp/contract";
import { format, type MessageKey } from "../i18n/messages";
import { RA_CODES_PAGE_SIZE, compactSiret, personOf, raCodeApplications, raCodeCompanyError, raCodeStatusText, raCodesQueryOf } from "./raCodes";

const words = (lang: "fr" | "en") => ({
  t: (key: MessageKey, ...args: (string | number)[]) => format(lang, key, ...args),
  date: (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : ""),
});

const code = (fields: Partial<RaCode>): RaCode => ({
  id: "c1",
  application: "maf",
  company: { siret: "57206768400108", name: "Acme" },
  status: "active",
  createdBy: "u0",
  createdAt: "2026-12-01T10:00:00Z",
  expiresAt: "2026-12-31T10:00:00Z",
  usedBy: null,
  usedAt: null,
  revokedAt: null,
  ...fields,
});

describe("raCodesQueryOf", () => {
  it("waits for an application", () => {
    expect(raCodesQueryOf({})).toBeNull();
    expect(raCodesQueryOf({ application: "  ", status: "used" })).toBeNull();
  });
  it("keeps the known filters, the page a multiple of its size", () => {
    expect(raCodesQueryOf({ application: "maf", company: "572 067 684 00108", status: "used", first: String(RA_CODES_PAGE_SIZE + 3) })).toEqual({
      application: "maf",
      company: "57206768400108",
      status: "used",
      first: RA_CODES_PAGE_SIZE,
      max: RA_CODES_PAGE_SIZE,
    });
  });
  it("drops an unknown status, a negative or non-numeric page", () => {
    expect(raCodesQueryOf({ application: "maf", status: "valid", first: "-5" })).toEqual({ application: "maf", first: 0, max: RA_CODES_PAGE_SIZE });
    expect(raCodesQueryOf({ application: "maf", first: "abc" })?.first).toBe(0);
  });
});

describe("raCodeCompanyError", () => {
  it("accepts a valid SIRET, spaces included", () => {
    expect(raCodeCompanyError("57206768400108")).toBeNull();
    expect(raCodeCompanyError(" 572 067 684 00108 ")).toBeNull();
    expect(compactSiret("572\u00a0067 684")).toBe("572067684");
  });
  it("says what is wrong", () => {
    expect(raCodeCompanyError("")).toBe("raCodesCompanyRequired");
    expect(raCodeCompanyError("5720676840010")).toBe("raCodesCompanyFormat");
    expect(raCodeCompanyError("DGEFP")).toBe("raCodesCompanyFormat");
    expect(raCodeCompanyError("57206768400109")).toBe("raCodesCompanyInvalid");
  });
});

describe("raCodeStatusText", () => {
  const marie = { id: "u1", username: "marie", email: "marie@exemple.fr", firstName: "Marie", lastName: "Durand" };
  it("says until when an active code is valid", () => {
    expect(raCodeStatusText(code({}), words("fr"))).toBe("Actif jusqu'au 2026-12-31");
    expect(raCodeStatusText(code({}), words("en"))).toBe("Active until 2026-12-31");
  });
  it("names who used a code and when", () => {
    const used = code({ status: "used", usedBy: "u1", usedAt: "2026-12-02T09:00:00Z", usedByUser: marie });
    expect(raCodeStatusText(used, words("fr"))).toBe("Utilisé par Marie DURAND (marie@exemple.fr) le 2026-12-02");
    expect(raCodeStatusText(used, words("en"))).toBe("Used by Marie DURAND (marie@exemple.fr) on 2026-12-02");
  });
  it("falls back to the id when the account is gone", () => {
    expect(raCodeStatusText(code({ status: "used", usedBy: "u9", usedAt: "2026-12-02T09:00:00Z" }), words("fr"))).toBe("Utilisé par u9 le 2026-12-02");
  });
  it("dates an expired code", () => {
    expect(raCodeStatusText(code({ status: "expired" }), words("fr"))).toBe("Expiré le 2026-12-31");
  });
  it("says when and by whom a code was revoked", () => {
    const revoked = code({ status: "revoked", revokedAt: "2026-12-03T08:00:00Z", revokedBy: "u1", revokedByUser: marie });
    expect(raCodeStatusText(revoked, words("fr"))).toBe("Révoqué le 2026-12-03 par Marie DURAND (marie@exemple.fr)");
    expect(raCodeStatusText(revoked, words("en"))).toBe("Revoked on 2026-12-03 by Marie DURAND (marie@exemple.fr)");
    expect(raCodeStatusText(code({ status: "revoked", revokedAt: "2026-12-03T08:00:00Z" }), words("fr"))).toBe("Révoqué le 2026-12-03");
  });
});

describe("personOf", () => {
  it("uses what the account has", () => {
    expect(personOf({ id: "u1", email: "a@b.fr" }, "u1")).toBe("a@b.fr");
    expect(personOf({ id: "u1", firstName: "Ana", lastName: "Lo" }, "u1")).toBe("Ana LO");
    expect(personOf({ id: "u1" }, "u1")).toBe("u1");
    expect(personOf(undefined, null)).toBe("?");
  });
});

describe("raCodeApplications", () => {
  const app = (clientId: string, name: string, raCodesEnabled: boolean) => ({
    clientId,
    name,
    url: null,
    description: null,
    raCodesEnabled,
    listedPublicly: true,
    roles: [],
  });
  it("keeps the applications with codes, sorted, and says where the person may create", () => {
    const readable = [app("maf", "MAF", true), app("soffi", "SOFFI", false), app("edof", "EDOF", true)];
    const administered = [
      { application: "maf", applicationName: "MAF", canManage: false },
      { application: "edof", applicationName: "EDOF", canManage: true },
    ];
    expect(raCodeApplications(readable, administered)).toEqual([
      { clientId: "edof", name: "EDOF", canManage: true },
      { clientId: "maf", name: "MAF", canManage: false },
    ]);
  });
});
