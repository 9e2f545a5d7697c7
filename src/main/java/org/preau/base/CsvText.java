package org.preau.base;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The text of a CSV file as schools send it: saved by a spreadsheet, in either encoding, with ; or , between columns. */
public final class CsvText {

    private CsvText() {
    }

    /** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 as spreadsheets save it. */
    public static String decode(byte[] content) {
        int bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, bom, content.length - bom)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    /** The column separator the header line uses most: ; (French spreadsheets) unless it has more commas. */
    public static char delimiter(String firstLine) {
        return count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }
}
