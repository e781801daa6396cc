import { differingFields } from "./changes.js";

describe("differingFields", () => {
  it("ignores fields Keycloak has but the config does not declare", () => {
    expect(differingFields({ a: 1 }, { a: 1, b: 2 })).toEqual([]);
  });
  it("compares arrays and nested objects by value", () => {
    expect(differingFields({ uris: ["x"], smtp: { host: "h" } }, { uris: ["x"], smtp: { host: "h", port: "25" } })).toEqual([]);
    expect(differingFields({ uris: ["x", "y"], smtp: { host: "h" } }, { uris: ["x"], smtp: { host: "k" } })).toEqual(["uris", "smtp"]);
  });
  it("compares lists of strings as sets, in any order", () => {
    expect(differingFields({ locales: ["fr", "en"] }, { locales: ["en", "fr"] })).toEqual([]);
    expect(differingFields({ locales: ["fr", "en"] }, { locales: ["fr", "de"] })).toEqual(["locales"]);
    expect(differingFields({ flags: [1, true] }, { flags: ["1", "true"] })).toEqual(["flags"]);
  });
  it("reports everything when nothing exists", () => {
    expect(differingFields({ a: 1, b: undefined }, undefined)).toEqual(["a"]);
  });
});
