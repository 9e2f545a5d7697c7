package org.preau.account;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.security.AccountDraft;
import org.preau.security.ManagedAccount;
import org.preau.security.PasswordLinks;
import org.preau.security.Role;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

/** A new account gets its link through the mail outbox, with its staff record, all or nothing. */
@PreauIntegrationTest
class AccountInvitationsTest {

    static final Pattern LINK = Pattern.compile("http://[^\\s]+/mot-de-passe/nouveau\\?jeton=([A-Za-z0-9_-]+)");

    @Autowired AccountInvitations invitations;
    @Autowired PasswordLinks links;
    @Autowired SignedIn signedIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired GreenMail greenMail;

    long lycee;
    long staffId;
    String name;

    @BeforeEach
    void staffRecord() {
        lycee = jdbc.queryForObject("select id from establishment where uai = ?", Long.class, LYCEE_UAI);
        name = "invit." + Long.toString(System.nanoTime(), 36);
        jdbc.update("insert into staff_member (establishment_id, nom_usage, prenom, created_at) values (?, 'Bernard', ?, ?)",
                lycee, name, Timestamp.from(Instant.now()));
        staffId = jdbc.queryForObject("select id from staff_member where prenom = ?", Long.class, name);
        signedIn.forget();
    }

    @AfterEach
    void removeStaffRecord() {
        jdbc.update("delete from staff_member where prenom = ?", name);
        signedIn.forget();
    }

    @Test
    void a_new_account_is_linked_to_its_staff_record_and_gets_a_french_mail_whose_link_sets_the_password() {
        ManagedAccount created = signedIn.as(DIRECTEUR, () -> invitations.create(new AccountDraft(name, "Julie Bernard", name + "@lycee.example",
                Set.of(Role.TEACHER), Set.of(lycee)), staffId));

        assertThat(jdbc.queryForObject("select username from staff_member where id = ?", String.class, staffId)).isEqualTo(name);
        Map<String, Object> mail = jdbc.queryForMap("select subject, body, establishment_id from mail_message where recipient = ?", name + "@lycee.example");
        assertThat(mail.get("establishment_id")).isEqualTo(lycee);
        assertThat((String) mail.get("subject")).startsWith("Votre compte Préau — Lycée professionnel Alphonse-Verdier");
        String body = (String) mail.get("body");
        assertThat(body).contains("Bonjour Julie Bernard", "Paul Durand vous a créé un compte Préau", "Votre identifiant : " + name,
                "il fonctionne une seule fois, jusqu'au");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();

        assertThat(links.setPassword(link.group(1), "la phrase de passe de Julie")).isEqualTo(created.username());
    }

    @Test
    void a_staff_record_already_linked_to_another_account_refuses_the_whole_creation_and_sends_nothing() {
        jdbc.update("update staff_member set username = 'quelquun' where id = ?", staffId);

        assertThatThrownBy(() -> signedIn.as(DIRECTEUR, () -> invitations.create(new AccountDraft(name, "Julie Bernard", name + "@lycee.example",
                Set.of(Role.TEACHER), Set.of(lycee)), staffId))).isInstanceOfSatisfying(StaffAlreadyLinkedException.class,
                e -> assertThat(e.getMessage()).startsWith("Cette fiche est déjà liée au compte quelquun"));

        assertThat(jdbc.queryForObject("select count(*) from user_account where username = ?", Integer.class, name)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Integer.class, name + "@lycee.example")).isZero();
    }

    @Test
    void changing_the_staff_record_unlinks_the_former_one() {
        ManagedAccount created = signedIn.as(DIRECTEUR, () -> invitations.create(new AccountDraft(name, "Julie Bernard", name + "@lycee.example",
                Set.of(Role.TEACHER), Set.of(lycee)), staffId));

        signedIn.as(DIRECTEUR, () -> invitations.update(created.id(), created.version(), new AccountDraft(name, "Julie Bernard",
                name + "@lycee.example", Set.of(Role.TEACHER), Set.of(lycee)), true, null));

        assertThat(jdbc.queryForObject("select username from staff_member where id = ?", String.class, staffId)).isNull();
    }

    @Test
    void a_secretary_cannot_create_an_account_nor_send_a_link() {
        long secretaire = jdbc.queryForObject("select id from user_account where username = ?", Long.class, SECRETAIRE);
        assertThatThrownBy(() -> signedIn.as(SECRETAIRE, () -> invitations.create(new AccountDraft(name, "Julie", name + "@lycee.example",
                Set.of(Role.DIRECTOR), Set.of(lycee)), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(SECRETAIRE, () -> invitations.sendLink(secretaire))).isInstanceOf(AccessDeniedException.class);
    }
}
