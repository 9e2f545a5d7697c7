package org.preau.siecle;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK parser explains a broken file in English ("Content is not allowed in prolog."). A
 * secretary reads what is wrong in French instead, with the element named when the parser names
 * one; an explanation it does not know becomes a plain French sentence, never the English.
 */
final class XmlParseErrors {

    private record Known(Pattern english, String key) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known(Pattern.compile("Content is not allowed in prolog"), "siecle.error.xml.prolog"),
            new Known(Pattern.compile("Content is not allowed in trailing section|markup in the document following the root element"),
                    "siecle.error.xml.afterRoot"),
            new Known(Pattern.compile("element type \"([^\"]+)\" must be terminated by the matching end-tag"), "siecle.error.xml.unclosed"),
            new Known(Pattern.compile("end-tag for element type \"([^\"]+)\" must end with"), "siecle.error.xml.endTag"),
            new Known(Pattern.compile("Element type \"([^\"]+)\" must be followed by"), "siecle.error.xml.attribute"),
            new Known(Pattern.compile("[Aa]ttribute name|[Oo]pen quote is expected|must be followed by the ' = '"),
                    "siecle.error.xml.attribute"),
            new Known(Pattern.compile("[Aa]ttribute \"([^\"]+)\" was already specified"), "siecle.error.xml.duplicateAttribute"),
            new Known(Pattern.compile("invalid XML character"), "siecle.error.xml.character"),
            new Known(Pattern.compile("Invalid byte \\d of \\d-byte UTF-8 sequence"), "siecle.error.xml.encoding"),
            new Known(Pattern.compile("entity name must immediately follow the '&'|reference to entity"), "siecle.error.xml.ampersand"),
            new Known(Pattern.compile("markup in the document preceding the root element|root element"), "siecle.error.xml.noRoot"));

    /** The element the parser names, wherever its sentence names it ("associated with an element type "BEE""). */
    private static final Pattern ELEMENT_TYPE = Pattern.compile("[Ee]lement type\\s+\"([^\"]+)\"");

    private XmlParseErrors() {
    }

    /** The refusal for a parser's message, at the line (and column) where the parser stopped. */
    static ImportRefusedException refusal(String location, int column, String english) {
        String detail = english == null ? "" : english;
        for (Known known : KNOWN) {
            Matcher m = known.english().matcher(detail);
            if (m.find()) {
                Matcher type = ELEMENT_TYPE.matcher(detail);
                String element = m.groupCount() > 0 && m.group(1) != null ? m.group(1) : type.find() ? type.group(1) : "";
                return new ImportRefusedException(location, known.key(), element, column > 0 ? column : 1);
            }
        }
        return new ImportRefusedException(location, "siecle.error.xml.other", "", column > 0 ? column : 1);
    }
}
