import path from "node:path";
import { loadRealmConfig } from "@efp/provisioning";
import { demoAgentLines } from "./demo-agents.js";

test("the banner names each demo agent as typed on the login page, with the ADFS password", () => {
  const config = loadRealmConfig(path.resolve(import.meta.dirname, "..", "..", "realm-config"), "dev", {});
  const lines = demoAgentLines(config).map((line) => line.trim().replace(/\s+/g, " "));
  expect(lines).toEqual([
    "hydre\\jdupont Agent-EFP-Connect-2026 (Jeanne Dupont, adfs-hydre)",
    "polaris\\pmartin Agent-EFP-Connect-2026 (Pierre Moreau, adfs-polaris)",
  ]);
  expect(demoAgentLines({ ...config, adfsStandIns: [] })).toEqual([]);
});
