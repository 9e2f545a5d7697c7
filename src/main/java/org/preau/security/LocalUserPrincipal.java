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
final class LocalUserPrincipal implements UserDetails, CredentialsContainer, WorksInPlace, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final String email;
    // set by a temporary password; cleared when the person chooses their own (see ForcedPasswordChange)
    private volatile boolean mustChangePassword;
    private String passwordHash;
    private final boolean enabled;
    private final List<SimpleGrantedAuthority> authorities;
    private final WorkPlace workPlace;

    LocalUserPrincipal(UserAccount account) {
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.email = account.getEmail();
        this.mustChangePassword = account.mustChangePassword();
        this.passwordHash = account.getPasswordHash();
        this.enabled = account.isEnabled();
        this.authorities = account.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        this.workPlace = new WorkPlace(List.copyOf(account.getEstablishmentIds()));
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    @Override
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    void passwordChanged() {
        mustChangePassword = false;
    }

    @Override
    public WorkPlace workPlace() {
        return workPlace;
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
