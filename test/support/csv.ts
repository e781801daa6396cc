// Reads the CSV of efp-admin's exports as a spreadsheet would: `;` between cells, quoted cells
// with doubled quotes, CRLF between rows. Strict, so that a malformed file fails the test.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === "") quoted = true;
    else if (char === ";") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else if (char === "\n" || char === "\r") throw new Error(`saut de ligne hors guillemets à l'octet ${i}`);
    else cell += char;
  }
  if (quoted) throw new Error("guillemet non refermé");
  if (cell !== "" || row.length > 0) throw new Error("dernière ligne sans CRLF");
  return rows;
}

/** Rows as records keyed by the header's names. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => {
    if (row.length !== header.length) throw new Error(`ligne de ${row.length} cellules pour ${header.length} colonnes`);
    return Object.fromEntries(header.map((name, index) => [name, row[index]]));
  });
}
