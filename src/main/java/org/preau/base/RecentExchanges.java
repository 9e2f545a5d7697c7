package org.preau.base;

import java.util.List;

/** The last exchanges of the signed-in user's current establishment, newest first; empty for a role that does not read them. */
public interface RecentExchanges {

    List<RecentExchange> last(int limit);
}
