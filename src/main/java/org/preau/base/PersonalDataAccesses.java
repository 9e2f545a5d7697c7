package org.preau.base;

import java.util.List;

/**
 * Several {@link PersonalDataAccessed} of one act, published once (a stack of forms printed for a
 * whole staff): the privacy module writes their rows in one transaction instead of one each, so a
 * print of a thousand forms is not slowed down by its journal.
 */
public record PersonalDataAccesses(List<PersonalDataAccessed> each) {

    public PersonalDataAccesses {
        each = List.copyOf(each);
    }
}
