package org.preau.base;

import java.util.List;

/**
 * One line of the home page's <i>À faire</i>: what waits, in French through a translation key
 * and its arguments, how many (a badge; 0 shows none) and the route where it is done.
 *
 * @param severity  how much it matters: sorts the list and colours the line's edge
 * @param textKey   translation key of the sentence; its first argument is the count when the sentence needs it
 * @param arguments the sentence's arguments (names, counts, dates), already in French
 * @param count     how many things wait; 0 when the line is a single fact (an unanswered question)
 * @param route     where the user does it, relative to the application root
 */
public record WaitingItem(Severity severity, String textKey, List<Object> arguments, long count, String route) {

    public enum Severity {
        /** Something went wrong and needs the user (a failed send, a refused import). */
        PROBLEM,
        /** Work to do in the ordinary course of the year. */
        TO_DO,
        /** Worth knowing, nothing urgent (a teacher's class, a granted diploma). */
        INFO
    }

    public WaitingItem {
        arguments = List.copyOf(arguments);
    }

    public static WaitingItem of(Severity severity, String textKey, long count, String route, Object... arguments) {
        return new WaitingItem(severity, textKey, List.of(arguments), count, route);
    }
}
