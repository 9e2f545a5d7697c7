package org.preau.base;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that identify one person in free text (names, INE, NISS), and how to erase them:
 * a text "mentions" the person when it holds their last name together with a first name, or one
 * of their identifiers; erasing replaces each of those words, whole words only, whatever the case.
 *
 * @param id          the learner's id (the staff member's, for a staff scrub)
 * @param lastNames   nom, nom d'usage
 * @param firstNames  prénoms
 * @param identifiers INE, NISS, SIECLE number; a staff member's import identifier and e-mails
 */
public record PersonTraces(long id, List<String> lastNames, List<String> firstNames, List<String> identifiers) {

    public PersonTraces {
        lastNames = clean(lastNames);
        firstNames = clean(firstNames);
        identifiers = clean(identifiers);
    }

    public boolean mentionedIn(String text) {
        if (text == null || text.isBlank()) return false;
        boolean last = lastNames.stream().anyMatch(w -> word(w).matcher(text).find());
        boolean first = firstNames.stream().anyMatch(w -> word(w).matcher(text).find());
        return (last && first) || identifiers.stream().anyMatch(w -> word(w).matcher(text).find());
    }

    /** The text with every name and identifier of the person replaced; unchanged when it does not mention them. */
    public String erase(String text) {
        if (!mentionedIn(text)) return text;
        String out = text;
        List<String> words = new ArrayList<>(lastNames);
        words.addAll(firstNames);
        words.addAll(identifiers);
        words.sort(Comparator.comparingInt(String::length).reversed());
        String replacement = Matcher.quoteReplacement(Texts.get("privacy.erased"));
        for (String w : words) out = word(w).matcher(out).replaceAll(replacement);
        return out;
    }

    private static Pattern word(String w) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<String> clean(List<String> words) {
        return words == null ? List.of() : words.stream().filter(Objects::nonNull).map(String::strip)
                .filter(w -> w.length() >= 2).distinct().toList();
    }
}
