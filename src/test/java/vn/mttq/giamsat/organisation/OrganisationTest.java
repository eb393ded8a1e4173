package vn.mttq.giamsat.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import vn.mttq.giamsat.SignIn;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.Role;

/** Units, accounts and data scopes against the real (embedded) MariaDB with the demo province. */
@SpringBootTest
@Import(SignIn.class)
class OrganisationTest {

    @Autowired UnitService units;
    @Autowired AccountService accounts;
    @Autowired DataScopeService scopes;
    @Autowired UnitRepository unitRepository;
    @Autowired JdbcTemplate jdbc;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void demo_province_has_eight_districts_with_communes_and_member_organisations() {
        signIn.as("lanhdao");
        Unit province = units.scopeRoot();
        List<UnitSummary> children = units.childSummaries(province.getId());
        assertThat(children).extracting(UnitSummary::name)
                .contains("Ủy ban MTTQ huyện Lương Sơn", "Hội Nông dân tỉnh")
                .doesNotContain("Ban Dân chủ - Pháp luật");
        assertThat(children.stream().filter(c -> c.name().matches("Ủy ban MTTQ (huyện|thành phố) .*"))).hasSize(8);
        UnitSummary luongSon = children.stream().filter(c -> c.name().endsWith("Lương Sơn")).findFirst().orElseThrow();
        assertThat(luongSon.subUnits()).isEqualTo(4);
        assertThat(luongSon.accounts()).isGreaterThanOrEqualTo(1);
        assertThat(children).extracting(UnitSummary::shortName).contains("Lương Sơn", "TP. Hòa Bình", "Hội Nông dân", "Tỉnh đoàn");
    }

    @Test
    void search_without_diacritics_finds_vietnamese_names() {
        signIn.as("admin");
        List<String> names = accounts.search("nguyen thi hong", PageRequest.of(0, 20)).map(Account::getFullName).toList();
        assertThat(names).contains("Nguyễn Thị Hồng Vân");
        List<String> unitNames = units.search("luong son", PageRequest.of(0, 20)).map(Unit::getName).toList();
        assertThat(unitNames).contains("Ủy ban MTTQ huyện Lương Sơn", "Ủy ban MTTQ thị trấn Lương Sơn");
    }

    @Test
    void sorting_by_name_follows_vietnamese_alphabet() {
        signIn.as("admin");
        Unit daBac = unitRepository.findByCode("HB-DB").orElseThrow();
        units.save(new Unit("T-DUONG", "Xã Dương Hòa", UnitKind.COMMUNE_FRONT, daBac));
        units.save(new Unit("T-DA", "Xã Đa Phúc", UnitKind.COMMUNE_FRONT, daBac));
        List<String> sorted = units.search("xa d", PageRequest.of(0, 200, Sort.by("name"))).map(Unit::getName).toList();
        // Đ is a letter of its own after D in Vietnamese, so "Dương" comes before "Đa"
        assertThat(sorted).containsSubsequence("Xã Dương Hòa", "Xã Đa Phúc");
    }

