package org.preau.security;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The principal of a person signed in with a local account. */
final class LocalUserPrincipal implements UserDetails, CredentialsContainer, PreauPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final List<SimpleGrantedAuthority> authorities;
    private final List<Long> establishmentIds;
    private volatile Long currentEstablishmentId;
    private volatile Long currentSchoolYearId;

    LocalUserPrincipal(UserAccount account) {
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.passwordHash = account.getPasswordHash();
        this.enabled = account.isEnabled();
        this.authorities = account.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        this.establishmentIds = account.getEstablishmentIds().stream().sorted().toList();
        this.currentEstablishmentId = establishmentIds.isEmpty() ? null : establishmentIds.getFirst();
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public List<Long> establishmentIds() {
        return establishmentIds;
    }

    @Override
    public Optional<Long> currentEstablishmentId() {
        return Optional.ofNullable(currentEstablishmentId);
    }

    @Override
    public void selectEstablishment(long establishmentId) {
        this.currentEstablishmentId = establishmentId;
        this.currentSchoolYearId = null;
    }

    @Override
    public Optional<Long> currentSchoolYearId() {
        return Optional.ofNullable(currentSchoolYearId);
    }

    @Override
    public void selectSchoolYear(Long schoolYearId) {
        this.currentSchoolYearId = schoolYearId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "LocalUserPrincipal[" + username + "]";
    }
}
