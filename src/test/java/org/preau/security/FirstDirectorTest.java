package org.preau.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first director of a fresh instance. The shared database has the demo's directors: each test
 * removes them inside its own transaction, rolled back at the end, to stand where a fresh
 * production instance stands.
 */
@PreauIntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstDirectorTest {

    @Autowired FirstDirector firstDirector;
    @Autowired PasswordLinks links;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder encoder;
    @Autowired ApplicationContext context;

    private void noDirectorYet() {
        jdbc.update("delete from user_account_role where role = 'DIRECTOR'");
    }

    private long establishments() {
        return jdbc.queryForObject("select count(*) from establishment", Long.class);
    }

    @Test
    void the_start_up_runner_is_absent_from_the_demo() {
        assertThat(context.getBeansOfType(FirstDirectorStartup.class)).isEmpty();
    }

    @Test
    void nothing_is_made_while_a_director_exists() {
        assertThat(firstDirector.setUpLink()).isEmpty();
        assertThat(firstDirector.fromEnvironment(new FirstDirector.Settings("premier.dir", "Premier", "premier@ecole.example", null, null))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'premier.dir'", Integer.class)).isZero();
    }

    @Test
    void the_director_named_by_the_environment_with_a_password_must_change_it_at_the_first_sign_in(CapturedOutput output) {
        noDirectorYet();

        assertThat(firstDirector.fromEnvironment(new FirstDirector.Settings("Premier.Dir", "Marie Premier", "marie@ecole.example",
                "une phrase de passe posée dans l'environnement", null))).isEmpty();

        LocalUserPrincipal director = (LocalUserPrincipal) users.loadUserByUsername("premier.dir");
        assertThat(director.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_DIRECTOR");
        assertThat(director.establishmentIds()).hasSize((int) establishments());
        assertThat(director.mustChangePassword()).isTrue();
        assertThat(encoder.matches("une phrase de passe posée dans l'environnement", director.getPassword())).isTrue();
        assertThat(output.getOut()).contains("first director 'premier.dir' created from the environment");
    }

    @Test
    void the_director_named_by_the_environment_without_a_password_gets_a_one_time_link() {
        noDirectorYet();
        long lycee = jdbc.queryForObject("select id from establishment where uai = '0179912G'", Long.class);

        String token = firstDirector.fromEnvironment(new FirstDirector.Settings("premier.dir", "Marie Premier", "marie@ecole.example", "",
                "0179912G")).orElseThrow();

        assertThat(links.holder(token)).get().satisfies(holder -> {
            assertThat(holder.username()).isEqualTo("premier.dir");
            assertThat(holder.establishmentIds()).containsExactly(lycee);
        });
        links.setPassword(token, "la phrase choisie par la directrice");
        assertThat(((LocalUserPrincipal) users.loadUserByUsername("premier.dir")).mustChangePassword()).isFalse();
    }

    @Test
    void a_weak_password_or_an_unknown_establishment_in_the_environment_stops_the_start_with_what_to_fix() {
        noDirectorYet();
        assertThatThrownBy(() -> firstDirector.fromEnvironment(new FirstDirector.Settings("premier.dir", null, "marie@ecole.example", "court", null)))
                .hasMessageContaining("PREAU_FIRST_DIRECTOR_PASSWORD").hasMessageContaining("au moins 12 caractères");
        assertThatThrownBy(() -> firstDirector.fromEnvironment(new FirstDirector.Settings("premier.dir", null, "marie@ecole.example", null, "0000000X")))
                .hasMessageContaining("PREAU_FIRST_DIRECTOR_ESTABLISHMENTS");
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'premier.dir'", Integer.class)).isZero();
    }

    @Test
    void the_set_up_link_creates_one_director_serving_every_establishment_and_then_stops_working() {
        noDirectorYet();
        String older = firstDirector.setUpLink().orElseThrow();
        String token = firstDirector.setUpLink().orElseThrow();
        assertThat(links.firstDirectorLinkUsable(older)).as("a new start makes a new link: the older one ends").isFalse();
        assertThat(links.firstDirectorLinkUsable(token)).isTrue();

        assertThatThrownBy(() -> firstDirector.createWithSetUpLink(token, new AccountDraft("x", "Marie", "marie@ecole.example", Set.of(), Set.of()),
                "la phrase de la première directrice")).isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThat(firstDirector.createWithSetUpLink(token, new AccountDraft("marie.premier", "Marie Premier", "marie@ecole.example",
                Set.of(Role.TEACHER), Set.of()), "la phrase de la première directrice")).isEqualTo("marie.premier");

        LocalUserPrincipal director = (LocalUserPrincipal) users.loadUserByUsername("marie.premier");
        assertThat(director.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_DIRECTOR");
        assertThat(director.establishmentIds()).hasSize((int) establishments());
        assertThat(links.firstDirectorLinkUsable(token)).isFalse();
        assertThatThrownBy(() -> firstDirector.createWithSetUpLink(token, new AccountDraft("autre.dir", "Autre", "autre@ecole.example", Set.of(),
                Set.of()), "la phrase de la première directrice")).isInstanceOf(AccountException.class);
        assertThat(firstDirector.setUpLink()).as("a director exists now").isEmpty();
    }
}