    @Test
    void district_staff_see_only_their_own_subtree() {
        signIn.as("luongson");
        DataScope scope = scopes.current();
        List<Unit> visible = units.search("", PageRequest.of(0, 200)).getContent();
        assertThat(visible).hasSize(5).allMatch(u -> scope.includes(u));
        assertThat(visible).extracting(Unit::getName).doesNotContain("Ủy ban MTTQ huyện Đà Bắc");
        Unit daBac = unitRepository.findByCode("HB-DB").orElseThrow();
        assertThatThrownBy(() -> units.get(daBac.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> units.childSummaries(daBac.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_administrators_manage_units_and_accounts() {
        signIn.as("hoinongdan");
        assertThatThrownBy(() -> accounts.search("", PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        Unit any = new Unit("X-1", "X", UnitKind.COMMUNE_FRONT, null);
        assertThatThrownBy(() -> units.save(any)).isInstanceOf(AccessDeniedException.class);
        signIn.as("lanhdao");
        assertThatThrownBy(() -> accounts.resetPassword(1L, "Abcdef123")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void duplicate_unit_code_is_refused_and_nothing_is_saved() {
        signIn.as("admin");
        long before = unitRepository.count();
        Unit province = units.scopeRoot();
        Unit duplicate = new Unit("HB-LS", "Trùng mã", UnitKind.DISTRICT_FRONT, province);
        assertThatThrownBy(() -> units.save(duplicate))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("unit.error.duplicate-code");
        assertThat(unitRepository.count()).isEqualTo(before);
    }

    @Test
    void moving_a_district_moves_its_communes_and_is_audited() {
        signIn.as("admin");
        Unit province = units.scopeRoot();
        Unit group = units.save(new Unit("T-GROUP", "Cụm thử nghiệm", UnitKind.DISTRICT_FRONT, province));
        Unit district = units.save(new Unit("T-DIST", "Huyện thử nghiệm", UnitKind.DISTRICT_FRONT, province));
        Unit commune = units.save(new Unit("T-COMM", "Xã thử nghiệm", UnitKind.COMMUNE_FRONT, district));
        district.setParent(group);
        units.save(district);
        Unit reloaded = unitRepository.findById(commune.getId()).orElseThrow();
        assertThat(reloaded.getPath()).isEqualTo(province.getPath() + group.getId() + "/" + district.getId() + "/" + commune.getId() + "/");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'UNIT_UPDATED' and target_id = ?",
                Long.class, String.valueOf(district.getId()))).isEqualTo(1);
        Unit loop = unitRepository.findById(group.getId()).orElseThrow();
        loop.setParent(unitRepository.findById(commune.getId()).orElseThrow());
        assertThatThrownBy(() -> units.save(loop)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void concurrent_edits_are_detected_not_overwritten() {
        signIn.as("admin");
        Unit first = unitRepository.findByCode("HB-CP").orElseThrow();
        Unit second = unitRepository.findByCode("HB-CP").orElseThrow();
        first.setName("Ủy ban MTTQ huyện Cao Phong (sửa 1)");
        units.save(first);
        second.setName("Ủy ban MTTQ huyện Cao Phong (sửa 2)");
        assertThatThrownBy(() -> units.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(unitRepository.findByCode("HB-CP").orElseThrow().getName()).endsWith("(sửa 1)");
    }

    @Test
    void accounts_are_created_with_hashed_password_and_validated() {
        signIn.as("admin");
        Unit luongSon = unitRepository.findByCode("HB-LS").orElseThrow();
        assertThatThrownBy(() -> accounts.create(new Account("luongson", "Trùng", Role.DISTRICT_STAFF, luongSon), "Matkhau123"))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> accounts.create(new Account("moi.yeu", "Mật khẩu yếu", Role.DISTRICT_STAFF, luongSon), "ngan"))
                .isInstanceOf(UserFacingException.class);
        Account created = accounts.create(new Account("tran.van.binh", "Trần Văn Bình", Role.DISTRICT_STAFF, luongSon), "Matkhau123");
        String hash = jdbc.queryForObject("select password_hash from account where id = ?", String.class, created.getId());
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("Matkhau123");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'ACCOUNT_CREATED' and target_id = ?",
                Long.class, String.valueOf(created.getId()))).isEqualTo(1);
    }

    @Test
    void audit_rows_cannot_be_changed_or_deleted() {
        signIn.as("admin");
        assertThat(jdbc.queryForObject("select count(*) from audit_log", Long.class)).isPositive();
        assertThatThrownBy(() -> jdbc.update("update audit_log set actor = 'x'")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log")).hasMessageContaining("append-only");
    }

    @Test
    void a_two_tier_province_with_communes_directly_under_it_needs_no_code_change() {
        signIn.as("admin");
        Unit province = units.scopeRoot();
        Unit commune = units.save(new Unit("T-2CAP", "Ủy ban MTTQ xã Hai Cấp", UnitKind.COMMUNE_FRONT, province));
        assertThat(units.childSummaries(province.getId())).extracting(UnitSummary::name).contains("Ủy ban MTTQ xã Hai Cấp");
        assertThat(commune.getPath()).isEqualTo(province.getPath() + commune.getId() + "/");
    }

    @Test
    void an_administrator_keeps_a_units_short_name_and_signer_and_a_blank_short_name_is_derived() {
        signIn.as("admin");
        Unit province = units.scopeRoot();
        Unit saved = units.save(new Unit("T-SHORT", "Ủy ban MTTQ huyện Thử Nghiệm", UnitKind.DISTRICT_FRONT, province));
        assertThat(jdbc.queryForObject("select short_name from unit where code = 'T-SHORT'", String.class)).isEqualTo("Thử Nghiệm");
        saved.setWrittenShortName("Thử nghiệm A");
        saved.setSignerTitle("Phó Chủ tịch");
        saved.setSignerName("Lò Văn Mạnh");
        units.save(saved);
        assertThat(jdbc.queryForMap("select short_name, signer_title, signer_name from unit where code = 'T-SHORT'"))
                .containsEntry("short_name", "Thử nghiệm A").containsEntry("signer_title", "Phó Chủ tịch").containsEntry("signer_name", "Lò Văn Mạnh");
    }

    @Test
    void changing_to_a_passphrase_past_bcrypts_limit_is_refused_by_name_and_changes_nothing() {
        signIn.as("hoinongdan");
        String before = jdbc.queryForObject("select password_hash from account where username = 'hoinongdan'", String.class);
        Assertions.assertThatThrownBy(() -> accounts.changeOwnPassword("Demo@124",
                        "Mặt trận Tổ quốc Việt Nam giám sát cán bộ đảng viên năm 2026 và 2027!"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("password-too-long");
        Assertions.assertThat(jdbc.queryForObject(
                "select password_hash from account where username = 'hoinongdan'", String.class)).isEqualTo(before);
        signIn.signOut();
    }

    @Test
    void percent_and_underscore_in_a_search_box_are_literal_characters() {
        signIn.as("admin");
        // "H_" used to match every code starting with H and one more character (42 units)
        Assertions.assertThat(units.search("H_", PageRequest.of(0, 200)).getContent()).isEmpty();
        Assertions.assertThat(units.search("%", PageRequest.of(0, 200)).getContent()).isEmpty();
        Assertions.assertThat(accounts.search("_", PageRequest.of(0, 200)).getContent()).isEmpty();
        Assertions.assertThat(units.search("HB-LS", PageRequest.of(0, 200)).getContent()).isNotEmpty();
        signIn.signOut();
    }

    @Autowired ApplicationEventPublisher events;
    @Autowired UserDetailsService userDetails;

    @Test
    void every_failed_sign_in_is_audited_whatever_was_typed() {
        String tooLong = "a".repeat(65);
        String vietnamese = "nguyễn.văn.an";
        for (String typed : List.of(tooLong, vietnamese)) {
            // the look-up answers "unknown" instead of a database error
            Assertions.assertThatThrownBy(() -> userDetails.loadUserByUsername(typed))
                    .isInstanceOf(UsernameNotFoundException.class);
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(typed, "sai"),
                    new BadCredentialsException("bad")));
        }
        Assertions.assertThat(jdbc.queryForList(
                        "select actor from audit_log where action = 'LOGIN_FAILURE' and (actor = ? or actor = ?)", String.class,
                        "a".repeat(64), vietnamese))
                .contains("a".repeat(64), vietnamese);
    }

    @Test
    void an_unknown_username_locks_after_as_many_wrong_tries_as_a_known_one() {
        String nobody = "khongtontai" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            Assertions.assertThatThrownBy(() -> userDetails.loadUserByUsername(nobody))
                    .isInstanceOf(UsernameNotFoundException.class);
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(nobody, "sai"),
                    new BadCredentialsException("bad")));
        }
        // the sixth try meets a locked account, as a known name would: nothing tells the two apart
        Assertions.assertThat(userDetails.loadUserByUsername(nobody).isAccountNonLocked()).isFalse();
    }
}
