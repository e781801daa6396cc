import { afterEach, describe, expect, jest, test } from "@jest/globals";
import { ApiError, refusalOf } from "./errors.js";
import { apiRoot, apiUrl, createCaller } from "./http.js";

describe("apiRoot and apiUrl", () => {
  test("the root of a service, whatever the base URL ends with", () => {
    expect(apiRoot("http://localhost:8080/", "efp", "efp-access")).toBe("http://localhost:8080/realms/efp/efp-access");
    expect(apiRoot("https://connect.example/auth", "mon royaume", "efp-admin")).toBe("https://connect.example/auth/realms/mon%20royaume/efp-admin");
  });

  test("parameters without a value are left out; numbers and booleans are written", () => {
    const url = apiUrl("http://kc/realms/efp/efp-admin", "habilitations", {
      application: "maf",
      company: undefined,
      user: "",
      first: 0,
      max: 50,
      active: true,
    });
    expect(url.href).toBe("http://kc/realms/efp/efp-admin/habilitations?application=maf&first=0&max=50&active=true");
  });

  test("a leading slash is ignored, a query written in the path is kept, and parameters are encoded", () => {
    expect(apiUrl("http://kc/realms/efp/efp-access", "/me/requests").href).toBe("http://kc/realms/efp/efp-access/me/requests");
    expect(apiUrl("http://kc/r", "users?max=200", { search: "Dupont & fils" }).href).toBe("http://kc/r/users?max=200&search=Dupont+%26+fils");
  });
});

describe("refusalOf", () => {
  test("the contract's body gives the code and the French message", () => {
    const error = refusalOf(409, JSON.stringify({ error: "already_habilitated", message: "Cette personne est déjà habilitée." }), "repli");
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code, error.message]).toEqual([409, "already_habilitated", "Cette personne est déjà habilitée."]);
  });

  test("a body outside the contract (a proxy's page, nothing, an empty message) gives http_<status> and the caller's message", () => {
    expect([refusalOf(502, "<html>Bad Gateway</html>", "Service injoignable.")].map((e) => [e.code, e.message])).toEqual([
      ["http_502", "Service injoignable."],
    ]);
    expect([refusalOf(500, "", "repli")].map((e) => [e.code, e.message])).toEqual([["http_500", "repli"]]);
    expect([refusalOf(400, JSON.stringify({ error: "invalid", message: "" }), "repli")].map((e) => [e.code, e.message])).toEqual([["invalid", "repli"]]);
    expect([refusalOf(401, "null", "repli")].map((e) => [e.code, e.message])).toEqual([["http_401", "repli"]]);
  });
});

describe("createCaller", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });
  const answering = (status: number, text: string) => {
    const fetch = jest.fn(async (_url: URL, _init?: RequestInit) => new Response(status === 204 ? null : text, { status }));
    globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
    return fetch;
  };

  test("sends the token, JSON in and out", async () => {
    const fetch = answering(201, JSON.stringify({ id: "h1" }));
    const call = createCaller({ root: "http://kc/realms/efp/efp-access", token: async () => "jeton" });
    expect(await call("POST", "applications/maf/companies/1/habilitations", { user: "a@b.fr" })).toEqual({ id: "h1" });
    const [url, init] = fetch.mock.calls[0];
    expect(String(url)).toBe("http://kc/realms/efp/efp-access/applications/maf/companies/1/habilitations");
    expect(init).toMatchObject({
      method: "POST",
      headers: { authorization: "Bearer jeton", accept: "application/json", "content-type": "application/json" },
      body: '{"user":"a@b.fr"}',
    });
  });

  test("no body, no content type; an empty answer is undefined", async () => {
    const fetch = answering(204, "");
    const call = createCaller({ root: "http://kc/r", token: async () => "t" });
    expect(await call("DELETE", "habilitations/h1")).toBeUndefined();
    expect(fetch.mock.calls[0][1]?.headers).toEqual({ authorization: "Bearer t", accept: "application/json" });
  });

  test("a refusal without the contract's body names the call, unless the caller explains it", async () => {
    answering(502, "Bad Gateway");
    await expect(createCaller({ root: "http://kc/realms/efp/efp-admin", token: async () => "t" })("GET", "companies")).rejects.toMatchObject({
      status: 502,
      code: "http_502",
      message: "GET /realms/efp/efp-admin/companies : HTTP 502",
    });
    await expect(createCaller({ root: "http://kc/r", token: async () => "t", unexplained: () => "Service injoignable." })("GET", "x")).rejects.toMatchObject({
      status: 502,
      message: "Service injoignable.",
    });
  });

  test("an unreachable server, or a token that cannot be had, is an ApiError of status 0 when the caller explains it, else thrown as is", async () => {
    globalThis.fetch = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof globalThis.fetch;
    await expect(createCaller({ root: "http://kc/r", token: async () => "t" })("GET", "x")).rejects.toThrow(TypeError);
    await expect(createCaller({ root: "http://kc/r", token: async () => "t", unexplained: () => "Injoignable." })("GET", "x")).rejects.toMatchObject({
      status: 0,
      code: "unreachable",
      message: "Injoignable.",
    });
    const noToken = async () => Promise.reject(new Error("session expirée"));
    await expect(createCaller({ root: "http://kc/r", token: noToken, unexplained: () => "Injoignable." })("GET", "x")).rejects.toMatchObject({
      code: "unreachable",
    });
  });
});
