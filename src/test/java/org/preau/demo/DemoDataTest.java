package org.preau.demo;

import org.junit.jupiter.api.Test;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@PreauIntegrationTest
class DemoDataTest {

    @Autowired
    DemoData demoData;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_second_start_does_not_duplicate_the_demo_data() throws Exception {
        int accounts = count("user_account");
        int establishments = count("establishment");
        int bodies = count("organising_body");

        demoData.run(null);

        assertThat(count("user_account")).isEqualTo(accounts).isGreaterThanOrEqualTo(5);
        assertThat(count("establishment")).isEqualTo(establishments);
        assertThat(count("organising_body")).isEqualTo(bodies);
    }

    @Test
    void there_is_one_account_per_role_and_the_director_serves_both_establishments() {
        assertThat(jdbc.queryForList("select distinct role from user_account_role", String.class))
                .contains("SECRETARY", "DIRECTOR", "INSPECTOR", "TEACHER");
        assertThat(jdbc.queryForObject("""
                select count(*) from user_account_establishment ue join user_account u on u.id = ue.user_account_id
                where u.username = 'directeur'""", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select password_hash from user_account where username = 'directeur'", String.class))
                .startsWith("{bcrypt}").doesNotContain(DemoData.PASSWORD);
    }

    @Test
    void the_french_lycee_has_a_valid_uai_and_the_belgian_school_a_fase_number() {
        assertThat(jdbc.queryForList("select uai from establishment where school_system = 'FR'", String.class))
                .isNotEmpty().allMatch(org.preau.establishment.Uai::isValid);
        assertThat(jdbc.queryForList("select fase from establishment where school_system = 'BE'", String.class)).contains("5432");
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
