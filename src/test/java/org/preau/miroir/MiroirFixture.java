package org.preau.miroir;

import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.learner.ImportedLearner;
import org.preau.learner.KnownLearner;
import org.preau.learner.LearnerRoster;
import org.preau.learner.RosterChanges;
import org.preau.security.CurrentUser;
import org.preau.security.LocalAccounts;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffDirectory;
import org.preau.staff.StaffQuery;
import org.preau.support.DemoUsers;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Belgian school of the tests' own (FASE 7781) in two school years (2030-2031 for the
 * capital-périodes, 2021-2022 for the CEB results): pupils and teachers created once, the Miroir
 * tables of those years emptied before each test. Signed in as its director, positioned on it.
 * A test class registers it: {@code @RegisterExtension static final MiroirFixture fixture = new MiroirFixture();}
 */
class MiroirFixture implements BeforeAllCallback, BeforeEachCallback {

    static final int CAPITAL_YEAR = 2030;
    static final int CEB_YEAR = 2021;
    /** A Belgian school of the tests' own, beside the demo école: the demo's years and data stay as other tests expect them. */
    static final String FASE = "7781";
    static final String DIRECTOR = "directeur.miroir";

    /** The tests' school (same organising body as the demo école) and its director's account, once. */
    static long ensureSchool(EtablissementProvisioning provisioning, LocalAccounts accounts) {
        long school = provisioning.ensure("Association scolaire Saint-Exupéry", org.preau.establishment.SchoolSystem.BE,
                "École fondamentale Miroir", "direction@ecole-miroir.example", FASE).id();
        accounts.createIfAbsent(DIRECTOR, "Directeur Miroir", "directeur@ecole-miroir.example", DemoUsers.PASSWORD,
                Set.of(org.preau.security.Role.DIRECTOR), Set.of(school));
        return school;
    }

    private EtablissementProvisioning provisioning;
    private CurrentUser currentUser;
    private SchoolYearService years;
    private LearnerRoster roster;
    private StaffDirectory staff;
    private JdbcTemplate jdbc;

    /** The school once per test class; the beans of the shared context before each test. */
    @Override
    public void beforeAll(ExtensionContext context) {
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        ensureSchool(spring.getBean(EtablissementProvisioning.class), spring.getBean(LocalAccounts.class));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        provisioning = spring.getBean(EtablissementProvisioning.class);
        currentUser = spring.getBean(CurrentUser.class);
        years = spring.getBean(SchoolYearService.class);
        roster = spring.getBean(LearnerRoster.class);
        staff = spring.getBean(StaffDirectory.class);
        jdbc = spring.getBean(JdbcTemplate.class);
    }

    long ecoleId() {
        return provisioning.findByCode(FASE).orElseThrow().id();
    }

    /** Positions the signed-in director on the école and that year, with the Miroir tables of the year emptied. */
    SchoolYearView positionOn(int startYear) {
        long ecole = ecoleId();
        currentUser.switchEstablishment(ecole);
        SchoolYearView year = provisioning.ensureSchoolYear(ecole, startYear,
                startYear == CEB_YEAR ? SchoolYearState.CLOTUREE : startYear == CAPITAL_YEAR ? SchoolYearState.PREPARATION : SchoolYearState.EN_COURS);
        years.select(year.id());
        jdbc.update("delete from miroir_pupil where establishment_id = ? and school_year_id = ?", ecole, year.id());
        jdbc.update("delete from miroir_capital_line where establishment_id = ? and school_year_id = ?", ecole, year.id());
        jdbc.update("delete from miroir_submission where establishment_id = ? and school_year_id = ?", ecole, year.id());
        return year;
    }

    /** Enrols the pupils (key → nom, prénom) in the year, once. */
    void enrol(SchoolYearView year, List<String[]> pupils) {
        Map<String, KnownLearner> known = roster.snapshot(year.id());
        List<ImportedLearner> writes = new ArrayList<>();
        for (String[] p : pupils) {
            KnownLearner k = known.get(p[0]);
            if (k != null && k.enrolledIn(year.id())) continue;
            writes.add(new ImportedLearner(k == null ? null : k.learnerId(), p[0], null, p[0], p[1], null, p[2], null, null, "F",
                    LocalDate.of(2012, 3, 14), "A", null, null, true, null, null, k == null, true,
                    k == null ? ImportedLearner.Movement.ARRIVED : ImportedLearner.Movement.RETURNED));
        }
        if (!writes.isEmpty()) roster.apply(year.id(), new RosterChanges(writes, List.of()));
    }

    /** Creates the staff member with that function in the year, once. */
    void staff(SchoolYearView year, String nom, String prenom, String function) {
        boolean exists = staff.list(new StaffQuery(nom, function, StaffQuery.Status.IN_FUNCTION, year.id()), 0, 50).stream()
                .anyMatch(s -> s.nomUsage().equals(nom) && s.prenom().equals(prenom));
        if (exists) return;
        StaffDetails details = new StaffDetails();
        details.setNomUsage(nom);
        details.setPrenom(prenom);
        details.setSchoolYearId(year.id());
        details.setFunctions(Set.of(function));
        staff.create(details);
    }

    long learnerId(SchoolYearView year, String key) {
        return roster.snapshot(year.id()).get(key).learnerId();
    }

    static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
