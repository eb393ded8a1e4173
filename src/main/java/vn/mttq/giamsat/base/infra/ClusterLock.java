package vn.mttq.giamsat.base.infra;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * A MariaDB named lock ({@code GET_LOCK}) for work that must not run on two nodes at once. The
 * lock belongs to a connection of its own, held for the work's length: when the node dies, the
 * server drops the connection and with it the lock, so the work never stays blocked.
 */
@Component
public class ClusterLock {

    private final DataSource dataSource;

    ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The lock, when no other node (or thread) holds it; empty at once otherwise. */
    public Optional<Held> tryLock(String name) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("select get_lock(?, 0)")) {
                lock.setString(1, "giamsat124." + name);
                try (ResultSet rs = lock.executeQuery()) {
                    if (rs.next() && rs.getInt(1) == 1) {
                        Held held = new Held(connection, "giamsat124." + name);
                        connection = null;
                        return Optional.of(held);
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("named lock " + name, e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the pool replaces a broken connection
            }
        }
    }

    /** A held lock; closing releases it and returns the connection to the pool. */
    public static final class Held implements AutoCloseable {
        private final Connection connection;
        private final String name;

        private Held(Connection connection, String name) {
            this.connection = connection;
            this.name = name;
        }

        @Override
        public void close() {
            try (PreparedStatement release = connection.prepareStatement("select release_lock(?)")) {
                release.setString(1, name);
                release.executeQuery().close();
            } catch (SQLException ignored) {
                // a lost connection has released the lock already
            } finally {
                closeQuietly(connection);
            }
        }
    }
}
