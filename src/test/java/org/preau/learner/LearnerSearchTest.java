package org.preau.learner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.preau.establishment.SchoolYearView;
import org.preau.support.LyceeLearners;
import org.preau.support.PreauIntegrationTest;
import org.preau.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.support.DemoUsers.*;

/** Finding a learner by any word of their names, whatever the case and the accents. */
@PreauIntegrationTest
class LearnerSearchTest {

    @Autowired
    LearnerService learners;
    @Autowired
    LyceeLearners lycee;
    @Autowired
    SignedIn signedIn;

    SchoolYearView y2024;

    @BeforeEach
    void importedLycee() {
        y2024 = lycee.imported2024WithTheTeacherIn2nde1();
    }

    /** Runs as a demo user working in year 2024 (the demo's current year is later). */
    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return signedIn.afresh(username, () -> {
            lycee.workIn(y2024);
            return work.get();
        });
    }

    private List<String> found(String words) {
        return learners.page(new LearnerFilter(null, null, LearnerStatus.ALL, words), 0, 50).stream()
                .map(r -> r.displayName() + " " + r.prenom()).toList();
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_first_name_finds_every_learner_who_bears_it_with_what_tells_them_apart() {
        lycee.workIn(y2024);
        List<LearnerRow> hugos = learners.page(new LearnerFilter(null, null, LearnerStatus.ALL, "hugo"), 0, 50);
        assertThat(hugos).hasSize(2).allSatisfy(r -> assertThat(r.nom()).isEqualTo("DUPONT"));
        assertThat(hugos).extracting(r -> r.birthDate().toString()).containsExactlyInAnyOrder("2008-02-11", "2009-06-17");
        assertThat(found("Hugo Dupont")).hasSize(2);
        assertThat(found("dupont hugo")).hasSize(2);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void accents_and_case_do_not_matter_and_any_word_of_a_compound_name_is_found() {
        lycee.workIn(y2024);
        assertThat(found("heloise")).containsExactly("GIRARD Héloïse");
        assertThat(found("CHLOE")).containsExactly("FONTAINE Chloë");
        assertThat(found("eve")).containsExactly("ROBIN Marie-Ève");
        assertThat(found("louis")).containsExactly("DE LA ROCHE Pierre-Louis");
        assertThat(found("hebert")).containsExactly("HÉBERT Gaëtan");
        assertThat(found("martin")).contains("MARTIN-DUVAL Anne-Sophie", "SAINT-MARTIN Noé");
        assertThat(found("Xavierre")).isEmpty();
    }

    @Test
    void a_teacher_finds_only_the_learners_of_their_divisions() {
        long inTheirDivision = as(SECRETAIRE, () -> learners.page(new LearnerFilter(null, null, LearnerStatus.ALL, "hugo"), 0, 50))
                .stream().filter(r -> "2NDE 1".equals(r.division())).count();
        List<LearnerRow> theirs = as(ENSEIGNANT, () -> learners.page(new LearnerFilter(null, null, LearnerStatus.ALL, "hugo"), 0, 50));
        assertThat(theirs).hasSize((int) inTheirDivision).allSatisfy(r -> assertThat(r.division()).isEqualTo("2NDE 1"));
    }
}
