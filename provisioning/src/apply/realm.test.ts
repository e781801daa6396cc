import { eventSettings, extensionAttributes, loginPageAttributes, realmRepresentation, withAgentIdentityValidator } from "./realm.js";

describe("realm attributes of the extension", () => {
  it("carry the CAPTCHA provider and the validation-code policy as strings", () => {
    expect(extensionAttributes({ captcha: { provider: "builtin" }, validationCode: { validitySeconds: 600, maxAttempts: 5, resendSeconds: 0 } })).toEqual({
      "efp.captcha.provider": "builtin",
      "efp.validationCode.validitySeconds": "600",
      "efp.validationCode.maxAttempts": "5",
      "efp.validationCode.resendSeconds": "0",
    });
  });
  it("carry the third-party maximum in years", () => {
    expect(extensionAttributes({ habilitations: { thirdPartyMaxYears: 3 } })).toEqual({ "efp.habilitations.thirdPartyMaxYears": "3" });
  });
  it("carry the CAPTCHA throttle as strings", () => {
    expect(
      extensionAttributes({ captcha: { provider: "builtin", throttle: { maxFailuresPerSession: 5, maxFailuresPerAddress: 30, addressWindowSeconds: 600 } } }),
    ).toEqual({
      "efp.captcha.provider": "builtin",
      "efp.captcha.maxFailuresPerSession": "5",
      "efp.captcha.maxFailuresPerAddress": "30",
      "efp.captcha.addressWindowSeconds": "600",
    });
    expect(extensionAttributes({ captcha: { provider: "builtin", throttle: { maxFailuresPerAddress: 100 } } })).toEqual({
      "efp.captcha.provider": "builtin",
      "efp.captcha.maxFailuresPerAddress": "100",
    });
  });
  it("carry the token limit of habilitations as a string", () => {
    expect(extensionAttributes({ tokens: { maxHabilitations: 20 } })).toEqual({ "efp.tokens.maxHabilitations": "20" });
    expect(realmRepresentation({ realm: "efp", tokens: { maxHabilitations: 5 } })).toEqual({
      realm: "efp",
      attributes: { "efp.tokens.maxHabilitations": "5" },
    });
  });
  it("carry the identity claims' names, for the applications EFP ADMIN creates", () => {
    expect(extensionAttributes({ tokens: { claims: { userKind: "efp_kind", structure: "efp_struct" } } })).toEqual({
      "efp.tokens.claims.userKind": "efp_kind",
      "efp.tokens.claims.structure": "efp_struct",
    });
  });
  it("leave out what the configuration leaves out", () => {
    expect(extensionAttributes({ validationCode: { maxAttempts: 3 } })).toEqual({ "efp.validationCode.maxAttempts": "3" });
    expect(realmRepresentation({ realm: "efp" })).toEqual({ realm: "efp" });
    expect(realmRepresentation({ realm: "efp", validationCode: { resendSeconds: 30 } })).toEqual({
      realm: "efp",
      attributes: { "efp.validationCode.resendSeconds": "30" },
    });
  });
});

describe("the login page's texts", () => {
  it("become one realm attribute per text and language; none without the section", () => {
    expect(
      loginPageAttributes({ agents: { fr: "Préfixe hydre\\", en: "Prefix hydre\\" }, formerPortal: { fr: "Pas de nouveau compte", en: "No new account" } }),
    ).toEqual({
      "efp.loginPage.agents.fr": "Préfixe hydre\\",
      "efp.loginPage.agents.en": "Prefix hydre\\",
      "efp.loginPage.formerPortal.fr": "Pas de nouveau compte",
      "efp.loginPage.formerPortal.en": "No new account",
    });
    expect(loginPageAttributes(undefined)).toEqual({});
  });
});

describe("agents", () => {
  it("the ministry's email domains become one comma-separated realm attribute", () => {
    expect(realmRepresentation({ realm: "efp", agents: { emailDomains: ["travail.gouv.fr", "sg.social.gouv.fr"] } })).toEqual({
      realm: "efp",
      attributes: { "efp.agents.emailDomains": "travail.gouv.fr,sg.social.gouv.fr" },
    });
  });
  it("the read-only validator is added to the identity attributes only, once, keeping their other validations", () => {
    const profile = {
      attributes: [
        { name: "username", validations: { length: { min: 3 } } },
        { name: "email", validations: { email: {}, "efp-agent-read-only": {} } },
        { name: "firstName" },
        { name: "lastName", validations: {} },
        { name: "siret", validations: { "efp-siret": {} } },
      ],
    };
    expect(withAgentIdentityValidator(profile)).toEqual({
      attributes: [
        { name: "username", validations: { length: { min: 3 } } },
        { name: "email", validations: { email: {}, "efp-agent-read-only": {} } },
        { name: "firstName", validations: { "efp-agent-read-only": {} } },
        { name: "lastName", validations: { "efp-agent-read-only": {} } },
        { name: "siret", validations: { "efp-siret": {} } },
      ],
    });
    expect(withAgentIdentityValidator(withAgentIdentityValidator(profile)!)).toBeNull();
  });
});

describe("events", () => {
  it("stores the listed types for that many days, with the last sign-in listener", () => {
    expect(eventSettings({ expirationDays: 2, types: ["LOGIN", "LOGIN_ERROR"] })).toEqual({
      eventsEnabled: true,
      eventsExpiration: 172_800,
      enabledEventTypes: ["LOGIN", "LOGIN_ERROR"],
      eventsListeners: ["jboss-logging", "efp-last-login"],
    });
    expect(realmRepresentation({ realm: "efp", events: { expirationDays: 1, types: ["LOGIN"] } })).toMatchObject({
      eventsEnabled: true,
      eventsExpiration: 86_400,
    });
  });

  it("tells the extension which environment the realm was applied for", () => {
    expect(realmRepresentation({ realm: "efp", environment: "production" })).toEqual({ realm: "efp", attributes: { "efp.environment": "production" } });
  });

  it("leaves Keycloak's settings alone when realm.yaml says nothing", () => {
    expect(eventSettings(undefined)).toEqual({});
  });
});
