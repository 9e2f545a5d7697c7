package org.preau.establishment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EtablissementRulesTest {

    private static EtablissementDetails valid() {
        EtablissementDetails d = new EtablissementDetails();
        d.setName("Lycée Livet");
        d.setEmail("ce.0440029t@ac-nantes.fr");
        d.setUai("0440029T");
        return d;
    }

    @Test
    void valid_french_details_pass() {
        assertThat(EtablissementRules.validate(SchoolSystem.FR, valid())).isEmpty();
    }

    @Test
    void each_broken_field_is_named() {
        EtablissementDetails d = valid();
        d.setName("  ");
        d.setEmail("secretariat.lycee.fr");
        d.setUai("0440029A");
        d.setPostalCode("4400");
        d.setPhone("appelez-nous");
        d.setDreetsContact("x".repeat(501));
        assertThat(EtablissementRules.validate(SchoolSystem.FR, d)).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("name", "email", "uai", "postalCode", "phone", "dreetsContact");
    }

    @Test
    void a_belgian_school_needs_a_fase_number_and_no_uai() {
        EtablissementDetails d = valid();
        d.setUai(null);
        d.setFase("12a");
        d.setPostalCode("5000");
        assertThat(EtablissementRules.validate(SchoolSystem.BE, d)).extracting(FieldViolation::field).containsExactly("fase");
        d.setFase("5432");
        assertThat(EtablissementRules.validate(SchoolSystem.BE, d)).isEmpty();
    }

    @Test
    void postal_codes_follow_the_country() {
        assertThat(EtablissementRules.postalCode(SchoolSystem.FR, "17000")).isEmpty();
        assertThat(EtablissementRules.postalCode(SchoolSystem.FR, "1700")).isPresent();
        assertThat(EtablissementRules.postalCode(SchoolSystem.BE, "5000")).isEmpty();
        assertThat(EtablissementRules.postalCode(SchoolSystem.BE, "75001")).isPresent();
    }

    @Test
    void emails_need_one_at_and_a_dotted_domain() {
        assertThat(EtablissementRules.email("a@b.fr")).isEmpty();
        assertThat(EtablissementRules.email("a@b")).isPresent();
        assertThat(EtablissementRules.email("a b@c.fr")).isPresent();
        assertThat(EtablissementRules.email("a@@c.fr")).isPresent();
    }
}
