package org.preau.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    @Test
    void a_password_shorter_than_twelve_characters_is_refused_with_the_french_reason() {
        assertThatThrownBy(() -> PasswordPolicy.check("preau-demo")).isInstanceOfSatisfying(WeakPasswordException.class,
                e -> assertThat(e.messageKey()).isEqualTo("password.error.tooShort"));
        assertThatThrownBy(() -> PasswordPolicy.check(null)).isInstanceOf(WeakPasswordException.class);
    }

    @Test
    void a_common_password_is_refused_whatever_its_case() {
        for (String common : new String[]{"motdepasse123", "AZERTYUIOP123", "Password1234", "123456789012", "bienvenue2025"}) {
            assertThatThrownBy(() -> PasswordPolicy.check(common)).as(common).isInstanceOfSatisfying(WeakPasswordException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("password.error.common"));
        }
    }

    @Test
    void a_long_uncommon_passphrase_is_accepted_without_composition_rules() {
        assertThatCode(() -> PasswordPolicy.check("la cour du préau sent le tilleul")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(129))).isInstanceOfSatisfying(WeakPasswordException.class,
                e -> assertThat(e.messageKey()).isEqualTo("password.error.tooLong"));
    }
}
