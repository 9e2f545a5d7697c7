package org.preau.demo;

import org.preau.base.SchoolYearLabel;
import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.inspection.DiplomaGrant;
import org.preau.inspection.InspectionProvisioning;
import org.preau.inspection.InspectorAccess;
import org.preau.inspection.Referent;
import org.preau.learner.ImportedLearner;
import org.preau.learner.LearnerRoster;
import org.preau.learner.RosterChanges;
import org.preau.learner.TeacherDivisionProvisioning;
import org.preau.security.LocalAccounts;
import org.preau.security.Role;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code preau.demo.load=lycee} (embedded default only, never production): grows the demo lycée to
 * a real one for the load test in {@code load/}: about 3,000 pupils in 100 divisions, 150 staff,
 * {@value #TEACHERS} teacher, {@value #SECRETARIES} secretary, {@value #DIRECTORS} director and
 * {@value #INSPECTORS} inspector accounts (password {@code preau-demo}), each teacher serving two
 * divisions, the inspectors referents of the Terminale, granted. Written
 * in bulk (one roster write, one password hash) on the first start; later starts find it done.
 */
@Component
@ConditionalOnProperty(name = "preau.demo.enabled", havingValue = "true")
@ConditionalOnProperty(name = "preau.demo.load", havingValue = "lycee")
class DemoLoad {

    static final int TEACHERS = 120;
    static final int SECRETARIES = 20;
    static final int DIRECTORS = 5;
    static final int INSPECTORS = 5;
    static final int PUPILS_PER_DIVISION = 30;
    /** 2NDE 2 … 2NDE 34, 1G2 … 1G34, TG2 … TG34: the demo's 2NDE 1, 1G1 and TG1 come from the samples. */
    static final int DIVISIONS_PER_LEVEL = 33;
    static final String GRANTED_DIPLOMA = "20210019110";

    private static final Logger log = LoggerFactory.getLogger(DemoLoad.class);
    private static final String[] LEVELS = {"2NDE ", "1G", "TG"};
    private static final String[] MEFS = {"20010018110", "20110019110", GRANTED_DIPLOMA};
    private static final String[] NOMS = {"MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS",
            "MOREAU", "LAURENT", "SIMON", "MICHEL", "LEFÈVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL", "FOURNIER",
            "GIRARD", "BONNET", "DUPONT", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT", "MULLER", "FAURE", "ANDRÉ", "MERCIER",
            "BLANC", "GUÉRIN", "BOYER", "GARNIER", "CHEVALIER", "FRANÇOIS", "LEGRAND", "GAUTHIER", "GARCIA", "PERRIN",
            "ROBIN", "CLÉMENT", "MORIN", "NICOLAS", "HENRY", "ROUSSEL", "MATHIEU", "GAUTIER", "MASSON", "MARCHAND", "HADDAD"};
    private static final String[] PRENOMS_F = {"Léa", "Chloé", "Manon", "Inès", "Jade", "Louise", "Zoé", "Camille", "Sarah",
            "Lina", "Aïcha", "Emma", "Éloïse", "Anaïs", "Maëlys", "Clémence", "Juliette", "Noémie"};
    private static final String[] PRENOMS_M = {"Hugo", "Lucas", "Théo", "Nathan", "Louis", "Maël", "Enzo", "Noah", "Jules",
            "Adam", "Gabriel", "Raphaël", "Mathéo", "Bastien", "Yanis", "Rayan", "Étienne", "François"};

    private final EtablissementProvisioning establishments;
    private final LocalAccounts accounts;
    private final LearnerRoster roster;
    private final TeacherDivisionProvisioning teacherDivisions;
    private final StaffDirectory staff;
    private final InspectionProvisioning inspection;
    private final InspectorAccess inspectorAccess;
    private final ObjectProvider<UserDetailsService> users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoLoad(EtablissementProvisioning establishments, LocalAccounts accounts, LearnerRoster roster,
             TeacherDivisionProvisioning teacherDivisions, StaffDirectory staff, InspectionProvisioning inspection,
             InspectorAccess inspectorAccess, ObjectProvider<UserDetailsService> users, JdbcTemplate jdbc, Clock clock) {
        this.establishments = establishments;
        this.accounts = accounts;
        this.roster = roster;
        this.teacherDivisions = teacherDivisions;
        this.staff = staff;
        this.inspection = inspection;
        this.inspectorAccess = inspectorAccess;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** After the demo lycée's samples are imported (order 100), before the accounts are printed. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(200)
    void grow() {
        if (users.getIfAvailable() == null) return; // single sign-on: the load needs local accounts
        establishments.findByCode(DemoData.LYCEE_UAI).ifPresent(lycee -> {
            long t0 = System.nanoTime();
            SchoolYearView year = establishments.ensureSchoolYear(lycee.id(), SchoolYearLabel.startYear(LocalDate.now(clock)),
                    SchoolYearState.EN_COURS);
            int created = accounts.createAllIfAbsent(seeds(lycee.id()), DemoData.PASSWORD);
            for (int t = 1; t <= TEACHERS; t++) {
                for (String division : divisionsOf(t)) teacherDivisions.assign(lycee.id(), year.id(), teacher(t), division);
            }
            Integer known = jdbc.queryForObject("select count(*) from enrolment where school_year_id = ? and division = ?",
                    Integer.class, year.id(), division(0));
            if (known != null && known > 0) {
                log.info("Load data: the lycée was grown on an earlier start ({} accounts created now)", created);
                return;
            }
            as("secretaire", () -> {
                roster.apply(year.id(), new RosterChanges(pupils(year.startYear()), List.of()));
                staffRecords(year.id());
            });
            as("directeur", () -> inspectorGrants(lycee.id()));
            log.info("Load data: the lycée grown by {} divisions of {} pupils, {} staff records and {} accounts, in {} ms",
                    LEVELS.length * DIVISIONS_PER_LEVEL, PUPILS_PER_DIVISION, TEACHERS + SECRETARIES + DIRECTORS + 5, created,
                    (System.nanoTime() - t0) / 1_000_000);
        });
    }

    static String teacher(int n) {
        return String.format(Locale.ROOT, "enseignant.%03d", n);
    }

    /** The n-th load division, n from 0: 2NDE 2, 1G2, TG2, 2NDE 3… */
    static String division(int n) {
        return LEVELS[n % LEVELS.length] + (2 + n / LEVELS.length);
    }

    /** Two divisions per teacher, of two levels: every division has two or three teachers. */
    static List<String> divisionsOf(int teacher) {
        int count = LEVELS.length * DIVISIONS_PER_LEVEL;
        return List.of(division((teacher - 1) % count), division((teacher - 1 + 49) % count));
    }

    private List<LocalAccounts.SeedAccount> seeds(long lyceeId) {
        List<LocalAccounts.SeedAccount> seeds = new ArrayList<>();
        Set<Long> lycee = Set.of(lyceeId);
        for (int n = 1; n <= TEACHERS; n++) seeds.add(seed(teacher(n), n, Role.TEACHER, lycee));
        for (int n = 1; n <= SECRETARIES; n++) seeds.add(seed(String.format(Locale.ROOT, "secretaire.%02d", n), n + 300, Role.SECRETARY, lycee));
        for (int n = 1; n <= DIRECTORS; n++) seeds.add(seed(String.format(Locale.ROOT, "directeur.%02d", n), n + 400, Role.DIRECTOR, lycee));
        for (int n = 1; n <= INSPECTORS; n++) seeds.add(seed(inspector(n), n + 500, Role.INSPECTOR, lycee));
        return seeds;
    }

    private static String inspector(int n) {
        return String.format(Locale.ROOT, "inspecteur.%02d", n);
    }

    private static LocalAccounts.SeedAccount seed(String username, int n, Role role, Set<Long> where) {
        String name = prenom(n) + " " + nom(n).charAt(0) + nom(n).substring(1).toLowerCase(Locale.FRENCH);
        return new LocalAccounts.SeedAccount(username, name, username + "@lycee-verdier.example", Set.of(role), where);
    }

    private List<ImportedLearner> pupils(int startYear) {
        List<ImportedLearner> pupils = new ArrayList<>();
        LocalDate entry = LocalDate.of(startYear, 9, 2);
        int n = 0;
        for (int d = 0; d < LEVELS.length * DIVISIONS_PER_LEVEL; d++) {
            for (int p = 0; p < PUPILS_PER_DIVISION; p++, n++) {
                String ine = String.format(Locale.ROOT, "8%09d%c", 100_000 + n, (char) ('A' + n % 26));
                boolean girl = n % 2 == 0;
                LocalDate born = LocalDate.of(startYear - 15 - d % LEVELS.length, 1 + n % 12, 1 + n % 28);
                pupils.add(new ImportedLearner(null, ine, ine, "LOAD" + n, nom(n * 7 + p), null, prenom(n), null, null,
                        girl ? "F" : "M", born, division(d), null, MEFS[d % LEVELS.length], true, entry, null,
                        true, true, ImportedLearner.Movement.NONE));
            }
        }
        return pupils;
    }

    /** 150 staff: the load accounts' teachers, secretaries and directors, linked to their accounts, and a few others. */
    private void staffRecords(long yearId) {
        List<String[]> people = new ArrayList<>();
        for (int n = 1; n <= TEACHERS; n++) people.add(new String[]{teacher(n), "ENS"});
        for (int n = 1; n <= SECRETARIES; n++) people.add(new String[]{String.format(Locale.ROOT, "secretaire.%02d", n), "ADM"});
        for (int n = 1; n <= 5; n++) people.add(new String[]{null, "EDU"});
        List<long[]> links = new ArrayList<>();
        int n = 0;
        for (String[] person : people) {
            n++;
            StaffDetails d = new StaffDetails();
            d.setCivilite(n % 2 == 0 ? "MME" : "M");
            d.setNomUsage(nom(n + 11));
            d.setPrenom(prenom(n));
            d.setSexe(n % 2 == 0 ? "F" : "M");
            d.setEmailPro((person[0] == null ? "cpe." + n : person[0]) + "@lycee-verdier.example");
            d.setSchoolYearId(yearId);
            d.setPresenceAdministrative(true);
            d.setFunctions(Set.of(person[1]));
            long id = staff.create(d).getId();
            if (person[0] != null) links.add(new long[]{id, people.indexOf(person)});
        }
        for (int n2 = 1; n2 <= DIRECTORS; n2++) {
            StaffDetails d = new StaffDetails();
            d.setCivilite("M");
            d.setNomUsage(nom(n2 + 401));
            d.setPrenom(prenom(n2 + 401));
            d.setSexe("M");
            d.setSchoolYearId(yearId);
            d.setFunctions(Set.of("DIR"));
            staff.create(d);
        }
        as("directeur", () -> {
            for (long[] link : links) staff.linkAccount(link[0], yearId, people.get((int) link[1])[0]);
        });
    }

    /**
     * The load inspectors are referents of the Terminale, whose access is on: each has one granted diploma, which the
     * console opens at once. The directors switch the Première (the demo inspector's) on and off.
     */
    private void inspectorGrants(long lyceeId) {
        Referent[] referents = new Referent[INSPECTORS];
        for (int n = 1; n <= INSPECTORS; n++) {
            referents[n - 1] = new Referent(inspector(n), prenom(n + 500) + " " + nom(n + 500), inspector(n) + "@inspection.example");
        }
        long terminale = inspection.ensureDiploma(lyceeId, GRANTED_DIPLOMA, "Terminale générale", referents);
        DiplomaGrant grant = inspectorAccess.setGranted(terminale, true);
        log.debug("Load data: {} granted to {} inspectors", grant.label(), grant.referents().size());
    }

    private static String nom(int n) {
        return NOMS[Math.floorMod(n, NOMS.length)];
    }

    private static String prenom(int n) {
        String[] names = n % 2 == 0 ? PRENOMS_F : PRENOMS_M;
        return names[Math.floorMod(n / 2, names.length)];
    }

    private void as(String username, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user = users.getObject().loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
