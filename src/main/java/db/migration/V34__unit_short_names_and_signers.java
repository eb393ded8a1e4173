package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.mttq.giamsat.organisation.UnitKind;
import vn.mttq.giamsat.organisation.UnitShortNames;

/**
 * Units get a short name for lists, charts and choosers (issue 22: "Ủy ban MTT…" cut in every
 * list) and the person who signs their documents (Decree 30/2020, Annex I: the signer's title,
 * then the full name). Existing units get the short name the rule derives; an administrator
 * corrects it in admin/don-vi. Deriving needs Java's Vietnamese-aware patterns, hence Java.
 */
public class V34__unit_short_names_and_signers extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement ddl = context.getConnection().createStatement()) {
            ddl.execute("ALTER TABLE unit ADD COLUMN short_name VARCHAR(40) NULL, ADD COLUMN signer_title VARCHAR(120) NULL, "
                    + "ADD COLUMN signer_name VARCHAR(120) NULL");
        }
        try (PreparedStatement read = context.getConnection().prepareStatement("SELECT id, name, kind FROM unit");
             PreparedStatement write = context.getConnection().prepareStatement("UPDATE unit SET short_name = ? WHERE id = ?");
             ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                write.setString(1, UnitShortNames.derive(rows.getString(2), UnitKind.valueOf(rows.getString(3))));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
        try (Statement ddl = context.getConnection().createStatement()) {
            ddl.execute("ALTER TABLE unit MODIFY short_name VARCHAR(40) NOT NULL");
        }
    }
}
