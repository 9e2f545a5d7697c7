package org.preau.demo;

import org.preau.establishment.EstablishmentProvisioning;
import org.preau.establishment.EstablishmentSummary;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.ImportedLearner;
import org.preau.learner.KnownLearner;
import org.preau.learner.LearnerRoster;
import org.preau.learner.RosterChanges;
import org.preau.miroir.CapitalPeriodesImport;
import org.preau.miroir.MiroirPupils;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    private static final String[] LEVELS = {"M1", "M2", "M3", "P1", "P2", "P3", "P4", "P5", "P6"};
    private static final String[] IMPLANTATIONS = {"Centre", "Les Tilleuls"};
    private static final String[] NOMS = {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
            "Wouters", "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Renard", "Lemaire", "Collard", "Hermans"};
    private static final String[] PRENOMS = {"Lucas", "Emma", "Louis", "Olivia", "Noah", "Louise", "Arthur", "Alice", "Jules", "Lina",
            "Adam", "Mila", "Victor", "Elena", "Liam", "Juliette", "Hugo", "Chloé", "Nathan", "Zoé", "Gabriel", "Léa", "Mohamed"};
    private static final int PUPILS = 120;

    private final EstablishmentProvisioning establishments;
    private final org.springframework.beans.factory.ObjectProvider<UserDetailsService> users;
    private final CurrentUser currentUser;
    private final SchoolYearService years;
    private final LearnerRoster roster;
    private final MiroirPupils pupils;
    private final CapitalPeriodesImport capital;
    private final StaffDirectory staff;
    private final Clock clock;

    DemoMiroir(EstablishmentProvisioning establishments, org.springframework.beans.factory.ObjectProvider<UserDetailsService> users, CurrentUser currentUser, SchoolYearService years,
               LearnerRoster roster, MiroirPupils pupils, CapitalPeriodesImport capital, StaffDirectory staff, Clock clock) {
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
        EstablishmentSummary ecole = establishments.findByCode(DemoData.ECOLE_FASE).orElse(null);
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
            if (roster.snapshot(current.id()).containsKey(key(1))) return;
            enrolPrevious(previous);
            enrolCurrent(current);
            years.select(previous.id());
            pupils.confirm("demo-eleves-" + previous.label() + ".csv", pupilCsv(previous, -1));
            years.select(current.id());
            pupils.confirm("demo-eleves-" + current.label() + ".csv", pupilCsv(current, 0));
            if (capital.lines(current.id()).isEmpty()) {
                capital.confirm("capital-periodes-" + current.label() + ".csv", capitalCsv(current));
            }
            log.info("Miroir demo ready: {} pupils in {} and {}, capital-périodes of {}", PUPILS, previous.label(), current.label(), current.label());
        } catch (RuntimeException e) {
            log.warn("Miroir demo not loaded: {}", e.getMessage());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String key(int i) {
        return String.format("BE-%04d", i);
    }

    /** The pupil's level in the current year (offset 0) or the previous one (-1); null when not at school then. */
    private static String level(int i, int offset) {
        int index;
        String extra;
        if (i > PUPILS) return offset == -1 ? "P6" : null; // last year's 6th year, gone to secondary school
        index = (i - 1) % LEVELS.length + offset;
        extra = index < 0 ? null : LEVELS[index];
        return extra;
    }

    private static String implantation(int i) {
        return IMPLANTATIONS[(i / 3) % 2];
    }

    private void enrolPrevious(SchoolYearView previous) {
        List<ImportedLearner> writes = new ArrayList<>();
        for (int i = 1; i <= PUPILS + 14; i++) {
            String level = level(i, -1);
            if (level == null) continue;
            writes.add(learner(null, i, level, ImportedLearner.Movement.ARRIVED, true));
        }
        roster.apply(previous.id(), new RosterChanges(writes, List.of()));
    }

    private void enrolCurrent(SchoolYearView current) {
        Map<String, KnownLearner> known = roster.snapshot(current.id());
        List<ImportedLearner> writes = new ArrayList<>();
        for (int i = 1; i <= PUPILS; i++) {
            KnownLearner k = known.get(key(i));
            writes.add(learner(k == null ? null : k.learnerId(), i, level(i, 0),
                    k == null ? ImportedLearner.Movement.ARRIVED : ImportedLearner.Movement.NONE, k == null));
        }
        roster.apply(current.id(), new RosterChanges(writes, List.of()));
    }

    private ImportedLearner learner(Long id, int i, String level, ImportedLearner.Movement movement, boolean identity) {
        String nom = NOMS[(i * 7) % NOMS.length];
        String prenom = PRENOMS[(i * 5) % PRENOMS.length];
        int age = level.startsWith("M") ? 2 + level.charAt(1) - '0' : 5 + level.charAt(1) - '0';
        LocalDate birth = LocalDate.of(LocalDate.now(clock).getYear() - age - 1, 1 + i % 12, 1 + i % 28);
        return new ImportedLearner(id, key(i), null, key(i), nom, null, prenom, null, null, i % 2 == 0 ? "F" : "M", birth,
                level + (implantation(i).equals("Centre") ? "-C" : "-T"), null, null, true, null, null, identity, true, movement);
    }

    private byte[] pupilCsv(SchoolYearView year, int offset) {
        StringBuilder csv = new StringBuilder("Identifiant;Nom;Prénom;Niveau;Implantation;CEB\n");
        for (int i = 1; i <= PUPILS + 14; i++) {
            String level = level(i, offset);
            if (level == null) continue;
            String ceb = "";
            if (offset == -1 && "P6".equals(level)) ceb = i % 11 == 0 ? "échec" : i % 17 == 0 ? "non présenté" : "réussi";
            csv.append(key(i)).append(';').append(NOMS[(i * 7) % NOMS.length]).append(';').append(PRENOMS[(i * 5) % PRENOMS.length])
                    .append(';').append(level).append(';').append(implantation(i)).append(';').append(ceb).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
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
