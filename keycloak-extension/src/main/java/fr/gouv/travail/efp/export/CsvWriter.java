package fr.gouv.travail.efp.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as Excel opens it in France, written as it goes: UTF-8 with a byte order mark (else Excel
 * reads the accents as Windows-1252), {@code ;} between cells (the French list separator), CRLF
 * after each row. A cell that a spreadsheet would take for a formula ({@code = + - @}, or a tab
 * or a carriage return in front of one) is neutralised by a leading apostrophe, so that a name
 * typed as {@code =HYPERLINK(…)} by someone stays text in the file of someone else (CSV injection).
 * Pure: the caller brings the stream and flushes when it wants the bytes to leave.
 */
public final class CsvWriter implements Closeable {

    public static final char SEPARATOR = ';';
    public static final String LINE_END = "\r\n";
    static final char BOM = '\uFEFF';

    private final Writer out;
    private long rows;

    /** Writes the byte order mark at once: the file is UTF-8 from its first byte. */
    public CsvWriter(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write(BOM);
    }

    /** One row; a null cell is an empty one. */
    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(SEPARATOR);
            }
            out.write(cell(cells.get(i)));
        }
        out.write(LINE_END);
        rows++;
    }

    /** Rows written so far (the header included). */
    public long rows() {
        return rows;
    }

    /** Sends what is buffered down the stream (a page of rows, so that the reader sees progress). */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /**
     * A value as a cell: neutralised if a spreadsheet would run it, quoted (quotes doubled) if it
     * holds a separator, a quote, a line break, or spaces at either end that a reader would trim.
     */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = neutralised(value);
        boolean quoted = text.indexOf(SEPARATOR) >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1));
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /**
     * {@code value} with an apostrophe in front when it starts like a formula: {@code = + - @},
     * or a tab or carriage return (which some spreadsheets skip before reading the next
     * character as the start of the cell).
     */
    static String neutralised(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
