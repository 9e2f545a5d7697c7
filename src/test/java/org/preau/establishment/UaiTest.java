package org.preau.establishment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UaiTest {

    /** Real public lycées (from the national directory), and the fictional UAIs of the samples. */
    @ParameterizedTest
    @ValueSource(strings = {"0310036W", "0370035M", "0440029T", "0860005N", "0610002W", "0179912G", "0179913H", "0179914J", "0379921H"})
    void real_uais_are_valid(String uai) {
        assertThat(Uai.isValid(uai)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0310036X", "0370035N", "031003W", "O310036W", "0310036I", "03100366", "", "0310036WW", "0310036w"})
    void wrong_uais_are_refused(String uai) {
        assertThat(Uai.isValid(uai)).isFalse();
    }

    @Test
    void the_check_letter_is_the_remainder_by_23_in_an_alphabet_without_i_o_q() {
        assertThat(Uai.checkLetter("0310036")).isEqualTo('W'); // 310036 mod 23 = 19
        assertThat(Uai.checkLetter("0000000")).isEqualTo('A');
        assertThat(Uai.checkLetter("0000022")).isEqualTo('Z');
        assertThat(Uai.checkLetter("0000023")).isEqualTo('A');
        assertThat(Uai.CHECK_LETTERS).doesNotContain("I", "O", "Q").hasSize(23);
    }

    @Test
    void what_a_user_types_is_trimmed_and_upper_cased() {
        assertThat(Uai.normalise("  0310036w ")).isEqualTo("0310036W");
        assertThat(Uai.isValid(Uai.normalise("0310036w"))).isTrue();
    }

    @Test
    void a_check_letter_needs_seven_digits() {
        assertThatThrownBy(() -> Uai.checkLetter("031003")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_wrong_letter_gives_the_expected_one_in_the_message() {
        assertThat(EtablissementRules.uai("0310036X")).hasValueSatisfying(v -> {
            assertThat(v.messageKey()).isEqualTo("etablissement.error.uai.checkLetter");
            assertThat(v.arguments()).containsExactly("W");
        });
        assertThat(EtablissementRules.uai("031003W")).hasValueSatisfying(v ->
                assertThat(v.messageKey()).isEqualTo("etablissement.error.uai.format"));
        assertThat(EtablissementRules.uai(" ")).hasValueSatisfying(v ->
                assertThat(v.messageKey()).isEqualTo("etablissement.error.uai.required"));
        assertThat(EtablissementRules.uai("0310036w")).isEmpty();
    }
}
