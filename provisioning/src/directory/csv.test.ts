import { CsvParser, columnIndex, csvRecords } from "./csv.js";

function parseAll(chunks: string[]): string[][] {
  const parser = new CsvParser();
  return [...chunks.flatMap((chunk) => parser.push(chunk)), ...parser.end()];
}

describe("CsvParser", () => {
  it("reads plain records with LF or CRLF", () => {
    expect(parseAll(["a,b,c\n1,2,3\r\n4,,6\n"])).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
      ["4", "", "6"],
    ]);
  });

  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(parseAll(['siren,nom\n123,"DUPONT, ""LE BON"" ET FILS"\n456,"DEUX\nLIGNES"\n'])).toEqual([
      ["siren", "nom"],
      ["123", 'DUPONT, "LE BON" ET FILS'],
      ["456", "DEUX\nLIGNES"],
    ]);
  });

  it("gives the same records however the text is cut", () => {
    const text = 'a,"b ""c"", d"\r\n"e\r\nf",g\r\n,\r\nlast,line';
    const whole = parseAll([text]);
    expect(whole).toEqual([
      ["a", 'b "c", d'],
      ["e\r\nf", "g"],
      ["", ""],
      ["last", "line"],
    ]);
    for (let cut = 1; cut < text.length; cut++) expect(parseAll([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    expect(parseAll(text.split(""))).toEqual(whole);
  });

  it("tells the line each record starts on, line breaks inside quotes and blank lines included", () => {
    const text = 'h1,h2\r\n"a\r\nb",c\n\nd,"e\nf\ng"\rlast,x';
    const whole = (cuts: string[]) => {
      const parser = new CsvParser();
      const lines: number[] = [];
      for (const chunk of cuts) {
        parser.push(chunk);
        lines.push(...parser.lines);
      }
      parser.end();
      return [...lines, ...parser.lines];
    };
    expect(whole([text])).toEqual([1, 2, 5, 8]);
    for (let cut = 1; cut < text.length; cut++) expect(whole([text.slice(0, cut), text.slice(cut)])).toEqual([1, 2, 5, 8]);
  });

  it("keeps empty fields, skips blank lines", () => {
    expect(parseAll(["a,,\n\n,b,\n"])).toEqual([
      ["a", "", ""],
      ["", "b", ""],
    ]);
  });

  it("refuses an unterminated quote", () => {
    const parser = new CsvParser();
    parser.push('a,"open');
    expect(() => parser.end()).toThrow(/guillemet/);
  });
});

describe("csvRecords", () => {
  it("streams records chunk by chunk", async () => {
    async function* chunks() {
      yield "x,y\n1,";
      yield "2\n3,4";
    }
    const all: string[][] = [];
    for await (const records of csvRecords(chunks())) all.push(...records);
    expect(all).toEqual([
      ["x", "y"],
      ["1", "2"],
      ["3", "4"],
    ]);
  });
});

describe("columnIndex", () => {
  it("finds columns by name, BOM and spaces ignored", () => {
    const index = columnIndex(["\uFEFFsiren", " nic ", "siret"], ["siren", "siret"], ["enseigne1Etablissement"]);
    expect(index.siren).toBe(0);
    expect(index.siret).toBe(2);
    expect(index.enseigne1Etablissement).toBe(-1);
  });

  it("names the missing columns and the file", () => {
    expect(() => columnIndex(["siren"], ["siren", "siret"], [], "StockEtablissement.csv")).toThrow(
      "StockEtablissement.csv : colonne(s) absente(s) de l'en-tête : siret",
    );
  });
});
