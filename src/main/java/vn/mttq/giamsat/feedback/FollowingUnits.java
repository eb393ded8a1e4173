package vn.mttq.giamsat.feedback;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.text.SearchText;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.RecipientDirectory;
import vn.mttq.giamsat.organisation.RecipientDirectory.Committee;

/**
 * Which Front follows a case, suggested from where its subject works: the Front committee of the
 * place named in the subject's unit ("UBND xã Tú Lý, huyện Đà Bắc" → the commune Front of Tú Lý
 * when it is in the tree, else the district Front of Đà Bắc), the most local one that the person's
 * scope holds. Places are compared by level and name without diacritics, so "huyện Đà Bắc" does
 * not suggest "Thị trấn Đà Bắc".
 */
@Component
class FollowingUnits {

    private static final Pattern FRONT_PREFIX = Pattern.compile(
            "^(uy ban )?(mttq|mat tran to quoc)( viet nam)? ");

    private final RecipientDirectory directory;
    private final DataScopeService scopes;

    FollowingUnits(RecipientDirectory directory, DataScopeService scopes) {
        this.directory = directory;
        this.scopes = scopes;
    }

    /** The Front committees the person may choose, root first, in tree order. */
    List<Committee> choices() {
        return directory.frontCommittees(scopes.current().rootUnitId());
    }

    Optional<Long> suggest(@Nullable String subjectUnit) {
        String where = " " + SearchText.fold(subjectUnit) + " ";
        if (where.isBlank()) {
            return Optional.empty();
        }
        return choices().stream()
                .filter(u -> where.contains(" " + place(u.name()) + " "))
                .max(Comparator.comparingInt(Committee::depth).thenComparingInt(u -> place(u.name()).length()))
                .map(Committee::id);
    }

    /** "Ủy ban MTTQ huyện Lương Sơn" → "huyen luong son"; "Xã Tú Lý" → "xa tu ly". */
    static String place(String unitName) {
        return FRONT_PREFIX.matcher(SearchText.fold(unitName)).replaceFirst("");
    }
}
