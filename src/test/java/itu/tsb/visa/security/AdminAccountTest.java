package itu.tsb.visa.security;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The demo's generated admin password is made once and kept across restarts; a set one is always applied. */
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
    void aPasswordSetByTheOperatorIsApplied() {
        when(users.exists("admin")).thenReturn(true);
        new AdminAccount(users, demo, "operator-chosen-1").ensureAdmin();
        verify(users).ensure("admin", "operator-chosen-1", Role.ADMIN, null);
    }
}
