import { fileNameOf, readExport, type ExportProgress } from "./exportDownload";

test("an export read as it arrives: rows after the header and bytes, told chunk by chunk, then the whole file", async () => {
  const encoder = new TextEncoder();
  const parts = ["\uFEFFNom;Prénom\r\nDURAND;Ma", "rie\r\nMARTIN;Paul\r\n"];
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part));
      controller.close();
    },
  });
  const seen: ExportProgress[] = [];
  const file = await readExport(new Response(body, { headers: { "content-type": "text/csv;charset=UTF-8" } }), (progress) => seen.push(progress));
  expect(seen.map((progress) => progress.rows)).toEqual([0, 2]);
  expect(seen.at(-1)!.bytes).toBe(encoder.encode(parts.join("")).byteLength);
  expect(file.rows).toBe(2);
  // Byte for byte, the byte order mark included (Excel needs it).
  expect(new Uint8Array(await file.blob.arrayBuffer())).toEqual(encoder.encode(parts.join("")));
  expect(file.blob.type).toBe("text/csv;charset=utf-8");
});

test("the file's name comes from Content-Disposition, never a path", () => {
  expect(fileNameOf('attachment; filename="efp-journal-2026-05-01.csv"', "journal.csv")).toBe("efp-journal-2026-05-01.csv");
  expect(fileNameOf('attachment; filename="../etc/passwd"', "journal.csv")).toBe("journal.csv");
  expect(fileNameOf(null, "utilisateurs.csv")).toBe("utilisateurs.csv");
});
