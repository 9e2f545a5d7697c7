package org.preau.learner;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.EtablissementClock;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.siecle.ImportKind;
import org.preau.siecle.SiecleImports;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.preau.support.Samples;
import org.preau.support.SettableClock;
import org.preau.staff.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

/**
 * The server runs on UTC; the school lives on Paris (or Brussels) time. At 23:30 UTC on the 6th
 * it is already 00:30 on the 7th in Paris: a bilan dated the 7th is today's, not the future's.
 */
@PreauIntegrationTest
class EtablissementTodayTest {

    /** 23:30 UTC on 6 December = 00:30 on 7 December in Paris and in Brussels (winter time). */
    static final Instant HALF_PAST_MIDNIGHT_IN_PARIS = Instant.parse("2026-12-06T23:30:00Z");

    @Autowired
    SettableClock clock;
    @Autowired
    EtablissementClock establishmentClock;
    @Autowired
    LearnerRecordService records;
    @Autowired
    StaffDirectory staff;
    @Autowired
    SiecleImports imports;
    @Autowired
    SchoolYearService schoolYears;
    @Autowired
    TeacherDivisionProvisioning teacherDivisions;
    @Autowired
    LyceeLearners lycee;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;

    SchoolYearView y2024;

    @BeforeEach
    void importedLycee() {
        y2024 = lycee.withoutLearners(2024);
        as(SECRETAIRE, () -> imports.confirm(imports.prepare(ImportKind.SIECLE_BEE, y2024.id(), "ElevesSansAdresses.xml",
                Samples.bytes("lycee-verdier/2024/ElevesSansAdresses.xml"), null), null));
        teacherDivisions.assign(lycee.lyceeId(), y2024.id(), ENSEIGNANT, "2NDE 1");
        clock.set(HALF_PAST_MIDNIGHT_IN_PARIS);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void as(String username, Runnable work) {
        signedIn.afresh(username, () -> {
            if (!username.endsWith(".be")) schoolYears.select(y2024.id());
            work.run();
        });
    }

    @Test
    void at_half_past_midnight_in_paris_a_bilan_dated_that_day_is_accepted() {
        long bernard = jdbc.queryForObject("select id from learner where establishment_id = ? and nom = 'BERNARD' limit 1",
                Long.class, lycee.lyceeId());
        as(ENSEIGNANT, () -> {
            assertThat(records.today()).isEqualTo(LocalDate.of(2026, 12, 7));
            LearnerRecordView written = records.create(bernard,
                    new RecordDraft(RecordKind.BILAN, LocalDate.of(2026, 12, 7), "Bilan de la nuit", "Écrit après minuit."));
            assertThat(written.date()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThatThrownBy(() -> records.create(bernard,
                    new RecordDraft(RecordKind.BILAN, LocalDate.of(2026, 12, 8), "Demain", "Pas encore.")))
                    .isInstanceOf(RecordRejectedException.class)
                    .satisfies(e -> assertThat(((RecordRejectedException) e).messageKey()).isEqualTo("learner.record.error.future"));
        });
    }

    @Test
    void every_today_of_a_french_school_is_paris_s_and_of_a_belgian_school_brussels_s() {
        as(SECRETAIRE, () -> {
            assertThat(establishmentClock.zone()).hasToString("Europe/Paris");
            assertThat(establishmentClock.today()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(staff.today()).isEqualTo(LocalDate.of(2026, 12, 7));
        });
        as(SECRETAIRE_BE, () -> {
            assertThat(establishmentClock.zone()).hasToString("Europe/Brussels");
            assertThat(establishmentClock.today()).isEqualTo(LocalDate.of(2026, 12, 7));
        });
        clock.set(Instant.parse("2026-12-06T22:30:00Z"));
        as(SECRETAIRE, () -> assertThat(establishmentClock.today()).as("23:30 in Paris is still the 6th")
                .isEqualTo(LocalDate.of(2026, 12, 6)));
    }
}
