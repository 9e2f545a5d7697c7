package org.preau.security;

import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Every password set through Préau for a local account: 12 characters at least (128 at most),
 * and not one of the common passwords of the bundled list (case ignored). No composition rules
 * (ASVS 2.1.9): length and the list are what resist guessing. The demo accounts' password is
 * demo-only and set by the seeds, not through this policy.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final PasswordValidator VALIDATOR = new PasswordValidator(
            new LengthRule(MIN_LENGTH, MAX_LENGTH), new DictionaryRule(new WordListDictionary(commonPasswords())));

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy, with the French message's key. */
    public static void check(String password) {
        RuleResult result = VALIDATOR.validate(new PasswordData(password == null ? "" : password));
        if (result.isValid()) return;
        String code = result.getDetails().getFirst().getErrorCode();
        if (LengthRule.ERROR_CODE_MIN.equals(code)) throw new WeakPasswordException("password.error.tooShort", MIN_LENGTH);
        if (LengthRule.ERROR_CODE_MAX.equals(code)) throw new WeakPasswordException("password.error.tooLong", MAX_LENGTH);
        throw new WeakPasswordException("password.error.common");
    }

    private static ArrayWordList commonPasswords() {
        var resource = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt"));
        try (var reader = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            String[] words = reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toArray(String[]::new);
            return new ArrayWordList(words, false, new ArraysSort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
