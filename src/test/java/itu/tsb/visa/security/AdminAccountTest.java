package itu.tsb.visa.security;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The admin's password, generated (demo) or set by the operator, is used when the account is made, never again. */
class AdminAccountTest {

    private final Users users = mock(Users.class);
    private final MockEnvironment demo = new MockEnvironment();

    AdminAccountTest() {
        demo.setActiveProfiles("demo");
    }

    @Test
    void theFirstDemoStartMakesAPassword() {
        when(users.exists("admin")).thenReturn(false);
        new AdminAccount(users, demo, "").ensureAdmin();
        verify(users).ensure(eq("admin"), anyString(), eq(Role.ADMIN), any());
    }

    @Test
    void aLaterDemoStartKeepsIt() {
        when(users.exists("admin")).thenReturn(true);
        new AdminAccount(users, demo, "").ensureAdmin();
        verify(users, never()).ensure(anyString(), anyString(), any(), any());
    }

    @Test
    void aPasswordSetByTheOperatorMakesTheAdminOnce() {
        when(users.exists("admin")).thenReturn(false);
        new AdminAccount(users, demo, "operator-chosen-1").ensureAdmin();
        verify(users).create("admin", "operator-chosen-1", Role.ADMIN, null, null);
    }

    /** A password the admin changed since (through the API) is theirs: a restart does not put the old one back. */
    @Test
    void aLaterStartNeverResetsTheAdminsPassword() {
        when(users.exists("admin")).thenReturn(true);
        new AdminAccount(users, demo, "operator-chosen-1").ensureAdmin();
        verify(users, never()).create(anyString(), anyString(), any(), any(), any());
        verify(users, never()).ensure(anyString(), anyString(), any(), any());
    }

    @Test
    void aPasswordThePolicyRefusesStopsTheStartAndSaysWhy() {
        when(users.exists("admin")).thenReturn(false);
        when(users.create("admin", "admin-password", Role.ADMIN, null, null)).thenThrow(
                itu.tsb.visa.shared.InvalidInput.of("password", "must not contain the user name"));
        assertThatThrownBy(() -> new AdminAccount(users, demo, "admin-password").ensureAdmin())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VISA_ADMIN_PASSWORD is refused by the password policy: must not contain the user name");
    }
}
