package org.preau.privacy;

import org.junit.jupiter.api.Test;
import org.preau.segec.SegecFixtures;
import org.preau.segec.SegecForms;
import org.preau.segec.SegecMember;
import org.preau.support.DemoUsers;
import org.preau.support.PreauIntegrationTest;
import org.preau.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The SeGEC authorisation forms carry each member's name and e-mail: printing them leaves one journal row per member. */
@PreauIntegrationTest
@WithUserDetails(DemoUsers.SECRETAIRE_BE)
class SegecFormAuditTest {

    @Autowired SegecForms forms;
    @Autowired CurrentUser currentUser;
    @Autowired JdbcTemplate jdbc;

    @Test
    void printing_the_forms_of_two_members_leaves_a_download_row_for_each_of_them() {
        long establishment = currentUser.establishmentId();
        // two teachers of its own: another test of the shared database may have emptied the école's staff
        List<Long> mine = List.of(teacher(establishment, "Essai-Audit-Aerts"), teacher(establishment, "Essai-Audit-Baert"));
        List<Long> two = forms.members().stream().map(SegecMember::id).filter(mine::contains).toList();
        assertThat(two).containsExactlyInAnyOrderElementsOf(mine);
        long before = rows(establishment, two);

        byte[] pdf = forms.printAll(two);
        forms.printEach(two.subList(0, 1));

        assertThat(pdf).isNotEmpty();
        assertThat(rows(establishment, two)).isEqualTo(before + 3);
        assertThat(jdbc.queryForObject("select through from access_audit where establishment_id = ? and subject_kind = 'STAFF' "
                + "order by id desc limit 1", String.class, establishment)).isEqualTo("Formulaire d'autorisation SeGEC");
    }

    @Test
    @WithUserDetails("enseignant.be")
    void a_teacher_printing_their_own_form_leaves_one_download_row_about_themselves() {
        long establishment = currentUser.establishmentId();
        SegecFixtures.reset(jdbc);
        // a record of its own linked to the account: another test of the shared database may have emptied the école's staff
        Long demoRecord = jdbc.queryForList("select id from staff_member where establishment_id = ? and username = 'enseignant.be'", Long.class,
                establishment).stream().findFirst().orElse(null);
        jdbc.update("update staff_member set username = null where establishment_id = ? and username = 'enseignant.be'", establishment);
        long own = teacher(establishment, "Essai-Audit-Soi");
        jdbc.update("update staff_member set username = 'enseignant.be' where id = ?", own);
        try {
            long before = rows(establishment, List.of(own, own));

            assertThat(forms.printMine()).isNotEmpty();

            assertThat(rows(establishment, List.of(own, own))).isEqualTo(before + 1);
            assertThat(jdbc.queryForMap("select actor, through from access_audit where establishment_id = ? and subject_kind = 'STAFF' "
                    + "order by id desc limit 1", establishment)).containsEntry("actor", "enseignant.be")
                    .containsEntry("through", "Formulaire d'autorisation SeGEC");
        } finally {
            jdbc.update("update staff_member set username = null where id = ?", own);
            if (demoRecord != null) jdbc.update("update staff_member set username = 'enseignant.be' where id = ?", demoRecord);
        }
    }

    private long rows(long establishment, List<Long> staff) {
        return jdbc.queryForObject("select count(*) from access_audit where establishment_id = ? and subject_kind = 'STAFF' "
                + "and action = 'DOWNLOAD' and subject_id in (?, ?)", Long.class, establishment, staff.get(0), staff.get(1));
    }

    private long teacher(long establishment, String nom) {
        long year = jdbc.queryForObject("select id from school_year where establishment_id = ? and state = 'EN_COURS' "
                + "order by start_year desc limit 1", Long.class, establishment);
        jdbc.update("insert into staff_member (establishment_id, nom_usage, prenom, email_perso, created_at) "
                + "values (?, ?, 'Test', ?, current_timestamp(6))", establishment, nom, nom.toLowerCase() + "@example.org");
        long id = jdbc.queryForObject("select max(id) from staff_member where establishment_id = ? and nom_usage = ?", Long.class,
                establishment, nom);
        jdbc.update("insert into staff_function (establishment_id, staff_member_id, school_year_id, code, source) "
                + "values (?, ?, ?, 'ENS', 'MANUAL')", establishment, id, year);
        return id;
    }
}
