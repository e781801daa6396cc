import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { choosePostgresMajor, findPostgres, parsePostgresVersion } from "./binaries.js";

describe("choosePostgresMajor", () => {
  it("takes the newest numeric folder", () => {
    expect(choosePostgresMajor(["13", "17", "15"])).toBe(17);
    expect(choosePostgresMajor(["9", "10"])).toBe(10);
  });
  it("ignores other names and returns undefined without any", () => {
    expect(choosePostgresMajor(["README", "16beta"])).toBeUndefined();
    expect(choosePostgresMajor([])).toBeUndefined();
  });
});

test("parsePostgresVersion reads Debian's and upstream's banners", () => {
  expect(parsePostgresVersion("postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n")).toBe(15);
  expect(parsePostgresVersion("postgres (PostgreSQL) 17.2\n")).toBe(17);
  expect(parsePostgresVersion("bash: postgres: not found")).toBeUndefined();
});

describe("findPostgres", () => {
  let root: string;
  const install = (major: string, programs = ["initdb", "postgres", "pg_isready", "psql"]) => {
    fs.mkdirSync(path.join(root, major, "bin"), { recursive: true });
    for (const program of programs) fs.writeFileSync(path.join(root, major, "bin", program), "");
  };
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "efp-pg-"));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("picks the newest complete installation", () => {
    install("15");
    install("17");
    install("18", ["psql"]); // client only, as postgresql-client-18 alone would leave it
    expect(findPostgres({}, root)).toEqual({ bin: path.join(root, "17", "bin"), major: 17 });
  });

  it("names the Debian package when nothing is installed", () => {
    expect(() => findPostgres({}, path.join(root, "absent"))).toThrow(/paquet Debian postgresql .*apt-get install postgresql/);
  });

  it("takes PG_BIN first, with the version its postgres reports", () => {
    install("15");
    install("16");
    expect(findPostgres({ PG_BIN: path.join(root, "15", "bin") }, root, () => "postgres (PostgreSQL) 15.18")).toEqual({
      bin: path.join(root, "15", "bin"),
      major: 15,
    });
  });

  it("refuses a PG_BIN without the programs it needs", () => {
    install("16", ["postgres"]);
    expect(() => findPostgres({ PG_BIN: path.join(root, "16", "bin") }, root)).toThrow(/ne contient pas initdb, pg_isready, psql/);
  });
});
