package org.preau.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an API token may do: each endpoint of {@code /api/**} requires one scope
 * ({@link ApiSecurityConfiguration}), so the nightly import script's token cannot post learner
 * transfers. The label key names the scope on the token page. No scope for the calls between Préau
 * instances: they take the instance tokens an administrator configures ({@code transfer.FederationSecurity}),
 * never an establishment's token (migration V121 removed the FEDERATION scope, which guarded nothing).
 */
public enum ApiScope {
    IMPORTS("api.scope.imports"),
    LEARNER_TRANSFERS("api.scope.learnerTransfers");

    private final String labelKey;

    ApiScope(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The authority a token of this scope carries. */
    public String authority() {
        return "SCOPE_" + name();
    }

    static String encode(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Unknown names (a scope removed later) are dropped: a token never gains a scope by decoding. */
    static Set<ApiScope> decode(String text) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        if (text == null) return scopes;
        Arrays.stream(text.split(",")).map(String::strip)
                .flatMap(n -> Arrays.stream(values()).filter(s -> s.name().equals(n)))
                .forEach(scopes::add);
        return scopes;
    }
}
