package org.preau.siecle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A broken XML file is refused in French, saying what is wrong and where, never in the parser's English. */
class XmlParseErrorsTest {

    private static void readAll(String xml) {
        XmlUpload upload = XmlUpload.read("f.xml", xml.getBytes(StandardCharsets.UTF_8));
        try {
            XMLStreamReader reader = upload.reader();
            while (reader.hasNext()) reader.next();
        } catch (XMLStreamException e) {
            throw XmlUpload.refusal(e);
        }
    }

    @Test
    void text_before_the_first_tag_is_explained_in_french_with_its_line() {
        assertThatThrownBy(() -> readAll("NOM;PRENOM\nDUPONT;Hugo\n"))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.location()).isEqualTo("ligne 1");
                    assertThat(e.getMessage()).contains("ne commence pas par du XML").doesNotContain("prolog");
                });
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> brokenFiles() {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(head + "<BEE>\n<ELEVE>\n</BEE>\n", "ligne 4",
                        "La balise <ELEVE> n'est pas refermée par </ELEVE>"),
                org.junit.jupiter.params.provider.Arguments.of(head + "<BEE a=1/>\n", "ligne 2", "Un attribut de la balise <BEE> est mal écrit"),
                org.junit.jupiter.params.provider.Arguments.of(head + "<BEE>Dupont & fils</BEE>\n", "ligne 2", "Un « & » est écrit seul"),
                org.junit.jupiter.params.provider.Arguments.of(head + "<BEE/>\n<AUTRE/>\n", "ligne 3", "Du contenu suit la fin du document XML"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("brokenFiles")
    void each_kind_of_broken_file_gets_its_own_french_sentence(String xml, String line, String french) {
        assertThatThrownBy(() -> readAll(xml))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.location()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith(french).contains("colonne ");
                    assertThat(e.getMessage()).doesNotContainPattern("[Mm]ust|[Ee]lement type|not allowed");
                });
    }
}
