// The journal's action filter offers what the extension records: the contract's list is the
// Java enum's, in its order (a constant added there and forgotten here fails this test).
import fs from "node:fs";
import path from "node:path";
import { AUDIT_ACTIONS } from "@efp/contract";

test("AUDIT_ACTIONS is AuditAction, constant for constant", () => {
  const source = fs.readFileSync(
    path.resolve(import.meta.dirname, "..", "..", "keycloak-extension", "src", "main", "java", "fr", "gouv", "travail", "efp", "audit", "AuditAction.java"),
    "utf8",
  );
  const body = source.slice(source.indexOf("{") + 1, source.lastIndexOf("}")).replace(/\/\*[\s\S]*?\*\//g, "");
  const constants = [...body.matchAll(/\b([A-Z][A-Z_]+)\b/g)].map((found) => found[1]);
  expect([...AUDIT_ACTIONS]).toEqual(constants);
});
