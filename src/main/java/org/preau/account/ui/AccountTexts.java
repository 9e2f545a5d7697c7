package org.preau.account.ui;

import com.vaadin.flow.component.Component;
import org.preau.security.Role;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The French words of the accounts page: roles and establishments by name, dates in the establishment's zone. */
final class AccountTexts {

    private final Component owner;
    private final DateTimeFormatter when;

    AccountTexts(Component owner, ZoneId zone) {
        this.owner = owner;
        this.when = DateTimeFormatter.ofPattern("d MMM yyyy 'à' HH'h'mm", Locale.FRENCH).withZone(zone);
    }

    String get(String key, Object... arguments) {
        return owner.getTranslation(key, arguments);
    }

    String roles(Collection<Role> roles) {
        return roles.stream().sorted().map(r -> get(r.translationKey())).collect(Collectors.joining(", "));
    }

    String establishments(Collection<Long> ids, Map<Long, String> names) {
        // an establishment the director does not serve is counted, not named: it is not theirs to read
        long others = ids.stream().filter(id -> !names.containsKey(id)).count();
        String named = ids.stream().filter(names::containsKey).map(names::get).sorted().collect(Collectors.joining(", "));
        if (others == 0) return named;
        return get(others == 1 ? "accounts.otherEstablishment" : "accounts.otherEstablishments", named, others);
    }

    String lastSignIn(Instant at) {
        return at == null ? get("accounts.neverSignedIn") : get("accounts.lastSignIn", when.format(at));
    }
}
