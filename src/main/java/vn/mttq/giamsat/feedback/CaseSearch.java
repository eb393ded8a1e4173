package vn.mttq.giamsat.feedback;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.SearchText;

/**
 * The case list's query, written with only the conditions a filter sets, so that MariaDB picks the
 * index that fits (newest first along the receipt date, the deadline index for "overdue", the
 * full-text index for words). Words are matched without diacritics on the folded search column:
 * words of three letters or more through the full-text index (InnoDB's default minimum word
 * length), the whole phrase then with LIKE on the same column; a typed receipt code finds its case.
 */
@Component
class CaseSearch {

    /** InnoDB's default stop words of three letters or more: never indexed, so never required. */
    private static final Set<String> STOP_WORDS = Set.of("about", "are", "com", "for", "from", "how", "that", "the", "this", "was",
            "what", "when", "where", "who", "will", "with", "und", "www");

    private final EntityManager em;

    CaseSearch(EntityManager em) {
        this.em = em;
    }

    Slice<FeedbackCase> find(Collection<Long> units, CaseService.Filter f, Pageable page) {
        if (units.isEmpty()) {
            return new SliceImpl<>(List.of(), page, false);
        }
        StringBuilder sql = new StringBuilder("SELECT c.* FROM feedback_case c WHERE c.following_unit_id IN (")
                .append(units.stream().map(String::valueOf).collect(Collectors.joining(","))).append(')');
        List<Object> args = new ArrayList<>();
        condition(sql, args, f.status() != null, " AND c.status = ?", f.status() == null ? null : f.status().name());
        condition(sql, args, f.kind() != null, " AND c.kind = ?", f.kind() == null ? null : f.kind().name());
        condition(sql, args, f.channel() != null, " AND c.channel = ?", f.channel() == null ? null : f.channel().name());
        condition(sql, args, f.handler() != 0, " AND c.handler_account_id = ?", f.handler());
        condition(sql, args, f.dueBy() != null, " AND c.status = 'AWAITING_ANSWER' AND c.due_date <= ?", f.dueBy());
        condition(sql, args, f.from() != null, " AND c.received_on >= ?", f.from());
        condition(sql, args, f.to() != null, " AND c.received_on <= ?", f.to());
        words(sql, args, f.text() == null ? "" : f.text());
        sql.append(" ORDER BY c.received_on DESC, c.id DESC LIMIT ").append(page.getPageSize() + 1).append(" OFFSET ").append(page.getOffset());
        Query query = em.createNativeQuery(sql.toString(), FeedbackCase.class);
        for (int i = 0; i < args.size(); i++) {
            query.setParameter(i + 1, args.get(i));
        }
        @SuppressWarnings("unchecked")
        List<FeedbackCase> rows = new ArrayList<>(query.getResultList());
        boolean more = rows.size() > page.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
    }

    private static void condition(StringBuilder sql, List<Object> args, boolean set, String clause, Object value) {
        if (set) {
            sql.append(clause);
            args.add(value instanceof LocalDate d ? java.sql.Date.valueOf(d) : value);
        }
    }

    private static void words(StringBuilder sql, List<Object> args, String typed) {
        String code = ReceiptCodes.normalise(typed);
        if (code.length() == 14 && code.charAt(4) == '-' && !typed.strip().contains(" ")) {
            sql.append(" AND c.receipt_code = ?");
            args.add(code);
            return;
        }
        String folded = SearchText.fold(typed);
        if (folded.isEmpty()) {
            return;
        }
        String indexed = java.util.Arrays.stream(folded.split(" ")).filter(w -> w.length() >= 3 && !STOP_WORDS.contains(w))
                .map(w -> "+" + w).distinct().collect(Collectors.joining(" "));
        if (!indexed.isEmpty()) {
            sql.append(" AND MATCH(c.search_folded) AGAINST (? IN BOOLEAN MODE)");
            args.add(indexed);
        }
        sql.append(" AND c.search_folded LIKE ?");
        args.add("%" + SearchText.contains(folded) + "%");
    }
}
