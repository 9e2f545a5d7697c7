package org.preau.base;

import java.util.List;

/**
 * The year's key counts a feature shows on the home page for the signed-in user's current
 * establishment and school year; empty for a role that does not read them. One query.
 */
public interface KeyCounts {

    List<KeyCount> keyCounts();
}
