package org.preau.privacy;

import org.junit.jupiter.api.Test;
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
        List<Long> two = forms.members().stream().map(SegecMember::id).limit(2).toList();
        assertThat(two).hasSize(2);
        long establishment = currentUser.establishmentId();
        long before = rows(establishment, two);

        byte[] pdf = forms.printAll(two);
        forms.printEach(two.subList(0, 1));

        assertThat(pdf).isNotEmpty();
        assertThat(rows(establishment, two)).isEqualTo(before + 3);
        assertThat(jdbc.queryForObject("select through from access_audit where establishment_id = ? and subject_kind = 'STAFF' "
                + "order by id desc limit 1", String.class, establishment)).isEqualTo("Formulaire d'autorisation SeGEC");
    }

    private long rows(long establishment, List<Long> staff) {
        return jdbc.queryForObject("select count(*) from access_audit where establishment_id = ? and subject_kind = 'STAFF' "
                + "and action = 'DOWNLOAD' and subject_id in (?, ?)", Long.class, establishment, staff.get(0), staff.get(1));
    }
}
