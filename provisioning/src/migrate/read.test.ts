import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { csvRows, formatOf, jsonlRows, MigrationFileError } from "./read.js";
import type { SourceRow, UnreadableRow } from "./rows.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "efp-migrate-read-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string) {
  const target = path.join(dir, name);
  fs.writeFileSync(target, text);
  return target;
}

async function all(rows: AsyncIterable<SourceRow | UnreadableRow>) {
  const read = [];
  for await (const row of rows) read.push(row);
  return read;
}

const HEADER = "email,firstName,lastName,phone,siret,companyName,application,roles,accessManager";

describe("csvRows", () => {
  it("reads each row with the line it starts on, quoted line breaks and blank lines counted", async () => {
    const rows = await all(
      csvRows(
        file(
          "a.csv",
          `\uFEFF${HEADER}\r\nA@Exemple.fr , Marie ,DURAND,,34981259400050,"PLUME\r\nPARIS",maf,deposant|administrateur,oui\r\n\r\nb@exemple.fr,Paul,MARTIN,,57206768400017,BOSCH,soffi,,NON\r\n`,
        ),
      ),
    );
    expect(rows).toEqual([
      {
        line: 2,
        email: "A@Exemple.fr",
        firstName: "Marie",
        lastName: "DURAND",
        phone: "",
        passwordHash: "",
        siret: "34981259400050",
        companyName: "PLUME\r\nPARIS",
        application: "maf",
        roles: ["deposant", "administrateur"],
        accessManager: true,
      },
      expect.objectContaining({ line: 5, email: "b@exemple.fr", roles: [], accessManager: false }),
    ]);
  });

  it("refuses a row with a bad flag or the wrong number of fields, with its line", async () => {
    const rows = await all(csvRows(file("b.csv", `${HEADER}\na@exemple.fr,A,B,,1,C,maf,deposant,peut-être\nb@exemple.fr,A,B,,1,C,maf,deposant,oui,extra\n`)));
    expect(rows.map((row) => ("rejection" in row ? [row.line, row.email, row.rejection.code] : row.line))).toEqual([
      [2, "a@exemple.fr", "invalid_access_manager"],
      [3, "b@exemple.fr", "invalid_csv"],
    ]);
    expect((rows[0] as UnreadableRow).rejection.message).toBe("Ligne 2 : « accessManager » vaut oui ou non (true/false, 1/0), pas « peut-être ».");
  });

  it("refuses a header with a missing or unknown column, naming them", async () => {
    await expect(all(csvRows(file("c.csv", "email,firstName,nom\n")))).rejects.toThrow(
      /colonne\(s\) absente\(s\) : lastName, siret, companyName, application, roles, accessManager, colonne\(s\) inconnue\(s\) : nom/,
    );
    await expect(all(csvRows(file("d.csv", "")))).rejects.toBeInstanceOf(MigrationFileError);
    await expect(all(csvRows(path.join(dir, "absent.csv")))).rejects.toThrow(/Fichier introuvable/);
  });
});

describe("jsonlRows", () => {
  it("reads one object per line, lists or | for roles, and says which line is unreadable", async () => {
    const rows = await all(
      jsonlRows(
        file(
          "a.jsonl",
          [
            '{"email":"a@exemple.fr","firstName":"A","lastName":"B","siret":"34981259400050","companyName":"PLUME","application":"maf","roles":["deposant"],"accessManager":true}',
            "",
            '{"email":"b@exemple.fr","firstName":"A","lastName":"B","siret":"34981259400050","companyName":"PLUME","application":"maf","roles":"deposant|administrateur"}',
            "{pas du json",
            '["a"]',
            '{"email":"c@exemple.fr","mail":"x"}',
            '{"email":"d@exemple.fr","roles":[1]}',
          ].join("\r\n"),
        ),
      ),
    );
    expect(
      rows.map((row) => ("rejection" in row ? `${row.line}:${row.rejection.code}:${row.email}` : `${row.line}:${row.roles.join("+")}:${row.accessManager}`)),
    ).toEqual([
      "1:deposant:true",
      "3:deposant+administrateur:false",
      "4:invalid_json:",
      "5:invalid_json:",
      "6:unknown_field:c@exemple.fr",
      "7:invalid_roles:d@exemple.fr",
    ]);
  });
});

describe("progress", () => {
  it("counts the bytes read, accents included, up to the file's size", async () => {
    const target = file("bytes.csv", `${HEADER}\nélodie@exemple.fr,Élodie,ÉTÉ,,34981259400050,CRÈCHE,maf,deposant,oui\n`);
    let bytes = 0;
    await all(csvRows(target, (read) => (bytes += read)));
    expect(bytes).toBe(fs.statSync(target).size);
  });
});

describe("formatOf", () => {
  it("reads the extension", () => {
    expect([formatOf("x.CSV"), formatOf("x.jsonl"), formatOf("x.ndjson"), formatOf("x.txt")]).toEqual(["csv", "jsonl", "jsonl", undefined]);
  });
});

describe("the example of realm-config/migration", () => {
  it("reads the same rows from its CSV and its JSON Lines", async () => {
    const folder = path.resolve(import.meta.dirname, "..", "..", "..", "realm-config", "migration");
    const csv = await all(csvRows(path.join(folder, "ancien-portail.csv")));
    const jsonl = await all(jsonlRows(path.join(folder, "ancien-portail.jsonl")));
    expect(csv.every((row) => !("rejection" in row))).toBe(true);
    const strip = (rows: (SourceRow | UnreadableRow)[]) => rows.map(({ line: _line, ...row }) => row);
    expect(strip(jsonl)).toEqual(strip(csv));
    expect(csv.map((row) => row.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });
});
