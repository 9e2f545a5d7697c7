package org.preau.segec;

import org.junit.jupiter.api.Test;
import org.preau.staff.StaffDetails;
import org.preau.staff.StaffRosterEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PreflightTest {

    private static final SegecConsent CONSENT = new SegecConsent(Instant.parse("2026-09-10T08:00:00Z"), "secretaire.be", "MANUAL");
    private long nextId = 1;

    @Test
    void a_missing_or_malformed_email_and_a_missing_consent_leave_the_member_out() {
        List<SegecMember> members = List.of(director("Goossens"), teacher("Sans", null, true), teacher("Mal", "mal@", true),
                teacher("Refus", "ok@mail.example", false), teacher("Bon", "bon@mail.example", true));
        PreflightReport report = Preflight.check(members);
        assertThat(report.blocked()).isFalse();
        assertThat(report.sendable()).extracting(m -> m.person().nomUsage()).containsExactly("Goossens", "Bon");
        assertThat(report.issues()).extracting(PreflightIssue::text).contains(
                "Sans Ana : pas d'adresse e-mail privée.", "Mal Ana : adresse e-mail mal formée (mal@).",
                "Refus Ana : aucune autorisation signée reçue.");
    }

    @Test
    void two_members_with_the_same_name_first_name_and_birth_date_are_both_left_out() {
        PreflightReport report = Preflight.check(List.of(director("Goossens"), teacher("Dupont", "a@mail.example", true),
                teacher("DUPONT", "b@mail.example", true)));
        assertThat(report.sendable()).extracting(m -> m.person().nomUsage()).containsExactly("Goossens");
        assertThat(report.issues()).filteredOn(PreflightIssue::blocking).hasSize(2)
                .allMatch(i -> i.text().contains("2 membres ont la même identité"));
    }

    @Test
    void no_director_or_two_directors_block_the_whole_send() {
        assertThat(Preflight.check(List.of(teacher("Bon", "bon@mail.example", true))).blocked()).isTrue();
        PreflightReport two = Preflight.check(List.of(director("Goossens"), director("Lambert")));
        assertThat(two.blocked()).isTrue();
        assertThat(two.issues()).extracting(PreflightIssue::text).anyMatch(t -> t.startsWith("Deux directeurs ou plus cette année"));
    }

    @Test
    void an_old_director_still_present_beside_a_new_one_is_a_warning_that_blocks_nothing() {
        SegecMember old = member("Ancien", "ancien@mail.example", true, SegecMember.Role.DIRECTOR, LocalDate.of(2026, 8, 31),
                StaffDetails.Presence.PRESENT);
        PreflightReport report = Preflight.check(List.of(director("Goossens"), old));
        assertThat(report.blocked()).isFalse();
        assertThat(report.sendable()).hasSize(2);
        assertThat(report.issues()).singleElement().satisfies(i -> {
            assertThat(i.blocking()).isFalse();
            assertThat(i.text()).isEqualTo("Ancien Ana est encore présent(e) comme directeur à côté de Goossens Ana : décochez sa présence administrative.");
        });
        SegecMember gone = member("Parti", "parti@mail.example", true, SegecMember.Role.DIRECTOR, LocalDate.of(2026, 8, 31),
                StaffDetails.Presence.ABSENT);
        assertThat(gone.leaving()).isTrue();
        assertThat(Preflight.check(List.of(director("Goossens"), gone)).issues()).isEmpty();
    }

    private SegecMember director(String nom) {
        return member(nom, nom.toLowerCase() + "@mail.example", true, SegecMember.Role.DIRECTOR, null, StaffDetails.Presence.PRESENT);
    }

    private SegecMember teacher(String nom, String email, boolean consent) {
        return member(nom, email, consent, SegecMember.Role.TEACHER, null, StaffDetails.Presence.PRESENT);
    }

    private SegecMember member(String nom, String email, boolean consent, SegecMember.Role role, LocalDate exit, StaffDetails.Presence presence) {
        List<String> functions = new ArrayList<>(List.of(role == SegecMember.Role.DIRECTOR ? "DIR" : "ENS"));
        StaffRosterEntry entry = new StaffRosterEntry(nextId++, nom, "Ana", LocalDate.of(1980, 5, 4), email, Set.copyOf(functions), exit,
                presence, null);
        return new SegecMember(entry, role, consent ? Optional.of(CONSENT) : Optional.empty(), Optional.empty());
    }
}
