import { parseDatabase, parsePort, readStackConfig } from "./config.js";

test("documented default ports", () => {
  expect(readStackConfig({})).toMatchObject({
    keycloakPort: 8080,
    keycloakManagementPort: 9000,
    demoAppPort: 3000,
    mailWebPort: 1080,
    mailSmtpPort: 1025,
    smsInboxPort: 1090,
    realm: "efp",
  });
});

test("each port can be changed by its environment variable", () => {
  expect(readStackConfig({ KEYCLOAK_PORT: "18080", DEMO_APP_PORT: "13000", MAILDEV_SMTP_PORT: "12025", SMS_INBOX_PORT: "11090" })).toMatchObject({
    keycloakPort: 18080,
    demoAppPort: 13000,
    mailSmtpPort: 12025,
    smsInboxPort: 11090,
  });
});

test("a bad port is refused with its variable's name", () => {
  expect(() => parsePort("KEYCLOAK_PORT", "80a", 8080)).toThrow(/KEYCLOAK_PORT/);
  expect(() => parsePort("KEYCLOAK_PORT", "70000", 8080)).toThrow(/entre 1 et 65535/);
});

test("Keycloak's database: H2 file by default, PostgreSQL on demand, nothing else", () => {
  expect(readStackConfig({}).database).toBe("dev-file");
  expect(readStackConfig({ EFP_DATABASE: "postgres" }).database).toBe("postgres");
  expect(() => parseDatabase("mysql")).toThrow(/EFP_DATABASE .*dev-file .*postgres/);
});
