import { differingFields } from "./changes.js";

describe("differingFields", () => {
  it("ignores fields Keycloak has but the config does not declare", () => {
    expect(differingFields({ a: 1 }, { a: 1, b: 2 })).toEqual([]);
  });
  it("compares arrays and nested objects by value", () => {
    expect(differingFields({ uris: ["x"], smtp: { host: "h" } }, { uris: ["x"], smtp: { host: "h", port: "25" } })).toEqual([]);
    expect(differingFields({ uris: ["x", "y"], smtp: { host: "h" } }, { uris: ["x"], smtp: { host: "k" } })).toEqual(["uris", "smtp"]);
  });
  it("reports everything when nothing exists", () => {
    expect(differingFields({ a: 1, b: undefined }, undefined)).toEqual(["a"]);
  });
});
