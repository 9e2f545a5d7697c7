package org.preau.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** A local account of the embedded default. With Keycloak, people have no row here. */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private String email;

    private String passwordHash;

    private boolean enabled = true;

    private Instant createdAt;

    /** Two directors editing one account at once: the second save is refused, not silently merged. */
    @Version
    private long version;

    private boolean mustChangePassword;

    // written at sign-in by SignInRecorder (plain JDBC, no version bump): never by the entity
    @Column(insertable = false, updatable = false)
    private Instant lastSignInAt;

    private Instant updatedAt;

    private String updatedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_establishment", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "establishment_id")
    private Set<Long> establishmentIds = new TreeSet<>();

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String email, String passwordHash, Set<Role> roles,
                Set<Long> establishmentIds, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.establishmentIds = new TreeSet<>(establishmentIds);
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    /** A password the director gave out: it works once, then the person must choose their own. */
    void temporaryPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    long getVersion() {
        return version;
    }

    Instant getLastSignInAt() {
        return lastSignInAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void describe(String displayName, String email, Set<Role> roles, Set<Long> establishmentIds) {
        this.displayName = displayName;
        this.email = email;
        this.roles.clear();
        this.roles.addAll(roles);
        this.establishmentIds.clear();
        this.establishmentIds.addAll(establishmentIds);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void changedBy(String username, Instant at) {
        this.updatedBy = username;
        this.updatedAt = at;
    }

    boolean isEnabled() {
        return enabled;
    }

    Set<Role> getRoles() {
        return roles;
    }

    Set<Long> getEstablishmentIds() {
        return establishmentIds;
    }
}
