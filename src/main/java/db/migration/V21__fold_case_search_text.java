package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.mttq.giamsat.base.text.SearchText;

/**
 * Cases recorded before the search column existed (V20) get their folded search text, once; from
 * then on the entity keeps it in step on every write. Folding Vietnamese needs Java's Unicode
 * decomposition, which SQL here does not have, hence a Java migration.
 */
public class V21__fold_case_search_text extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement read = context.getConnection().prepareStatement(
                     "SELECT id, subject_name, subject_position, subject_unit, content FROM feedback_case WHERE search_folded = ''");
             PreparedStatement write = context.getConnection().prepareStatement("UPDATE feedback_case SET search_folded = ? WHERE id = ?");
             ResultSet rows = read.executeQuery()) {
            int pending = 0;
            while (rows.next()) {
                write.setString(1, SearchText.indexed(rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending == 500) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
