package vn.mttq.giamsat.organisation;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.organisation.demo.DemoProvince;
import vn.mttq.giamsat.organisation.demo.DemoProvinceSeeded;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.infra.NoExternalDatabase;

/**
 * On an empty database: with the embedded database, seed the demo province and print its
 * accounts once; with an external database, create only the province and the first
 * administrator, whose password must come from configuration.
 */
@Component
class InitialData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialData.class);

    private final UnitRepository units;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final BootstrapProperties bootstrap;
    private final boolean embedded;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();
    private final JdbcTemplate jdbc;

    InitialData(UnitRepository units, AccountRepository accounts, PasswordEncoder encoder, AuditService audit,
                BootstrapProperties bootstrap, Environment env, ApplicationEventPublisher events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
        this.units = units;
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.bootstrap = bootstrap;
        this.embedded = NoExternalDatabase.in(env);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // asked in SQL, not through the repository: the first repository used before readiness is built
        // on the way, and the first one pays for warming Spring Data's query parser (about a second of
        // a start on an existing database, issue 25); base.infra.RepositoryWarmUp builds them all after
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM unit)", Boolean.class))) {
            return;
        }
        if (embedded) {
            seedDemo();
        } else {
            seedProduction();
        }
    }

    private void seedDemo() {
        Unit province = unit(DemoProvince.PROVINCE_CODE, DemoProvince.PROVINCE_NAME, UnitKind.PROVINCE_FRONT, null, 0);
        int order = 0;
        for (String[] d : DemoProvince.DEPARTMENTS) {
            unit(d[0], d[1], UnitKind.DEPARTMENT, province, ++order);
        }
        for (String[] m : DemoProvince.MEMBER_ORGANISATIONS) {
            unit(m[0], m[1], UnitKind.MEMBER_ORGANISATION, province, ++order);
        }
        for (DemoProvince.District d : DemoProvince.DISTRICTS) {
            Unit district = unit(d.code(), d.name(), UnitKind.DISTRICT_FRONT, province, ++order);
            int c = 0;
            for (String commune : d.communes()) {
                unit(d.code() + "-" + (++c), "Ủy ban MTTQ " + commune.substring(0, 1).toLowerCase() + commune.substring(1),
                        UnitKind.COMMUNE_FRONT, district, c);
            }
        }
        Map<String, Long> unitIds = new HashMap<>();
        units.findAll().forEach(u -> unitIds.put(u.getCode(), u.getId()));
        Map<String, Long> accountIds = new HashMap<>();
        StringBuilder banner = new StringBuilder("\n=== Tài khoản demo (demo accounts), mật khẩu / password: ")
                .append(DemoProvince.PASSWORD).append(" ===\n");
        for (DemoProvince.DemoAccount a : DemoProvince.ACCOUNTS) {
            Account account = account(a.username(), a.fullName(), a.role(), units.findByCode(a.unitCode()).orElseThrow(),
                    DemoProvince.PASSWORD);
            account.setEmail(a.username() + DemoProvince.MAIL_DOMAIN);
            accountIds.put(a.username(), account.getId());
            banner.append(String.format("  %-12s %-20s %s%n", a.username(), a.role(), a.fullName()));
        }
        audit.recordAs("system", "DEMO_DATA_SEEDED", "unit", province.getId(), DemoProvince.PROVINCE_NAME, null);
        events.publishEvent(new DemoProvinceSeeded(Map.copyOf(unitIds), Map.copyOf(accountIds)));
        log.info(banner.toString());
    }

    private void seedProduction() {
        if (!StringUtils.hasText(bootstrap.adminPassword())) {
            throw new IllegalStateException("Empty database: set GIAMSAT_ADMIN_PASSWORD (app.bootstrap.admin-password) "
                    + "for the first administrator account.");
        }
        PasswordPolicy.check(bootstrap.adminPassword());
        Unit province = unit(bootstrap.provinceCode(), bootstrap.provinceName(), UnitKind.PROVINCE_FRONT, null, 0);
        account(bootstrap.adminUsername(), "Quản trị hệ thống", Role.ADMIN, province, bootstrap.adminPassword());
        audit.recordAs("system", "FIRST_ADMIN_CREATED", "account", null, bootstrap.adminUsername(), null);
        log.info("First administrator '{}' created for {}", bootstrap.adminUsername(), bootstrap.provinceName());
    }

    private Unit unit(String code, String name, UnitKind kind, Unit parent, int order) {
        Unit unit = new Unit(code, name, kind, parent);
        unit.setSortOrder(order);
        unit.setSignerName(embedded ? DemoProvince.SIGNERS.get(code) : null);
        Unit saved = units.saveAndFlush(unit);
        saved.refreshPath();
        return saved;
    }

    private Account account(String username, String fullName, Role role, Unit unit, String password) {
        Account account = new Account(username, fullName, role, unit);
        account.setPasswordHash(encoder.encode(password), clock.instant());
        return accounts.save(account);
    }
}
