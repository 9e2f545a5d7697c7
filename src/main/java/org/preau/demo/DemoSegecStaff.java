package org.preau.demo;

import org.preau.establishment.EtablissementProvisioning;
import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.SchoolYearService;
import org.preau.security.LocalAccounts;
import org.preau.security.Role;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffDirectory;
import org.preau.staff.StaffRoster;
import org.preau.staff.StaffRosterEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The staff of the demo école (FASE 5432) for SeGEC and Miroir: nine teachers with the ENS
 * function this year (one without a private e-mail, one leaving), a director by "Fonction de
 * promotion" (ticked, with the DIR function), and two accounts of the école only: {@code directeur.be} (linked to the
 * director's record) and {@code enseignant.be} (linked to a teacher's record). Created through the
 * staff services, signed in as the école's director, once: a later start finds them by name.
 */
@Component
@ConditionalOnProperty(name = "preau.demo.enabled", havingValue = "true")
class DemoSegecStaff {

    static final String DIRECTOR = "directeur.be";
    static final String TEACHER = "enseignant.be";

    private static final Logger log = LoggerFactory.getLogger(DemoSegecStaff.class);

    record Person(String nom, String prenom, String civilite, LocalDate birth, String email, String function, boolean leaving,
                  String username) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("Goossens", "Philippe", "M", LocalDate.of(1971, 3, 14), "philippe.goossens@mail.example", "DIR", false, DIRECTOR),
            new Person("Lemaire", "Sophie", "MME", LocalDate.of(1985, 9, 2), "sophie.lemaire@mail.example", "ENS", false, TEACHER),
            new Person("Dubois", "Marc", "M", LocalDate.of(1979, 1, 23), "marc.dubois@mail.example", "ENS", false, null),
            new Person("Peeters", "An", "MME", LocalDate.of(1990, 6, 11), "an.peeters@mail.example", "ENS", false, null),
            new Person("Janssens", "Luc", "M", LocalDate.of(1982, 11, 30), null, "ENS", false, null),
            new Person("Maes", "Julie", "MME", LocalDate.of(1988, 4, 5), "julie.maes@mail.example", "ENS", false, null),
            new Person("Jacobs", "Thomas", "M", LocalDate.of(1993, 12, 19), "thomas.jacobs@mail.example", "ENS", false, null),
            new Person("Mertens", "Claire", "MME", LocalDate.of(1976, 7, 8), "claire.mertens@mail.example", "ENS", false, null),
            new Person("Willems", "Nicolas", "M", LocalDate.of(1984, 2, 27), "nicolas.willems@mail.example", "ENS", false, null),
            new Person("Claes", "Isabelle", "MME", LocalDate.of(1969, 10, 16), "isabelle.claes@mail.example", "ENS", true, null));

    private final EtablissementProvisioning establishments;
    private final LocalAccounts accounts;
    private final ObjectProvider<UserDetailsService> users;
    private final StaffDirectory staff;
    private final StaffRoster roster;
    private final SchoolYearService years;
    private final Clock clock;

    DemoSegecStaff(EtablissementProvisioning establishments, LocalAccounts accounts, ObjectProvider<UserDetailsService> users, StaffDirectory staff,
                   StaffRoster roster, SchoolYearService years, Clock clock) {
        this.establishments = establishments;
        this.accounts = accounts;
        this.users = users;
        this.staff = staff;
        this.roster = roster;
        this.years = years;
        this.clock = clock;
    }

    /** Before the Miroir demo (order 50), whose capital-périodes attributes periods to these teachers. */
    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(40)
    void load() {
        EtablissementSummary ecole = establishments.findByCode(DemoData.ECOLE_FASE).orElse(null);
        // With single sign-on (keycloak profile) there are no local sign-ins to act through.
        UserDetailsService localUsers = users.getIfAvailable();
        if (ecole == null || localUsers == null) return;
        accounts.createIfAbsent(DIRECTOR, "Philippe Goossens", "direction@ecole-saint-joseph.example", DemoData.PASSWORD,
                Set.of(Role.DIRECTOR), Set.of(ecole.id()));
        accounts.createIfAbsent(TEACHER, "Sophie Lemaire", "sophie.lemaire@ecole-saint-joseph.example", DemoData.PASSWORD,
                Set.of(Role.TEACHER), Set.of(ecole.id()));
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            // The staff services act for the signed-in user's establishment: sign in as the école's director.
            UserDetails director = localUsers.loadUserByUsername(DIRECTOR);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(director, null, director.getAuthorities()));
            SecurityContextHolder.setContext(context);
            long yearId = years.requireCurrent().id();
            Set<String> present = roster.current(yearId).stream().map(StaffRosterEntry::displayName).collect(Collectors.toSet());
            int created = 0;
            for (Person p : PEOPLE) {
                if (present.contains(p.nom() + " " + p.prenom())) continue;
                StaffDetails d = new StaffDetails();
                d.setCivilite(p.civilite());
                d.setNomUsage(p.nom());
                d.setPrenom(p.prenom());
                d.setDateNaissance(p.birth());
                d.setSexe("M".equals(p.civilite()) ? "M" : "F");
                d.setEmailPerso(p.email());
                d.setSchoolYearId(yearId);
                d.setFunctions(Set.of(p.function()));
                // A Belgian director is marked by the "fonction de promotion" tick box (theme 2 of ProEco).
                d.setFonctionPromotion("DIR".equals(p.function()));
                if (p.leaving()) {
                    d.setExitDate(LocalDate.now(clock).minusDays(7));
                    d.setPresenceAdministrative(false);
                    d.setPresencePhysique(false);
                }
                StaffDetails saved = staff.create(d);
                if (p.username() != null) staff.linkAccount(saved.getId(), yearId, p.username());
                created++;
            }
            if (created > 0) log.info("Demo SeGEC staff of the école ready ({} records created now)", created);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
