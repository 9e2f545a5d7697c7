package org.preau.establishment;

import org.junit.jupiter.api.Test;
import org.preau.security.CurrentUser;
import org.preau.support.PreauIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preau.support.DemoUsers.*;

@PreauIntegrationTest
class EtablissementServiceTest {

    @Autowired
    EtablissementService service;
    @Autowired
    EtablissementProvisioning provisioning;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CurrentUser currentUser;

    private String stored(String column, String uai) {
        return jdbc.queryForObject("select " + column + " from establishment where uai = ?", String.class, uai);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_secretary_saves_the_details_of_her_establishment() {
        EtablissementDetails details = service.current();
        assertThat(details.getUai()).isEqualTo(LYCEE_UAI);
        details.setCity("La Rochelle");
        details.setPostalCode("17000");
        details.setPhone("05 46 00 00 00");

        EtablissementDetails saved = service.save(details);

        assertThat(saved.getVersion()).isEqualTo(details.getVersion() + 1);
        assertThat(saved.getUpdatedBy()).isEqualTo(SECRETAIRE);
        assertThat(stored("city", LYCEE_UAI)).isEqualTo("La Rochelle");
        assertThat(stored("phone", LYCEE_UAI)).isEqualTo("05 46 00 00 00");
    }

    @Test
    @WithUserDetails(ENSEIGNANT)
    void a_teacher_calling_the_service_directly_is_refused() {
        assertThatThrownBy(() -> service.current()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(new EtablissementDetails())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(INSPECTEUR)
    void an_inspector_cannot_read_the_establishment_tab() {
        assertThatThrownBy(() -> service.current()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void a_user_of_one_establishment_can_neither_switch_to_nor_write_another() {
        long ecole = provisioning.findByCode(ECOLE_FASE).orElseThrow().id();
        String ecoleBefore = jdbc.queryForMap("select * from establishment where fase = ?", ECOLE_FASE).toString();

        assertThatThrownBy(() -> currentUser.switchEstablishment(ecole)).isInstanceOf(AccessDeniedException.class);

        EtablissementDetails mine = service.current();
        mine.setName("Lycée professionnel Alphonse-Verdier");
        service.save(mine);
        assertThat(jdbc.queryForMap("select * from establishment where fase = ?", ECOLE_FASE).toString()).isEqualTo(ecoleBefore);
        assertThat(service.mine()).extracting(EtablissementSummary::code).containsExactly(LYCEE_UAI);
    }

    @Test
    @WithUserDetails(DIRECTEUR)
    void a_director_of_two_establishments_works_in_the_one_he_switched_to() {
        long ecole = provisioning.findByCode(ECOLE_FASE).orElseThrow().id();
        assertThat(service.mine()).extracting(EtablissementSummary::code).containsExactlyInAnyOrder(LYCEE_UAI, ECOLE_FASE);

        currentUser.switchEstablishment(ecole);

        EtablissementDetails details = service.current();
        assertThat(details.getSchoolSystem()).isEqualTo(SchoolSystem.BE);
        assertThat(details.getFase()).isEqualTo(ECOLE_FASE);
        details.setPostalCode("5000");
        assertThat(service.save(details).getPostalCode()).isEqualTo("5000");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_second_of_two_concurrent_saves_is_refused_and_the_first_is_kept() {
        EtablissementDetails first = service.current();
        EtablissementDetails second = service.current();
        first.setPhone("05 46 11 11 11");
        second.setPhone("05 46 22 22 22");

        service.save(first);

        assertThatThrownBy(() -> service.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.current().getPhone()).isEqualTo("05 46 11 11 11");
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void invalid_details_are_refused_whole_with_the_fields_named() {
        EtablissementDetails before = service.current();
        EtablissementDetails details = service.current();
        details.setName("Nouveau nom qui ne doit pas être enregistré");
        details.setUai("0179912A");
        details.setEmail("pas-une-adresse");

        assertThatThrownBy(() -> service.save(details))
                .isInstanceOfSatisfying(InvalidEtablissementException.class, e ->
                        assertThat(e.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder("uai", "email"));
        assertThat(service.current().getName()).isEqualTo(before.getName());
        assertThat(service.current().getVersion()).isEqualTo(before.getVersion());
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_uai_of_another_establishment_cannot_be_taken() {
        provisioning.ensure("Autre organisme", SchoolSystem.FR, "Lycée Livet", "ce.0440029t@ac-nantes.fr", "0440029T");
        EtablissementDetails details = service.current();
        details.setUai("0440029t");

        assertThatThrownBy(() -> service.save(details))
                .isInstanceOfSatisfying(InvalidEtablissementException.class, e ->
                        assertThat(e.violations()).extracting(FieldViolation::messageKey).containsExactly("etablissement.error.uai.taken"));
    }

    @Test
    @WithUserDetails(SECRETAIRE)
    void the_uai_is_stored_upper_cased() {
        EtablissementDetails details = service.current();
        details.setUai(" 0179912g ");
        assertThat(service.save(details).getUai()).isEqualTo(LYCEE_UAI);
    }
}
