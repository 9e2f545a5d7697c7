package org.preau.segec;

import org.junit.jupiter.api.Test;
import org.preau.staff.StaffRosterEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PreflightTest {

    private static final SegecConsent CONSENT = new SegecConsent(Instant.parse("2026-09-10T08:00:00Z"), "secretaire.be", "MANUAL");
    private static final SegecAccount HELD = new SegecAccount(SegecAccount.State.ACTIVE, "S-1", null, Instant.parse("2026-09-12T08:00:00Z"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private long nextId = 1;

    @Test
    void a_missing_or_malformed_email_and_a_missing_consent_hold_back_that_member_only() {
        List<SegecMember> members = List.of(director("Goossens"), teacher("Sans", null, true), teacher("Mal", "mal@", true),
                teacher("Refus", "ok@mail.example", false), teacher("Bon", "bon@mail.example", true));
        PreflightReport report = Preflight.check(members);
        assertThat(report.needsConfirmation()).isFalse();
        assertThat(report.sendable()).extracting(m -> m.person().nomUsage()).containsExactly("Goossens", "Bon");
        assertThat(report.issues()).extracting(PreflightIssue::text).containsExactlyInAnyOrder(
                "Sans Ana : pas d'adresse e-mail privée ; remplissez « Adresse électronique privée » sur sa fiche.",
                "Mal Ana : adresse e-mail mal formée (mal@) ; corrigez « Adresse électronique privée » sur sa fiche.",
                "Refus Ana : aucune autorisation signée reçue ; cochez « Autorisation signée reçue » quand le formulaire signé vous revient.");
    }

    @Test
    void two_members_with_the_same_name_first_name_and_birth_date_are_both_held_back_and_the_others_go() {
        PreflightReport report = Preflight.check(List.of(director("Goossens"), teacher("Dupont", "a@mail.example", true),
                teacher("DUPONT", "b@mail.example", true)));
        assertThat(report.sendable()).extracting(m -> m.person().nomUsage()).containsExactly("Goossens");
        assertThat(report.issues()).filteredOn(PreflightIssue::blocking).hasSize(2)
                .allMatch(i -> i.text().contains("2 membres ont la même identité"));
    }

    @Test
    void two_directors_are_a_warning_with_their_names_that_holds_back_only_the_directors() {
        PreflightReport two = Preflight.check(List.of(director("Goossens"), director("Lambert"), teacher("Bon", "bon@mail.example", true)));
        assertThat(two.needsConfirmation()).isTrue();
        assertThat(two.warnings()).singleElement().extracting(PreflightIssue::text).asString()
                .startsWith("Deux directions ou plus cette année : Goossens Ana, Lambert Ana.")
                .contains("Décochez la présence administrative de l'ancienne direction, ou la présence physique de la direction en congé mission");
        assertThat(two.sendable()).extracting(m -> m.person().nomUsage()).containsExactly("Bon");
    }

    @Test
    void no_director_is_a_warning_saying_what_to_tick_and_the_teachers_still_go() {
        PreflightReport none = Preflight.check(List.of(teacher("Bon", "bon@mail.example", true)));
        assertThat(none.needsConfirmation()).isTrue();
        assertThat(none.warnings()).singleElement().extracting(PreflightIssue::text).asString()
                .contains("cochez « Fonction de promotion », « Présence administrative » et « Présence physique »");
        assertThat(none.sendable()).hasSize(1);
    }

    @Test
    void a_director_on_conge_mission_leaves_the_role_to_the_acting_one_without_a_warning() {
        SegecMember titular = member("Titulaire", true, Set.of(), true, false, true, null, Optional.of(HELD));
        SegecMember acting = member("Faisant", true, Set.of("ENS"), true, true, true, null, Optional.empty());
        assertThat(titular.standing()).isEqualTo(SegecMember.Standing.ON_MISSION);
        assertThat(acting.standing()).isEqualTo(SegecMember.Standing.DIRECTOR);
        PreflightReport report = Preflight.check(List.of(titular, acting));
        assertThat(report.issues()).isEmpty();
        assertThat(report.sendable()).containsExactly(acting);
        assertThat(report.deactivations()).containsExactly(titular);
    }

    @Test
    void who_no_longer_qualifies_is_deactivated_when_the_extranet_holds_them_and_never_held_back() {
        SegecMember unticked = member("Decoche", false, Set.of("ENS"), false, true, false, null, Optional.of(HELD));
        SegecMember noFunction = member("SansFonction", false, Set.of(), true, true, false, null, Optional.of(HELD));
        SegecMember left = member("Parti", false, Set.of("ENS"), true, true, false, TODAY.minusDays(1), Optional.of(HELD));
        SegecMember leavingLater = member("Bientot", true, Set.of("ENS"), true, true, false, TODAY.plusDays(30), Optional.empty());
        SegecMember neverHeld = member("Jamais", false, Set.of(), false, true, false, null, Optional.empty());
        assertThat(List.of(unticked, noFunction, left, leavingLater, neverHeld)).extracting(SegecMember::standing).containsExactly(
                SegecMember.Standing.UNTICKED, SegecMember.Standing.NO_FUNCTION, SegecMember.Standing.LEFT,
                SegecMember.Standing.TEACHER, SegecMember.Standing.UNTICKED);
        PreflightReport report = Preflight.check(List.of(director("Goossens"), unticked, noFunction, left, leavingLater, neverHeld));
        assertThat(report.deactivations()).containsExactly(unticked, noFunction, left);
        assertThat(report.sendable()).extracting(m -> m.person().nomUsage()).containsExactly("Goossens", "Bientot");
        assertThat(report.issues()).isEmpty();
    }

    private SegecMember director(String nom) {
        return member(nom, true, Set.of("DIR"), true, true, true, null, Optional.empty());
    }

    private SegecMember teacher(String nom, String email, boolean consent) {
        StaffRosterEntry entry = new StaffRosterEntry(nextId++, nom, "Ana", LocalDate.of(1980, 5, 4), email, Set.of("ENS"), null,
                true, true, false, null);
        return new SegecMember(entry, SegecMember.Role.TEACHER, SegecRoster.standing(entry, TODAY),
                consent ? Optional.of(CONSENT) : Optional.empty(), Optional.empty());
    }

    private SegecMember member(String nom, boolean consent, Set<String> functions, boolean administrative, boolean physique,
                               boolean promotion, LocalDate exit, Optional<SegecAccount> account) {
        StaffRosterEntry entry = new StaffRosterEntry(nextId++, nom, "Ana", LocalDate.of(1970 + (int) nextId, 5, 4),
                nom.toLowerCase() + "@mail.example", functions, exit, administrative, physique, promotion, null);
        return new SegecMember(entry, promotion ? SegecMember.Role.DIRECTOR : SegecMember.Role.TEACHER, SegecRoster.standing(entry, TODAY),
                consent ? Optional.of(CONSENT) : Optional.empty(), account);
    }
}
