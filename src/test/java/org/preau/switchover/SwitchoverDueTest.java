package org.preau.switchover;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.base.WaitingItem;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.security.CurrentUser;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SettableClock;
import org.preau.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** The director's switchover line: from 1 June in the establishment's own calendar, late from the new year's first day. */
@PreauIntegrationTest
class SwitchoverDueTest {

    @Autowired SwitchoverDue due;
    @Autowired SchoolYearService years;
    @Autowired CurrentUser currentUser;
    @Autowired LyceeLearners lycee;
    @Autowired SignedIn signedIn;
    @Autowired SettableClock clock;

    SchoolYearView running;

    @BeforeEach
    void inTheLycee() {
        signedIn.forget();
        running = signedIn.as(DIRECTEUR, () -> {
            currentUser.switchEstablishment(lycee.lyceeId());
            return years.list().stream().filter(y -> y.state() == SchoolYearState.EN_COURS).findFirst().orElseThrow();
        });
    }

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.forget();
    }

    private List<WaitingItem> at(String instant) {
        clock.set(Instant.parse(instant));
        return signedIn.as(DIRECTEUR, () -> due.waiting());
    }

    @Test
    void nothing_is_due_until_the_last_day_of_may_in_paris_even_when_utc_still_says_may() {
        int end = running.startYear() + 1;
        assertThat(at(end + "-05-31T21:30:00Z")).isEmpty(); // 23:30 in Paris

        List<WaitingItem> items = at(end + "-05-31T22:30:00Z"); // 00:30 on 1 June in Paris

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.textKey()).isEqualTo("home.switchover.due");
            assertThat(item.severity()).isEqualTo(WaitingItem.Severity.TO_DO);
            assertThat(item.route()).isEqualTo("parametres/annees-scolaires");
            assertThat(item.arguments()).containsExactly(end + "-" + (end + 1), running.label());
        });
    }

    @Test
    void from_the_first_day_of_the_new_year_a_switchover_not_made_is_late() {
        int end = running.startYear() + 1;
        assertThat(at(end + "-07-31T21:30:00Z")).extracting(WaitingItem::textKey).containsExactly("home.switchover.due");
        assertThat(at(end + "-07-31T22:30:00Z")).extracting(WaitingItem::textKey).containsExactly("home.switchover.late");
    }

    @Test
    void the_secretary_and_the_teacher_are_not_shown_the_switchover() {
        int end = running.startYear() + 1;
        clock.set(Instant.parse(end + "-06-15T10:00:00Z"));
        assertThat(signedIn.as(SECRETAIRE, () -> due.waiting())).isEmpty();
        assertThat(signedIn.as(ENSEIGNANT, () -> due.waiting())).isEmpty();
    }
}
