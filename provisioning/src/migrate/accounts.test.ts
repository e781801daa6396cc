import { AccountGrouper, type Grouped } from "./accounts.js";
import type { SourceRow, UnreadableRow } from "./rows.js";

const row = (line: number, email: string, extra: Partial<SourceRow> = {}): SourceRow => ({
  line,
  email,
  firstName: "Marie",
  lastName: "DURAND",
  phone: "",
  passwordHash: "",
  siret: "34981259400050",
  companyName: "PLUME",
  application: `app${line}`,
  roles: ["deposant"],
  accessManager: false,
  ...extra,
});

function group(rows: (SourceRow | UnreadableRow)[]): Grouped[] {
  const grouper = new AccountGrouper();
  return [...rows.flatMap((each) => grouper.push(each)), ...grouper.end()];
}

const summary = (grouped: Grouped[]) =>
  grouped.map((each) =>
    "account" in each
      ? `${each.account.email}@${each.account.line}:${each.account.habilitations.map((h) => h.line).join(",")}`
      : each.rejections.map((r) => `${r.line}:${r.code}`).join(" "),
  );

describe("AccountGrouper", () => {
  it("makes one account of consecutive rows of one address, whatever its case", () => {
    const grouped = group([row(2, "a@exemple.fr"), row(3, "A@exemple.FR "), row(4, "b@exemple.fr", { phone: "01 02 03 04 05" })]);
    expect(summary(grouped)).toEqual(["a@exemple.fr@2:2,3", "b@exemple.fr@4:4"]);
    const [first, second] = grouped;
    expect("account" in first && first.rows).toBe(2);
    expect("account" in second && [second.account.phone, second.account.passwordHash]).toEqual(["01 02 03 04 05", null]);
  });

  it("refuses an address met again further down, every one of its lines", () => {
    const grouped = group([row(2, "a@exemple.fr"), row(3, "b@exemple.fr"), row(4, "a@exemple.fr"), row(5, "a@exemple.fr")]);
    expect(summary(grouped)).toEqual(["a@exemple.fr@2:2", "b@exemple.fr@3:3", "4:duplicate_email 5:duplicate_email"]);
    const last = grouped[2];
    expect("rejections" in last && last.rejections[0].message).toBe(
      "Ligne 4 : l'adresse a@exemple.fr figure déjà ligne 2 (les lignes d'un même compte doivent se suivre).",
    );
  });

  it("refuses an account whose rows disagree on the person, or with an unreadable row, whole", () => {
    expect(summary(group([row(2, "a@exemple.fr"), row(3, "a@exemple.fr", { lastName: "MARTIN" }), row(4, "a@exemple.fr")]))).toEqual([
      "2:account_rejected 3:identity_conflict 4:account_rejected",
    ]);
    const unreadable: UnreadableRow = { line: 3, email: "a@exemple.fr", rejection: { line: 3, code: "invalid_csv", message: "Ligne 3 : …" } };
    const grouped = group([row(2, "a@exemple.fr"), unreadable, row(4, "b@exemple.fr")]);
    expect(summary(grouped)).toEqual(["2:account_rejected 3:invalid_csv", "b@exemple.fr@4:4"]);
    expect("rejections" in grouped[0] && grouped[0].rejections[0].message).toBe("Ligne 2 : compte a@exemple.fr non importé, car la ligne 3 est rejetée.");
  });

  it("sends each row without an address alone, for the server to say what is missing", () => {
    expect(summary(group([row(2, ""), row(3, "")]))).toEqual(["@2:2", "@3:3"]);
  });
});
