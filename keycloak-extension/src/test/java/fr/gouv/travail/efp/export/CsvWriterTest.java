package fr.gouv.travail.efp.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void startsWithTheUtf8ByteOrderMarkThenSeparatesBySemicolonsAndEndsRowsWithCrlf() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(bytes)) {
            csv.row(List.of("Nom", "Prénom"));
            csv.row(Arrays.asList("DURAND", null));
            assertEquals(2, csv.rows());
        }
        byte[] written = bytes.toByteArray();
        assertArrayEquals(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(written, 3), "UTF-8 BOM first");
        assertEquals("Nom;Prénom\r\nDURAND;\r\n", new String(written, 3, written.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void neutralisesWhatASpreadsheetWouldRunAsAFormula() {
        assertEquals("'=1+1", CsvWriter.neutralised("=1+1"));
        assertEquals(
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"clic\"\")\"", CsvWriter.cell("=HYPERLINK(\"http://x\",\"clic\")"));
        assertEquals("'+33 1 23", CsvWriter.cell("+33 1 23"));
        assertEquals("'-2+3", CsvWriter.cell("-2+3"));
        assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)"));
        assertEquals("'\t=1", CsvWriter.cell("\t=1"));
        assertEquals("\"'\r=1\"", CsvWriter.cell("\r=1"));
        // Inside a cell, the same characters are text already.
        assertEquals("a=b", CsvWriter.cell("a=b"));
        assertEquals("jean-marie@exemple.fr", CsvWriter.cell("jean-marie@exemple.fr"));
    }

    @Test
    void quotesSeparatorsQuotesLineBreaksAndEdgeSpaces() {
        assertEquals("\"SARL; Martin\"", CsvWriter.cell("SARL; Martin"));
        assertEquals("\"Le \"\"Petit\"\" Bistrot\"", CsvWriter.cell("Le \"Petit\" Bistrot"));
        assertEquals("\"ligne 1\nligne 2\"", CsvWriter.cell("ligne 1\nligne 2"));
        assertEquals("\" espace\"", CsvWriter.cell(" espace"));
        assertEquals("<b>gras</b>", CsvWriter.cell("<b>gras</b>"));
        assertEquals("", CsvWriter.cell(null));
        assertEquals("", CsvWriter.cell(""));
    }
}
