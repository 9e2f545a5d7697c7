package org.preau.demo;

import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.LearnerRoster;
import org.preau.miroir.CapitalPeriodesImport;
import org.preau.pupil.PupilImport;
import org.preau.security.CurrentUser;
import org.preau.staff.StaffDirectory;
import org.preau.staff.StaffListItem;
import org.preau.staff.StaffQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The école's Miroir demo: about 120 pupils in the current year and the previous one (M1–M3,
 * P1–P6, two implantations, the CEB results of last year's 6th year) and a capital-périodes for
 * the current year, entered as the director would (through the services, signed in as them).
 * Runs once: a later start finds the pupils and the capital and adds nothing.
 */
@Component
@ConditionalOnProperty(name = "preau.demo.enabled", havingValue = "true")
class DemoMiroir {

    private static final Logger log = LoggerFactory.getLogger(DemoMiroir.class);
    private static final String[] IMPLANTATIONS = DemoPupilCsv.IMPLANTATIONS;

    private final EtablissementProvisioning establishments;
    private final org.springframework.beans.factory.ObjectProvider<UserDetailsService> users;
    private final CurrentUser currentUser;
    private final SchoolYearService years;
    private final LearnerRoster roster;
    private final PupilImport pupils;
    private final CapitalPeriodesImport capital;
    private final StaffDirectory staff;
    private final Clock clock;

    DemoMiroir(EtablissementProvisioning establishments, org.springframework.beans.factory.ObjectProvider<UserDetailsService> users, CurrentUser currentUser, SchoolYearService years,
               LearnerRoster roster, PupilImport pupils, CapitalPeriodesImport capital, StaffDirectory staff, Clock clock) {
        this.establishments = establishments;
        this.users = users;
        this.currentUser = currentUser;
        this.years = years;
        this.roster = roster;
        this.pupils = pupils;
        this.capital = capital;
        this.staff = staff;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(50)
    void loadOnItsOwnThread() throws InterruptedException {
        // signed in as the director on a thread of its own: the starting thread's security context stays untouched
        Thread loader = new Thread(this::load, "demo-miroir");
        loader.start();
        loader.join();
    }

    private void load() {
        EtablissementSummary ecole = establishments.findByCode(DemoData.ECOLE_FASE).orElse(null);
        if (ecole == null) return;
        int start = org.preau.base.SchoolYearLabel.startYear(LocalDate.now(clock));
        SchoolYearView current = establishments.ensureSchoolYear(ecole.id(), start, SchoolYearState.EN_COURS);
        SchoolYearView previous = establishments.ensureSchoolYear(ecole.id(), start - 1, SchoolYearState.CLOTUREE);
        UserDetailsService accounts = users.getIfAvailable();
        if (accounts == null) return; // single sign-on: no local accounts to act as
        UserDetails director = accounts.loadUserByUsername("directeur");
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(director, null, director.getAuthorities()));
        SecurityContextHolder.setContext(security);
        try {
            currentUser.switchEstablishment(ecole.id());
            if (roster.snapshot(current.id()).values().stream().anyMatch(k -> k.enrolledIn(current.id()))) return;
            // the école's pupils come in as a school would bring them: a CSV per year through the pupil import
            years.select(previous.id());
            pupils.confirm("demo-eleves-" + previous.label() + ".csv", DemoPupilCsv.of(previous.startYear(), -1));
            years.select(current.id());
            pupils.confirm("demo-eleves-" + current.label() + ".csv", DemoPupilCsv.of(current.startYear(), 0));
            if (capital.lines(current.id()).isEmpty()) {
                capital.confirm("capital-periodes-" + current.label() + ".csv", capitalCsv(current));
            }
            log.info("Miroir demo ready: {} pupils in {} and {}, capital-périodes of {}", DemoPupilCsv.PUPILS, previous.label(), current.label(), current.label());
        } catch (RuntimeException e) {
            log.warn("Miroir demo not loaded: {}", e.getMessage());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Allotments per implantation and nature, and an attribution to each teacher the école has this year (if any yet). */
    private byte[] capitalCsv(SchoolYearView year) {
        String prefix = DemoData.ECOLE_FASE + ";" + year.label() + ";";
        StringBuilder csv = new StringBuilder("FASE;Année scolaire;Implantation;Niveau;Nature;Périodes;Enseignant nom;Enseignant prénom\n");
        csv.append(prefix).append("Centre;P;ENC;96;;\n");
        csv.append(prefix).append("Centre;P;EDPHY;8;;\n");
        csv.append(prefix).append("Centre;P;PHILO;12;;\n");
        csv.append(prefix).append("Centre;P5;LANG;4;;\n");
        csv.append(prefix).append("Les Tilleuls;P;ENC;72;;\n");
        csv.append(prefix).append("Les Tilleuls;P;EDPHY;6;;\n");
        csv.append(prefix).append("Centre;M;ENC;52;;\n");
        csv.append(prefix).append("Les Tilleuls;M;ENC;26;;\n");
        List<StaffListItem> teachers = staff.list(new StaffQuery(null, "ENS", StaffQuery.Status.IN_FUNCTION, year.id()), 0, 100);
        for (int t = 0; t < teachers.size(); t++) {
            StaffListItem teacher = teachers.get(t);
            csv.append(prefix).append(IMPLANTATIONS[t % 2]).append(";P").append(1 + t % 6).append(";ENC;24;")
                    .append(teacher.nomUsage()).append(';').append(teacher.prenom()).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
