import { flattenExecutions, flattenSteps, sameSteps } from "./flows.js";

const browser = [
  { authenticator: "auth-cookie", requirement: "ALTERNATIVE" as const },
  { subflow: "forms", requirement: "ALTERNATIVE" as const, steps: [{ authenticator: "efp-captcha-username-password-form", requirement: "REQUIRED" as const }] },
];

test("flattens nested steps the way Keycloak lists executions", () => {
  expect(flattenSteps(browser)).toEqual([
    { level: 0, provider: "auth-cookie", requirement: "ALTERNATIVE" },
    { level: 0, provider: "subflow", requirement: "ALTERNATIVE" },
    { level: 1, provider: "efp-captcha-username-password-form", requirement: "REQUIRED" },
  ]);
});

test("a flow equal to Keycloak's executions is left alone, any difference rebuilds it", () => {
  const executions = [
    { level: 0, providerId: "auth-cookie", requirement: "ALTERNATIVE" },
    { level: 0, authenticationFlow: true, providerId: "basic-flow", displayName: "efp-browser/forms", requirement: "ALTERNATIVE" },
    { level: 1, providerId: "efp-captcha-username-password-form", requirement: "REQUIRED" },
  ];
  expect(sameSteps(flattenExecutions(executions), flattenSteps(browser))).toBe(true);
  expect(
    sameSteps(flattenExecutions([...executions.slice(0, 2), { ...executions[2], providerId: "auth-username-password-form" }]), flattenSteps(browser)),
  ).toBe(false);
  expect(sameSteps(flattenExecutions(executions.slice(0, 2)), flattenSteps(browser))).toBe(false);
  expect(sameSteps(flattenExecutions([{ ...executions[0], requirement: "REQUIRED" }, ...executions.slice(1)]), flattenSteps(browser))).toBe(false);
});

test("a form flow is compared by its form provider", () => {
  const registration = [
    {
      subflow: "form",
      type: "form-flow" as const,
      form: "registration-page-form",
      requirement: "REQUIRED" as const,
      steps: [{ authenticator: "efp-registration-captcha", requirement: "REQUIRED" as const }],
    },
  ];
  const executions = [
    { level: 0, authenticationFlow: true, providerId: "registration-page-form", requirement: "REQUIRED" },
    { level: 1, providerId: "efp-registration-captcha", requirement: "REQUIRED" },
  ];
  expect(sameSteps(flattenExecutions(executions), flattenSteps(registration))).toBe(true);
});
