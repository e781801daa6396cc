import { agentIdentifier, redirectorFlow } from "./agent-logins.js";

test("agentIdentifier: what an agent types in our form", () => {
  expect(agentIdentifier("hydre", "banc-x-agent-0")).toBe("hydre\\banc-x-agent-0");
});

test("redirectorFlow: a top-level flow of Keycloak's redirector alone, sent to the provider given", () => {
  const stock = redirectorFlow("banc-x-redirector", "hydre");
  expect(stock.flow).toMatchObject({ alias: "banc-x-redirector", providerId: "basic-flow", topLevel: true, builtIn: false });
  expect(stock.authenticator).toBe("identity-provider-redirector");
  expect(stock.config).toEqual({ alias: "banc-x-redirector-config", config: { defaultProvider: "hydre" } });
});
