package org.preau.learner;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.base.WaitingItem;
import org.preau.establishment.SchoolYearView;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SettableClock;
import org.preau.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** The teacher's home page: their classes and the pupils without a bilan this term, from the 2024 SIECLE sample. */
@PreauIntegrationTest
class TeacherClassesTest {

    @Autowired TeacherClasses classes;
    @Autowired LearnerKeyCounts keyCounts;
    @Autowired TeacherDivisionProvisioning divisions;
    @Autowired LyceeLearners lycee;
    @Autowired SignedIn signedIn;
    @Autowired SettableClock clock;
    @Autowired JdbcTemplate jdbc;

    SchoolYearView y2024;
    String first;
    String second;

    @BeforeEach
    void twoClasses() {
        signedIn.forget();
        lycee.clear();
        y2024 = lycee.import2024();
        List<String> largest = jdbc.queryForList("select division from enrolment where establishment_id = ? and school_year_id = ? and active "
                + "and division is not null group by division order by count(*) desc, division limit 2", String.class, lycee.lyceeId(), y2024.id());
        first = largest.get(0);
        second = largest.get(1);
        divisions.assign(lycee.lyceeId(), y2024.id(), ENSEIGNANT, first);
        divisions.assign(lycee.lyceeId(), y2024.id(), ENSEIGNANT, second);
        for (String user : List.of(ENSEIGNANT, SECRETAIRE)) signedIn.as(user, () -> lycee.workIn(y2024));
        clock.set(Instant.parse("2025-02-10T10:00:00Z")); // second term: from 1 January 2025
    }

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.forget();
        lycee.clear();
    }

    private long activeIn(String division) {
        return jdbc.queryForObject("select count(*) from enrolment where establishment_id = ? and school_year_id = ? and active and division = ?",
                Long.class, lycee.lyceeId(), y2024.id(), division);
    }

    private void bilan(long learnerId, LocalDate date) {
        jdbc.update("insert into learner_record (establishment_id, learner_id, kind, record_date, author, author_name, title, content, created_at) "
                + "values (?, ?, 'BILAN', ?, 'enseignant', 'Théo Petit', 'Bilan', 'Texte', now(6))", lycee.lyceeId(), learnerId, date);
    }

    @Test
    void each_class_counts_its_pupils_without_a_bilan_this_term_and_links_to_its_list() {
        List<Long> firstPupils = jdbc.queryForList("select learner_id from enrolment where establishment_id = ? and school_year_id = ? and active "
                + "and division = ? order by learner_id limit 3", Long.class, lycee.lyceeId(), y2024.id(), first);
        bilan(firstPupils.get(0), LocalDate.of(2025, 1, 15));
        bilan(firstPupils.get(1), LocalDate.of(2025, 2, 3));
        bilan(firstPupils.get(1), LocalDate.of(2025, 2, 4)); // two bilans: still one pupil
        bilan(firstPupils.get(2), LocalDate.of(2024, 12, 15)); // last term's: does not count

        Map<String, WaitingItem> byClass = new java.util.HashMap<>();
        signedIn.as(ENSEIGNANT, () -> classes.waiting()).forEach(i -> byClass.put((String) i.arguments().get(1), i));

        assertThat(byClass).containsOnlyKeys(first, second);
        assertThat(byClass.get(first).count()).isEqualTo(activeIn(first) - 2);
        assertThat(byClass.get(first).textKey()).isEqualTo("home.teacher.withoutBilan");
        assertThat(byClass.get(first).route()).isEqualTo("eleves/liste?division=" + java.net.URLEncoder.encode(first, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(byClass.get(second).count()).isEqualTo(activeIn(second));
    }

    @Test
    void a_class_where_every_pupil_has_a_bilan_is_shown_calmly_with_its_size() {
        jdbc.queryForList("select learner_id from enrolment where establishment_id = ? and school_year_id = ? and active and division = ?",
                Long.class, lycee.lyceeId(), y2024.id(), second).forEach(id -> bilan(id, LocalDate.of(2025, 1, 20)));

        WaitingItem line = signedIn.as(ENSEIGNANT, () -> classes.waiting()).stream()
                .filter(i -> second.equals(i.arguments().get(1))).findFirst().orElseThrow();
        assertThat(line.textKey()).isEqualTo("home.teacher.class");
        assertThat(line.severity()).isEqualTo(WaitingItem.Severity.INFO);
        assertThat(line.arguments()).containsExactly(activeIn(second), second);
        assertThat(line.count()).as("nothing waits: no badge").isZero();
    }

    @Test
    void a_teacher_without_classes_is_told_why_and_the_secretary_gets_the_years_counts_instead() {
        divisions.clear(lycee.lyceeId(), y2024.id(), ENSEIGNANT);
        assertThat(signedIn.as(ENSEIGNANT, () -> classes.waiting())).extracting(WaitingItem::textKey).containsExactly("home.teacher.noClass");
        assertThat(signedIn.as(SECRETAIRE, () -> classes.waiting())).isEmpty();

        Long active = jdbc.queryForObject("select count(*) from enrolment where establishment_id = ? and school_year_id = ? and active",
                Long.class, lycee.lyceeId(), y2024.id());
        assertThat(signedIn.as(SECRETAIRE, () -> keyCounts.keyCounts())).first().satisfies(c -> {
            assertThat(c.textKey()).isEqualTo("home.count.learners");
            assertThat(c.count()).isEqualTo(active).isPositive();
        });
        assertThat(signedIn.as(ENSEIGNANT, () -> keyCounts.keyCounts())).isEmpty();
    }
}
