package org.preau.transfer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.base.WaitingItem;
import org.preau.establishment.ModuleSettings;
import org.preau.establishment.PreauModule;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** The French director's line for recent leavers whose records were never transferred. */
@PreauIntegrationTest
class ManualTransfersWaitingTest {

    @Autowired ManualTransfersWaiting waiting;
    @Autowired ModuleSettings modules;
    @Autowired CurrentUser currentUser;
    @Autowired LyceeLearners lycee;
    @Autowired SignedIn signedIn;
    @Autowired JdbcTemplate jdbc;

    SchoolYearView y2024;

    @BeforeEach
    void leavers() {
        signedIn.forget();
        lycee.clear();
        y2024 = lycee.import2024();
        List<Long> ids = jdbc.queryForList("select learner_id from enrolment where school_year_id = ? and active order by learner_id limit 3",
                Long.class, y2024.id());
        jdbc.update("update enrolment set active = false, deactivated_at = now(6) - interval 2 day where learner_id in (?, ?) and school_year_id = ?",
                ids.get(0), ids.get(1), y2024.id());
        jdbc.update("update enrolment set active = false, deactivated_at = now(6) - interval 100 day where learner_id = ? and school_year_id = ?",
                ids.get(2), y2024.id());
        signedIn.as(DIRECTEUR, () -> {
            currentUser.switchEstablishment(lycee.lyceeId());
            modules.set(PreauModule.TRANSFERTS, true);
        });
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from establishment_module where establishment_id = ? and module = 'TRANSFERTS'", lycee.lyceeId());
        signedIn.forget();
        lycee.clear();
    }

    private long recentLeaversBeforeThisTest() {
        // the 2024 sample has its own leavers (deactivated by the import, a moment ago): they count as recent too
        return jdbc.queryForObject("select count(*) from enrolment where school_year_id = ? and not active and deactivated_at > now(6) - interval 60 day",
                Long.class, y2024.id());
    }

    @Test
    void recent_leavers_never_transferred_are_counted_and_lead_to_the_manual_transfers() {
        List<WaitingItem> items = signedIn.as(DIRECTEUR, () -> waiting.waiting());

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.count()).isEqualTo(recentLeaversBeforeThisTest()).isGreaterThanOrEqualTo(2);
            assertThat(item.route()).isEqualTo("eleves/transferts/manuels");
        });
    }

    @Test
    void with_transfers_off_for_the_secretary_or_in_the_belgian_school_there_is_no_line() {
        assertThat(signedIn.as(SECRETAIRE, () -> waiting.waiting())).isEmpty();
        long ecole = jdbc.queryForObject("select id from establishment where fase = ?", Long.class, ECOLE_FASE);
        assertThat(signedIn.as(DIRECTEUR, () -> {
            currentUser.switchEstablishment(ecole);
            return waiting.waiting();
        })).isEmpty();
        signedIn.as(DIRECTEUR, () -> {
            currentUser.switchEstablishment(lycee.lyceeId());
            modules.set(PreauModule.TRANSFERTS, false);
        });
        assertThat(signedIn.as(DIRECTEUR, () -> waiting.waiting())).isEmpty();
    }
}
