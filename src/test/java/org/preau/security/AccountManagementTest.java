package org.preau.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SettableClock;
import org.preau.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

/** The director's accounts, on the real database: what is created, refused, disabled, and how a password is set. */
@PreauIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccountManagementTest {

    /** A director of the école only: the lycée is not theirs. */
    static final String ECOLE_DIRECTOR = "comptes.directrice.ecole";

    @Autowired AccountManagement management;
    @Autowired PasswordLinks links;
    @Autowired LocalAccounts localAccounts;
    @Autowired SignedIn signedIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired SettableClock clock;
    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder encoder;

    long lycee;
    long ecole;
    String name;

    @BeforeEach
    void establishments() {
        lycee = jdbc.queryForObject("select id from establishment where uai = ?", Long.class, LYCEE_UAI);
        ecole = jdbc.queryForObject("select id from establishment where fase = ?", Long.class, ECOLE_FASE);
        localAccounts.createIfAbsent(ECOLE_DIRECTOR, "Directrice de l'école", "directrice.comptes@ecole.example", PASSWORD,
                Set.of(Role.DIRECTOR), Set.of(ecole));
        name = "compte." + Long.toString(System.nanoTime(), 36);
        signedIn.forget();
    }

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.forget();
    }

    private AccountDraft draft(String username, Set<Long> where, Role... roles) {
        return new AccountDraft(username, "Julie Bernard", username + "@lycee.example", Set.of(roles), where);
    }

    private ManagedAccount create(Role... roles) {
        return signedIn.as(DIRECTEUR, () -> management.create(draft(name, Set.of(lycee), roles)));
    }

    @Test
    void a_director_creates_an_account_of_their_establishment_that_is_listed_and_signs_nobody_in_before_its_link(CapturedOutput output) {
        ManagedAccount created = create(Role.SECRETARY);

        assertThat(created.state()).isEqualTo(AccountState.NEVER_SIGNED_IN);
        assertThat(signedIn.as(DIRECTEUR, () -> management.list())).extracting(ManagedAccount::username).contains(name);
        String hash = jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, name);
        assertThat(encoder.matches("", hash)).isFalse();
        assertThat(output.getOut()).contains("Account change: 'directeur' created account '" + name + "'");
    }

    @Test
    void a_bad_username_or_e_mail_is_refused_in_french_on_its_field_and_nothing_is_written() {
        Integer before = jdbc.queryForObject("select count(*) from user_account", Integer.class);

        assertThatThrownBy(() -> signedIn.as(DIRECTEUR, () -> management.create(draft("Jean Dupont", Set.of(lycee), Role.TEACHER))))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.field()).isEqualTo("username");
                    assertThat(e.getMessage()).startsWith("L'identifiant doit compter de 2 à 50 caractères");
                });
        assertThatThrownBy(() -> signedIn.as(DIRECTEUR, () -> management.create(new AccountDraft(name, "Jean", "jean@", Set.of(Role.TEACHER),
                Set.of(lycee))))).isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> signedIn.as(DIRECTEUR, () -> management.create(draft(name, Set.of(lycee)))))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.getMessage()).isEqualTo("Choisissez au moins un rôle."));
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(before);
    }

    @Test
    void a_username_or_an_e_mail_already_taken_is_refused() {
        create(Role.TEACHER);

        assertThatThrownBy(() -> signedIn.as(DIRECTEUR, () -> management.create(draft(name.toUpperCase(), Set.of(lycee), Role.TEACHER))))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.getMessage()).contains("« " + name + " » est déjà pris"));
        assertThatThrownBy(() -> signedIn.as(DIRECTEUR, () -> management.create(new AccountDraft(name + ".bis", "Autre",
                "CLAIRE.MARTIN@lycee-verdier.example", Set.of(Role.TEACHER), Set.of(lycee)))))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void a_director_never_gives_an_establishment_they_do_not_serve_nor_touches_an_account_of_another() {
        assertThatThrownBy(() -> signedIn.as(ECOLE_DIRECTOR, () -> management.create(draft(name, Set.of(lycee), Role.TEACHER))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(localAccounts.exists(name)).isFalse();

        long secretaire = jdbc.queryForObject("select id from user_account where username = ?", Long.class, SECRETAIRE);
        assertThatThrownBy(() -> signedIn.as(ECOLE_DIRECTOR, () -> management.setEnabled(secretaire, false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(ECOLE_DIRECTOR, () -> management.issueSetPasswordLink(secretaire))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(ECOLE_DIRECTOR, () -> management.temporaryPassword(secretaire))).isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(ECOLE_DIRECTOR, () -> management.list())).extracting(ManagedAccount::username).doesNotContain(SECRETAIRE);
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, secretaire)).isTrue();
        // and a secretary is no director, whatever the screen shows
        assertThatThrownBy(() -> signedIn.as(SECRETAIRE, () -> management.list())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_change_keeps_the_establishments_the_director_does_not_serve_and_refuses_a_stale_version() {
        // the lycée's director gives both; the école's director then changes the roles and keeps the lycée untouched
        ManagedAccount created = signedIn.as(DIRECTEUR, () -> management.create(draft(name, Set.of(lycee, ecole), Role.TEACHER)));
        ManagedAccount changed = signedIn.as(ECOLE_DIRECTOR, () -> management.update(created.id(), created.version(),
                draft(name, Set.of(ecole), Role.TEACHER, Role.SECRETARY)));

        assertThat(changed.establishmentIds()).containsExactlyInAnyOrder(lycee, ecole);
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.TEACHER, Role.SECRETARY);
        assertThatThrownBy(() -> signedIn.as(DIRECTEUR, () -> management.update(created.id(), created.version(),
                draft(name, Set.of(lycee), Role.DIRECTOR)))).isInstanceOfSatisfying(AccountException.class,
                e -> assertThat(e.messageKey()).isEqualTo("accounts.error.changedMeanwhile"));
        assertThat(signedIn.as(DIRECTEUR, () -> management.get(created.id())).roles()).doesNotContain(Role.DIRECTOR);
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_its_link_stops_working_until_it_is_enabled_again(CapturedOutput output) {
        ManagedAccount created = create(Role.TEACHER);
        IssuedLink link = signedIn.as(DIRECTEUR, () -> management.issueSetPasswordLink(created.id()));

        signedIn.as(DIRECTEUR, () -> management.setEnabled(created.id(), false));

        assertThat(users.loadUserByUsername(name).isEnabled()).isFalse();
        assertThat(links.holder(link.token())).isEmpty();
        assertThat(output.getOut()).contains("'directeur' disabled account '" + name + "'");
        signedIn.as(DIRECTEUR, () -> management.setEnabled(created.id(), true));
        assertThat(users.loadUserByUsername(name).isEnabled()).isTrue();
        assertThatThrownBy(() -> signedIn.as(DIRECTEUR, () -> management.setEnabled(
                jdbc.queryForObject("select id from user_account where username = ?", Long.class, DIRECTEUR), false)))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.messageKey()).isEqualTo("accounts.error.disableSelf"));
    }

    @Test
    void a_one_time_link_sets_the_password_once_is_stored_hashed_and_expires_after_24_hours(CapturedOutput output) {
        ManagedAccount created = create(Role.SECRETARY);
        clock.set(Instant.parse("2026-03-02T08:00:00Z"));
        IssuedLink first = signedIn.as(DIRECTEUR, () -> management.issueSetPasswordLink(created.id()));

        assertThat(jdbc.queryForObject("select count(*) from user_account_link where token_hash = ?", Integer.class, first.token())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from user_account_link where token_hash = ?", Integer.class,
                AccountLinkStore.hash(first.token()))).isOne();
        assertThat(links.holder(first.token())).get().extracting(AccountSummary::username).isEqualTo(name);
        assertThatThrownBy(() -> links.setPassword(first.token(), "court")).isInstanceOf(WeakPasswordException.class);

        assertThat(links.setPassword(first.token(), "une phrase de passe assez longue")).isEqualTo(name);

        assertThat(encoder.matches("une phrase de passe assez longue", users.loadUserByUsername(name).getPassword())).isTrue();
        assertThatThrownBy(() -> links.setPassword(first.token(), "une autre phrase de passe")).isInstanceOfSatisfying(AccountException.class,
                e -> assertThat(e.messageKey()).isEqualTo("accounts.link.unusable"));
        assertThat(output.getOut()).contains("'" + name + "' set their password through a one-time link");

        IssuedLink second = signedIn.as(DIRECTEUR, () -> management.issueSetPasswordLink(created.id()));
        clock.set(Instant.parse("2026-03-02T08:00:00Z").plus(Duration.ofHours(24)).plusSeconds(1));
        assertThat(links.holder(second.token())).isEmpty();
        assertThatThrownBy(() -> links.setPassword(second.token(), "encore une phrase de passe")).isInstanceOf(AccountException.class);
    }

    @Test
    void a_newer_link_ends_the_older_one() {
        ManagedAccount created = create(Role.SECRETARY);
        IssuedLink older = signedIn.as(DIRECTEUR, () -> management.issueSetPasswordLink(created.id()));
        IssuedLink newer = signedIn.as(DIRECTEUR, () -> management.issueSetPasswordLink(created.id()));

        assertThat(links.holder(older.token())).isEmpty();
        assertThat(links.holder(newer.token())).isPresent();
    }

    @Test
    void a_temporary_password_signs_in_once_and_forces_a_change_that_follows_the_policy() {
        ManagedAccount created = create(Role.TEACHER);
        String temporary = signedIn.as(DIRECTEUR, () -> management.temporaryPassword(created.id()));

        assertThat(temporary).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        LocalUserPrincipal principal = (LocalUserPrincipal) users.loadUserByUsername(name);
        assertThat(encoder.matches(temporary, principal.getPassword())).isTrue();
        assertThat(principal.mustChangePassword()).isTrue();
        assertThat(signedIn.as(DIRECTEUR, () -> management.get(created.id())).state()).isEqualTo(AccountState.MUST_CHANGE_PASSWORD);

        assertThatThrownBy(() -> signedIn.as(name, () -> localAccounts.replaceTemporaryPassword("azertyuiop"))).isInstanceOf(WeakPasswordException.class);
        signedIn.as(name, () -> localAccounts.replaceTemporaryPassword("ma propre phrase de passe"));

        LocalUserPrincipal after = (LocalUserPrincipal) users.loadUserByUsername(name);
        assertThat(after.mustChangePassword()).isFalse();
        assertThat(encoder.matches("ma propre phrase de passe", after.getPassword())).isTrue();
        // no change is due any more: the forced path cannot be used to skip the current password
        assertThatThrownBy(() -> signedIn.as(name, () -> localAccounts.replaceTemporaryPassword("encore une autre phrase")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
