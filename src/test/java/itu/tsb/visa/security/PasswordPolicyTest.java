package itu.tsb.visa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(Set.of("Password1234"));

    @Test
    void aLongUncommonPasswordWithoutTheNameIsAccepted() {
        assertThat(policy.problem("jnjeri", "violet staple orbit")).isEmpty();
    }

    @Test
    void eachRuleSaysWhatIsWrong() {
        assertThat(policy.problem("jnjeri", "short pass1")).contains("must have at least 12 characters");
        assertThat(policy.problem("jnjeri", "PASSWORD1234")).contains("is one of the most used passwords; choose another");
        assertThat(policy.problem("jnjeri", "my JNJERI password")).contains("must not contain the user name");
        assertThat(policy.problem("jnjeri", "zzzzzzzzzzzzzz")).contains("must not be one character repeated");
        assertThat(policy.problem("jnjeri", "é".repeat(37))).get().asString().startsWith("must be at most 72 bytes");
    }

    @Test
    void twelveCharactersCountAsCharactersNotBytes() {
        assertThat(policy.problem("jnjeri", "ÉÉÉéééÈÈÈèèa")).isEmpty();
    }

    @Test
    void theShippedListRefusesTheUsualOnes() {
        PasswordPolicy shipped = PasswordPolicy.shipped();

        assertThat(shipped.problem("x", "password1234")).isPresent();
        assertThat(shipped.problem("x", "123456789012")).isPresent();
        assertThat(shipped.problem("x", "QwertyUiop123")).isPresent();
    }
}
