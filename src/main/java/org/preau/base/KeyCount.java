package org.preau.base;

/** One of the year's key counts on the home page (learners, staff, exchanges), with where to see them. */
public record KeyCount(String textKey, long count, String route) {
}
