package vn.mttq.giamsat.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.PortalUser;

/**
 * The second factor's rules with a real database: enrolment needs a right first code, a code is
 * accepted once, a recovery code once, wrong codes are audited; sessions are ended by their owner
 * or an administrator and the node holding them learns it; nobody ends someone else's session.
 */
@SpringBootTest
@Import(SignIn.class)
class SecondFactorsTest {

    @Autowired SecondFactors factors;
    @Autowired Sessions sessions;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    private final Totp totp = new Totp();

    @Autowired ApplicationEventPublisher events;

    @AfterEach
    void clean() {
        jdbc.update("delete from recovery_code");
        jdbc.update("delete from second_factor");
        jdbc.update("delete from login_failure where username = 'lanhdao'");
        jdbc.update("update account set locked_until = null where username = 'lanhdao'");
        signIn.signOut();
    }

    @Autowired FactorSecrets secrets;

    /** Issue 21: an authenticator secret is kept sealed, and one stored in clear before is sealed at start and still works. */
    @Test
    void authenticator_secrets_are_kept_sealed_and_old_clear_ones_are_sealed() {
        PortalUser leader = user("lanhdao");
        SecondFactors.Enrolment enrolment = factors.begin(leader);
        String stored = jdbc.queryForObject("select secret from second_factor where account_id = ?", String.class, leader.accountId());
        assertThat(stored).startsWith(secrets.currentKeyId() + ":").doesNotContain(enrolment.secret());
        factors.confirm(leader, totp.codeAt(enrolment.secret(), Instant.now()));
        jdbc.update("update second_factor set secret = ? where account_id = ?", enrolment.secret(), leader.accountId()); // as before sealing
        assertThat(factors.sealStoredInClear()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select secret from second_factor where account_id = ?", String.class, leader.accountId()))
                .doesNotContain(enrolment.secret());
        assertThat(factors.verify(leader, totp.codeAt(enrolment.secret(), Instant.now().plus(Totp.STEP)))).isTrue();
    }

    /** Issue 21: wrong codes count toward the account's lock across sign-ins; the password alone is its own audited step. */
    @Test
    void wrong_codes_lock_the_account_like_wrong_passwords_and_the_password_step_is_not_a_sign_in() {
        PortalUser leader = user("lanhdao");
        SecondFactors.Enrolment enrolment = factors.begin(leader);
        factors.confirm(leader, totp.codeAt(enrolment.secret(), Instant.now()));
        Timestamp since = Timestamp.from(Instant.now().minusMillis(5));
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(leader, null, leader.getAuthorities())));
        assertThat(jdbc.queryForList("select action from audit_log where actor = 'lanhdao' and occurred_at >= ? and action like 'LOGIN%'",
                String.class, since)).containsExactly("LOGIN_PASSWORD_ACCEPTED");
        for (int i = 0; i < 3; i++) {
            assertThat(factors.verify(leader, "00000" + i)).isFalse();
        }
        assertThat(jdbc.queryForObject("select locked_until is null from account where username = 'lanhdao'", Boolean.class)).isTrue();
        // a new attempt after signing in with the password again: two more wrong codes reach the lock
        for (int i = 0; i < 2; i++) {
            assertThat(factors.verify(leader, "11111" + i)).isFalse();
        }
        assertThat(jdbc.queryForObject("select locked_until > now() from account where username = 'lanhdao'", Boolean.class))
                .as("five wrong codes over two attempts lock the account").isTrue();
        String right = totp.codeAt(enrolment.secret(), Instant.now().plus(Totp.STEP));
        assertThat(factors.verify(leader, right)).as("the right code while the account is locked").isFalse();
        jdbc.update("update account set locked_until = null where username = 'lanhdao'"); // the lock has passed
        assertThat(factors.verify(leader, right)).isTrue();
        assertThat(jdbc.queryForList("select action from audit_log where actor = 'lanhdao' and occurred_at >= ? and action like 'LOGIN%' order by id",
                String.class, since)).endsWith("LOGIN_SUCCESS");
    }

    private PortalUser user(String username) {
        return (PortalUser) signIn.as(username);
    }

    @Test
    void the_demo_requires_no_second_factor_but_anyone_may_enrol() {
        PortalUser admin = user("admin");
        assertThat(factors.required(admin)).as("embedded demo: the demo accounts stay easy to try").isFalse();
        assertThat(factors.neededAtSignIn(admin)).isFalse();
        PortalUser leader = user("lanhdao");
        SecondFactors.Enrolment enrolment = factors.begin(leader);
        assertThat(enrolment.uri()).startsWith("otpauth://totp/").contains("secret=" + enrolment.secret(), "issuer=");
        assertThat(enrolment.qrDataUrl()).startsWith("data:image/svg+xml;base64,");
        assertThat(factors.neededAtSignIn(leader)).as("not before the first code").isFalse();
        assertThatThrownBy(() -> factors.confirm(leader, "000000")).isInstanceOf(UserFacingException.class)
                .hasMessage("second-factor.error.wrong-code");
        List<String> codes = factors.confirm(leader, totp.codeAt(enrolment.secret(), Instant.now()));
        assertThat(codes).hasSize(10).allMatch(c -> c.matches("[A-Z2-9]{4}-[A-Z2-9]{4}")).doesNotHaveDuplicates();
        assertThat(factors.neededAtSignIn(leader)).isTrue();
        assertThat(factors.status(leader)).isEqualTo(new SecondFactors.Status(SecondFactors.State.ACTIVE, false, 10));
        assertThat(jdbc.queryForList("select code_hash from recovery_code", String.class)).noneMatch(codes::contains);
    }

    @Test
    void a_code_passes_once_and_a_recovery_code_once() {
        PortalUser leader = user("lanhdao");
        SecondFactors.Enrolment enrolment = factors.begin(leader);
        List<String> recovery = factors.confirm(leader, totp.codeAt(enrolment.secret(), Instant.now()));
        String next = totp.codeAt(enrolment.secret(), Instant.now().plus(Totp.STEP)); // the app's next code (clock a little ahead)
        assertThat(factors.verify(leader, next)).isTrue();
        assertThat(factors.verify(leader, next)).as("the same code again (replayed)").isFalse();
        assertThat(factors.verify(leader, "12345")).isFalse();
        assertThat(factors.verify(leader, recovery.get(3).toLowerCase())).as("recovery codes are read without regard to case").isTrue();
        assertThat(factors.verify(leader, recovery.get(3))).as("a recovery code works once").isFalse();
        assertThat(factors.status(leader).recoveryCodesLeft()).isEqualTo(9);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where actor = 'lanhdao' and action = 'SECOND_FACTOR_REFUSED' "
                + "and occurred_at > now() - interval 1 minute", Integer.class)).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where actor = 'lanhdao' and action = 'SECOND_FACTOR_RECOVERY_USED'",
                Integer.class)).isPositive();
    }

    @Test
    void only_an_administrator_resets_someone_elses_second_factor() {
        PortalUser leader = user("lanhdao");
        SecondFactors.Enrolment enrolment = factors.begin(leader);
        factors.confirm(leader, totp.codeAt(enrolment.secret(), Instant.now()));
        signIn.as("dcpl");
        assertThatThrownBy(() -> factors.reset(leader.accountId())).isInstanceOf(AccessDeniedException.class);
        signIn.as("admin");
        factors.reset(leader.accountId());
        assertThat(factors.status(leader).state()).isEqualTo(SecondFactors.State.NONE);
    }

    @Test
    void sessions_are_ended_by_their_owner_or_an_administrator_and_the_holding_node_learns_it() throws Exception {
        PortalUser leader = user("lanhdao");
        MockHttpSession laptop = new MockHttpSession(null, "laptop-" + System.nanoTime());
        MockHttpSession phone = new MockHttpSession(null, "phone-" + System.nanoTime());
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36");
        sessions.started(laptop, leader, request);
        sessions.started(phone, leader, new MockHttpServletRequest());
        List<Sessions.OpenSession> mine = sessions.mine(laptop.getId());
        assertThat(mine).filteredOn(Sessions.OpenSession::current).singleElement()
                .satisfies(s -> assertThat(s.browser()).isEqualTo("Chrome / Windows"));
        long phoneRow = mine.stream().filter(s -> !s.current()).findFirst().orElseThrow().id();

        signIn.as("dcpl");
        assertThatThrownBy(() -> sessions.endMine(phoneRow)).as("someone else's session").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.endAll(leader.accountId())).isInstanceOf(AccessDeniedException.class);

        signIn.as("lanhdao");
        sessions.endMine(phoneRow);
        phone.setAttribute("giamsat.session.checked", 0L); // as if the last look was long ago
        assertThat(sessions.endedElsewhere(phone)).isTrue();
        laptop.setAttribute("giamsat.session.checked", 0L);
        assertThat(sessions.endedElsewhere(laptop)).isFalse();

        signIn.as("admin");
        assertThat(sessions.endAll(leader.accountId())).isEqualTo(1);
        assertThat(sessions.endedElsewhere(laptop)).as("looked at less than five seconds ago: not asked again yet").isFalse();
        laptop.setAttribute("giamsat.session.checked", 0L);
        assertThat(sessions.endedElsewhere(laptop)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'SESSIONS_ENDED_BY_ADMIN' and target_id = ?",
                Integer.class, String.valueOf(leader.accountId()))).isPositive();
    }
}
