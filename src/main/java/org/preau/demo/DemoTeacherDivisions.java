package org.preau.demo;

import org.preau.base.SchoolYearLabel;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.TeacherDivisionProvisioning;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The demo teacher serves the divisions 2NDE 1 and 1G1 of the lycée in the current school year
 * (the names SIECLE exports use), until the STS-WEB import fills the teachers' divisions.
 * Runs once the demo establishments exist.
 */
@Component
@ConditionalOnProperty(name = "preau.demo.enabled", havingValue = "true")
class DemoTeacherDivisions {

    static final String TEACHER = "enseignant";
    static final String[] DIVISIONS = {"2NDE 1", "1G1"};

    private final EtablissementProvisioning establishments;
    private final TeacherDivisionProvisioning teacherDivisions;
    private final Clock clock;

    DemoTeacherDivisions(EtablissementProvisioning establishments, TeacherDivisionProvisioning teacherDivisions, Clock clock) {
        this.establishments = establishments;
        this.teacherDivisions = teacherDivisions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(10)
    void assign() {
        establishments.findByCode(DemoData.LYCEE_UAI).ifPresent(lycee -> {
            SchoolYearView year = establishments.ensureSchoolYear(lycee.id(), SchoolYearLabel.startYear(LocalDate.now(clock)),
                    SchoolYearState.EN_COURS);
            for (String division : DIVISIONS) teacherDivisions.assign(lycee.id(), year.id(), TEACHER, division);
        });
    }
}
