package org.preau.siecle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.preau.support.Samples;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XmlUploadTest {

    /** Reads the whole document as an importer would, collecting the text. */
    private static String readAll(XmlUpload upload) {
        StringBuilder text = new StringBuilder();
        try {
            XMLStreamReader reader = upload.reader();
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.CHARACTERS) text.append(reader.getText());
            }
        } catch (XMLStreamException e) {
            throw XmlUpload.refusal(e);
        }
        return text.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xxe_external_entity.xml", "xxe_external_dtd.xml", "xxe_parameter_entity.xml", "billion_laughs.xml",
            "sts_xxe_external_entity.xml"})
    void a_doctype_is_refused_at_line_2_without_reading_anything(String file) {
        XmlUpload upload = XmlUpload.read(file, Samples.bytes("bad/" + file));
        assertThatThrownBy(() -> readAll(upload))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.location()).isEqualTo("ligne 2");
                    assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("root:");
                });
    }

    @Test
    void a_truncated_file_is_refused_as_incomplete() {
        XmlUpload upload = XmlUpload.read("truncated.xml", Samples.bytes("bad/truncated.xml"));
        assertThatThrownBy(() -> readAll(upload)).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.getMessage()).contains("incomplet"));
    }

    @Test
    void utf8_bytes_declared_as_iso_8859_15_are_refused_before_parsing() {
        assertThatThrownBy(() -> XmlUpload.read("f.xml", Samples.bytes("bad/utf8_declared_iso8859-15.xml")))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.getMessage()).contains("ISO-8859-15").contains("UTF-8");
                    assertThat(e.location()).startsWith("ligne ");
                });
    }

    @Test
    void iso_8859_15_bytes_declared_as_utf8_are_refused_with_their_line() {
        assertThatThrownBy(() -> XmlUpload.read("f.xml", Samples.bytes("bad/iso8859-15_declared_utf8.xml")))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.getMessage()).contains("UTF-8");
                    assertThat(e.location()).matches("ligne \\d+");
                });
    }

    @Test
    void iso_8859_15_is_decoded_as_declared_and_a_utf8_bom_is_honoured() {
        String iso = readAll(XmlUpload.read("ElevesSansAdresses.xml", Samples.bytes("lycee-verdier/2024/ElevesSansAdresses.xml")));
        String bom = readAll(XmlUpload.read("bom.xml", Samples.bytes("edge/ElevesSansAdresses_2024_utf8_bom.xml")));
        assertThat(iso).contains("CŒURLY").contains("LŒILLET").contains("Éloïse");
        assertThat(bom).isEqualTo(iso);
    }

    @Test
    void a_zip_with_one_xml_is_unpacked() throws IOException {
        byte[] xml = Samples.bytes("lycee-verdier/2024/ElevesSansAdresses.xml");
        XmlUpload upload = XmlUpload.read("export.zip", new ByteArrayInputStream(zip("ElevesSansAdresses.xml", xml)), XmlUpload.DEFAULT_MAX_BYTES);
        assertThat(upload.fileName()).isEqualTo("ElevesSansAdresses.xml");
        assertThat(upload.bytes()).isEqualTo(xml);
    }

    @Test
    void a_zip_with_two_xml_files_or_none_is_refused() throws IOException {
        byte[] xml = "<a/>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> XmlUpload.read("x.zip", zip("a.xml", xml, "b.xml", xml)))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("un seul fichier XML");
        assertThatThrownBy(() -> XmlUpload.read("x.zip", zip("a.txt", xml)))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("aucun fichier XML");
    }

    @Test
    void sizes_are_bounded_while_reading_also_inside_a_zip() throws IOException {
        byte[] big = ("<a>" + "x".repeat(5000) + "</a>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> XmlUpload.read("big.xml", new ByteArrayInputStream(big), 1000))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("taille autorisée");
        // a zip bomb: small compressed, large unpacked
        byte[] bomb = zip("bomb.xml", ("<a>" + " ".repeat(2_000_000) + "</a>").getBytes(StandardCharsets.UTF_8));
        assertThat(bomb.length).isLessThan(100_000);
        assertThatThrownBy(() -> XmlUpload.read("bomb.zip", new ByteArrayInputStream(bomb), 100_000))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("contenu dans le ZIP");
    }

    private static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
