import { isSiretValid } from "@efp/provisioning";
import { benchPeople, benchSiret, latencies, userListMix } from "./access.js";

describe("access bench data", () => {
  test("the bench SIRET is valid and stable", () => {
    expect(isSiretValid(benchSiret(424242))).toBe(true);
    expect(benchSiret(424242)).toBe(benchSiret(424242));
    expect(benchSiret(1)).not.toBe(benchSiret(2));
  });

  test("people are distinct, deterministic, and share surnames as real companies do", () => {
    const people = benchPeople(2000, 7);
    expect(new Set(people.map((person) => person.username)).size).toBe(2000);
    expect(benchPeople(50, 7)).toEqual(people.slice(0, 50));
    const surnames = new Set(people.map((person) => person.lastName.split("-")[0]));
    expect(surnames.size).toBeGreaterThan(10);
    expect(surnames.size).toBeLessThan(40);
  });

  test("the mix pages anywhere in the list, searches names and filters a role", () => {
    const mix = userListMix(10_000, 1000, 11);
    const kinds = new Set(mix.map((query) => query.kind));
    expect(kinds).toEqual(new Set(["page", "recherche", "rôle"]));
    expect(Math.max(...mix.map((query) => query.first))).toBeGreaterThan(5000);
    expect(mix.every((query) => query.first % 50 === 0 && query.first < 10_000)).toBe(true);
    expect(mix.filter((query) => query.search).every((query) => query.search!.length >= 3)).toBe(true);
  });

  test("latencies are nearest-rank percentiles", () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(latencies(values)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99 });
  });
});
