package org.preau.base;

import java.util.List;

/**
 * What a feature has waiting for the signed-in user, for the home page's <i>À faire</i>. Each
 * feature module supplies one bean; the home page asks them all and sorts the lines.
 * <p>
 * An implementation decides from the signed-in user's roles and current establishment (never an
 * id from the browser), respects the school system and the module switches, answers an empty
 * list when nothing waits or when it does not serve that role, and reads its state with one
 * aggregate query (never a query per line): the whole page must stay within 50 ms.
 */
public interface WaitingWork {

    List<WaitingItem> waiting();
}
