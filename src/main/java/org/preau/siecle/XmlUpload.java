package org.preau.siecle;

import org.preau.base.BoundedInput;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.BufferedInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An uploaded export, checked before any parsing: size bounded while reading, a ZIP recognised
 * by its content and holding exactly one XML, the declared encoding matching the bytes. Its
 * {@link #reader()} is a StAX reader that never resolves a DTD or an external entity and
 * refuses any DOCTYPE.
 * <p>
 * An upload read from a file ({@link #read(String, Path, long)}) stays on disk: a 143 MB export
 * is streamed, never held in memory, and a ZIP's entry is unpacked to a temporary file that
 * {@link #close()} deletes.
 */
final class XmlUpload implements AutoCloseable {

    /** Also the bound on a ZIP's unpacked entry. */
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    private static final int MAX_ZIP_ENTRIES = 16;
    private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private static final XMLInputFactory FACTORY = hardenedFactory();

    private final String fileName;
    private final byte[] xml;
    private final Charset charset;
    private final int bomLength;
    /** The document on disk when read from a file (then {@link #xml} is null). */
    private final Path file;
    /** A ZIP entry unpacked by this upload, deleted by {@link #close()}. */
    private final Path unpacked;

    private XmlUpload(String fileName, byte[] xml, Charset charset, int bomLength) {
        this(fileName, xml, charset, bomLength, null, null);
    }

    private XmlUpload(String fileName, byte[] xml, Charset charset, int bomLength, Path file, Path unpacked) {
        this.fileName = fileName;
        this.xml = xml;
        this.charset = charset;
        this.bomLength = bomLength;
        this.file = file;
        this.unpacked = unpacked;
    }

    /**
     * Checks an upload saved to a file without loading it: its size against {@code maxBytes}
     * (a ZIP's entry too, unpacked to a temporary file), then the declared encoding against the
     * bytes, streaming. Close the upload to delete what it unpacked.
     */
    public static XmlUpload read(String fileName, Path upload, long maxBytes) {
        try {
            if (Files.size(upload) > maxBytes) throw new ImportRefusedException(null, "siecle.error.tooLarge", maxBytes / (1024 * 1024));
            byte[] magic = new byte[4];
            int n;
            try (InputStream in = Files.newInputStream(upload)) {
                n = in.readNBytes(magic, 0, 4);
            }
            if (n == 4 && isZip(magic)) {
                Path entry = Files.createTempFile("preau-upload", ".xml");
                try {
                    String name = unzipSingleXml(upload, entry, maxBytes);
                    return checkFile(name, entry, entry);
                } catch (RuntimeException e) {
                    Files.deleteIfExists(entry);
                    throw e;
                }
            }
            return checkFile(fileName, upload, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Size of the XML document in bytes (unpacked when the upload was a ZIP). */
    public long size() {
        try {
            return xml != null ? xml.length : Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the ZIP entry this upload unpacked, if any. */
    @Override
    public void close() {
        if (unpacked == null) return;
        try {
            Files.deleteIfExists(unpacked);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; the system's temporary folder is cleaned anyway
        }
    }

    /** Reads at most {@code maxBytes} of the upload (and of a ZIP's entry), then checks it. */
    public static XmlUpload read(String fileName, InputStream upload, long maxBytes) {
        byte[] bytes = readBounded(upload, maxBytes, "siecle.error.tooLarge");
        String name = fileName;
        if (isZip(bytes)) {
            ZipContent entry = unzipSingleXml(bytes, maxBytes);
            bytes = entry.content();
            name = entry.name();
        }
        return check(name, bytes);
    }

    public static XmlUpload read(String fileName, byte[] content) {
        return read(fileName, new ByteArrayInputStream(content), DEFAULT_MAX_BYTES);
    }

    public String fileName() {
        return fileName;
    }

    /** The XML bytes (unpacked when the upload was a ZIP); read from disk for a file upload. */
    public byte[] bytes() {
        if (xml != null) return xml;
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Charset charset() {
        return charset;
    }

    /**
     * A fresh streaming reader over the document. It throws {@link ImportRefusedException} on a
     * DOCTYPE; other XML errors come as {@link XMLStreamException} — see {@link #refusal}.
     */
    public XMLStreamReader reader() {
        try {
            InputStream in = xml != null ? new ByteArrayInputStream(xml, bomLength, xml.length - bomLength) : openFile();
            XMLStreamReader reader = FACTORY.createXMLStreamReader(in, charset.name());
            return new StreamReaderDelegate(reader) {
                @Override
                public void close() throws XMLStreamException {
                    super.close();
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new XMLStreamException(e);
                    }
                }

                @Override
                public int next() throws XMLStreamException {
                    int event = super.next();
                    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw new ImportRefusedException(Texts.line(doctypeLine()), "siecle.error.doctype");
                    }
                    return event;
                }
            };
        } catch (XMLStreamException e) {
            throw refusal(e);
        }
    }

    private InputStream openFile() {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 256 * 1024);
            in.skipNBytes(bomLength);
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line where the DOCTYPE starts (the parser reports where it ends). */
    private int doctypeLine() {
        byte[] xml = this.xml != null ? this.xml : head(file, 64 * 1024 + 16);
        byte[] marker = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
        int limit = Math.min(xml.length - marker.length, 64 * 1024);
        outer:
        for (int i = 0; i <= limit; i++) {
            for (int k = 0; k < marker.length; k++) if (xml[i + k] != marker[k]) continue outer;
            return lineOf(xml, i);
        }
        return -1;
    }

    /** Releases a parser's reader once the document is read or refused; a reader already closed or broken has nothing left to release. */
    static void closeQuietly(javax.xml.stream.XMLStreamReader reader) {
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // nothing more to release
        }
    }

    /** Turns a parser error into a French refusal pointing at its line. */
    public static ImportRefusedException refusal(XMLStreamException e) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        String detail = e.getMessage() == null ? "" : e.getMessage().replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        if (detail.contains("end of file") || detail.contains("XML document structures must start and end")) {
            return new ImportRefusedException(Texts.line(line), "siecle.error.truncated");
        }
        if (detail.toLowerCase(Locale.ROOT).contains("entity") && !detail.contains("'&'")) {
            return new ImportRefusedException(Texts.line(line), "siecle.error.entity");
        }
        return XmlParseErrors.refusal(Texts.line(line), e.getLocation() == null ? -1 : e.getLocation().getColumnNumber(), detail);
    }

    private static XmlUpload check(String fileName, byte[] bytes) {
        try {
            Encoding encoding = encoding(bytes, () -> new ByteArrayInputStream(bytes));
            return new XmlUpload(fileName, bytes, encoding.charset(), encoding.bom());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XmlUpload checkFile(String fileName, Path path, Path unpacked) throws IOException {
        Encoding encoding = encoding(head(path, 203), () -> Files.newInputStream(path));
        return new XmlUpload(fileName, null, encoding.charset(), encoding.bom(), path, unpacked);
    }

    private record Encoding(Charset charset, int bom) {
    }

    /** Opens the whole document again, from memory or from disk. */
    private interface Content {
        InputStream open() throws IOException;
    }

    /**
     * The one encoding check, for an upload in memory or on disk alike: the BOM and the declared
     * encoding from the first bytes, then one streaming pass over the content for bytes that
     * contradict them.
     */
    private static Encoding encoding(byte[] start, Content content) throws IOException {
        int bom = start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF ? 3 : 0;
        String head = new String(start, bom, Math.min(start.length - bom, 200), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_ENCODING.matcher(head);
        Charset charset;
        if (bom == 3) {
            charset = StandardCharsets.UTF_8;
            if (declared.find() && !Charset.forName(declared.group(1), StandardCharsets.UTF_8).equals(StandardCharsets.UTF_8)) {
                throw new ImportRefusedException(Texts.line(1), "siecle.error.bomMismatch", declared.group(1));
            }
        } else if (declared.find()) {
            try {
                charset = Charset.forName(declared.group(1));
            } catch (IllegalArgumentException e) {
                throw new ImportRefusedException(Texts.line(1), "siecle.error.unknownEncoding", declared.group(1));
            }
        } else {
            charset = StandardCharsets.UTF_8;
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            int line = scan(content.open(), bom, true);
            if (line > 0) throw new ImportRefusedException(Texts.line(line), "siecle.error.notUtf8");
        } else if (charset.name().startsWith("ISO-8859") || charset.name().startsWith("windows-")) {
            int line = scan(content.open(), 0, false);
            if (line > 0) throw new ImportRefusedException(Texts.line(line), "siecle.error.utf8DeclaredAs", charset.name());
        }
        return new Encoding(charset, bom);
    }

    private static byte[] head(Path path, int length) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One streaming pass (closing the stream): with {@code validateUtf8}, the line of the first
     * byte that breaks UTF-8; without, the line of the first well-formed multi-byte UTF-8 sequence
     * (in a document declared ISO-8859-x or windows-125x, that means the bytes are really UTF-8).
     * -1 when there is none.
     */
    private static int scan(InputStream content, int from, boolean validateUtf8) throws IOException {
        byte[] buffer = new byte[256 * 1024];
        int line = 1;
        int need = 0;
        int prev1 = 0;
        int prev2 = 0;
        try (InputStream in = content) {
            in.skipNBytes(from);
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    boolean continuation = (b & 0xC0) == 0x80;
                    if (validateUtf8) {
                        if (need > 0) {
                            if (!continuation) return line;
                            need--;
                        } else if (b >= 0x80) {
                            need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
                            if (need < 0) return line;
                        }
                    } else if (continuation && ((prev1 >= 0xC2 && prev1 <= 0xDF)
                            || ((prev1 & 0xC0) == 0x80 && prev2 >= 0xE0 && prev2 <= 0xEF))) {
                        return line;
                    }
                    if (b == '\n') line++;
                    prev2 = prev1;
                    prev1 = b;
                }
            }
        }
        return validateUtf8 && need > 0 ? line : -1;
    }

    private static int lineOf(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private record ZipContent(String name, byte[] content) {
    }

    /** Unpacks the ZIP's only XML entry to {@code target}, bounded; returns the entry's name. */
    private static String unzipSingleXml(Path zip, Path target, long maxBytes) {
        String found = null;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip)), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) throw new ImportRefusedException(null, "siecle.error.zipEntries");
                if (entry.isDirectory()) continue;
                if (!entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) continue;
                if (found != null) throw new ImportRefusedException(null, "siecle.error.zipEntries");
                found = entry.getName().replaceAll(".*/", "");
                copyBounded(in, target, maxBytes);
            }
        } catch (IOException e) {
            throw new ImportRefusedException(null, "siecle.error.zipBroken");
        }
        if (found == null) throw new ImportRefusedException(null, "siecle.error.zipNoXml");
        return found;
    }

    private static void copyBounded(InputStream in, Path target, long maxBytes) throws IOException {
        if (!BoundedInput.copyAtMost(in, target, maxBytes)) {
            throw new ImportRefusedException(null, "siecle.error.zipTooLarge", maxBytes / (1024 * 1024));
        }
    }

    private static ZipContent unzipSingleXml(byte[] zip, long maxBytes) {
        ZipContent found = null;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) throw new ImportRefusedException(null, "siecle.error.zipEntries");
                if (entry.isDirectory()) continue;
                if (!entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) continue;
                if (found != null) throw new ImportRefusedException(null, "siecle.error.zipEntries");
                String name = entry.getName().replaceAll(".*/", "");
                found = new ZipContent(name, readBounded(in, maxBytes, "siecle.error.zipTooLarge"));
            }
        } catch (IOException e) {
            throw new ImportRefusedException(null, "siecle.error.zipBroken");
        }
        if (found == null) throw new ImportRefusedException(null, "siecle.error.zipNoXml");
        return found;
    }

    private static byte[] readBounded(InputStream in, long maxBytes, String tooLargeKey) {
        try {
            return BoundedInput.readAtMost(in, maxBytes)
                    .orElseThrow(() -> new ImportRefusedException(null, tooLargeKey, maxBytes / (1024 * 1024)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    /** Texts of locations, in French. */
    static final class Texts {
        static String line(int line) {
            return line > 0 ? org.preau.base.Texts.get("siecle.location.line", String.valueOf(line)) : null;
        }
    }
}
