package vn.mttq.giamsat.feedback;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Component;
import vn.mttq.giamsat.base.text.SearchText;

/**
 * The case list's query, written with only the conditions a filter sets, so that MariaDB picks the
 * index that fits (newest first along the receipt date, the state index for "overdue"). Words are
 * matched without diacritics on the folded search column ({@link SearchText#indexed}) in two
 * steps measured on a million cases (docs/benchmarks.md): first among the newest cases of the
 * filter ({@value #FIRST_WINDOW}, then {@value #WINDOW}), which finds common words at once (the
 * small window spares reading thousands of texts for the word most searches type); when that
 * does not fill the page, through the full-text index by the typed words' pairs (a single word by
 * itself), which finds rarer phrases. The phrase itself is always checked on the folded text, so both steps give
 * the same rows in the same order. A typed receipt code finds its case.
 */
@Component
class CaseSearch {

    /** How many of the newest cases the first step reads: a few first, then more. */
    static final int FIRST_WINDOW = 200;
    static final int WINDOW = 3000;
    /** InnoDB's default stop words of three letters or more: never indexed, so never required. */
    private static final Set<String> STOP_WORDS = Set.of("about", "are", "com", "for", "from", "how", "that", "the", "this", "was",
            "what", "when", "where", "who", "will", "with", "und", "www");
    private static final String ORDER = " ORDER BY c.received_on DESC, c.id DESC";
    private static final String PHRASE = " AND SUBSTRING_INDEX(c.search_folded, '" + SearchText.PAIRS + "', 1) LIKE ?";

    private final EntityManager em;

    CaseSearch(EntityManager em) {
        this.em = em;
    }

    /** A query being written: its SQL and its positional arguments. */
    private record Sql(StringBuilder text, List<Object> args) {
        Sql(String start) {
            this(new StringBuilder(start), new ArrayList<>());
        }

        Sql and(boolean set, String clause, Object value) {
            if (set) {
                text.append(clause);
                args.add(value instanceof LocalDate d ? Date.valueOf(d) : value);
            }
            return this;
        }
    }

    Slice<FeedbackCase> find(Collection<Long> units, CaseService.Filter f, Pageable page) {
        if (units.isEmpty()) {
            return new SliceImpl<>(List.of(), page, false);
        }
        String typed = f.text() == null ? "" : f.text().strip();
        String code = ReceiptCodes.normalise(typed);
        if (code.length() == 14 && code.charAt(4) == '-' && !typed.contains(" ")) {
            return page(filtered("SELECT c.* FROM feedback_case c", units, f).and(true, " AND c.receipt_code = ?", code), page);
        }
        String folded = SearchText.fold(typed);
        if (folded.isEmpty()) {
            return page(filtered("SELECT c.* FROM feedback_case c", units, f), page);
        }
        String like = "%" + SearchText.contains(folded) + "%";
        // 1. among the newest cases of the filter: their ids in order, each with whether the phrase is in it
        long wanted = page.getOffset() + page.getPageSize() + 1;
        for (int size : new int[] {FIRST_WINDOW, WINDOW}) {
            if (size < wanted) {
                continue;
            }
            Sql newest = filtered("SELECT c.id, SUBSTRING_INDEX(c.search_folded, '" + SearchText.PAIRS + "', 1) LIKE ? FROM feedback_case c",
                    units, f);
            newest.args().addFirst(like);
            newest.text().append(ORDER).append(" LIMIT ").append(size);
            Query query = em.createNativeQuery(newest.text().toString());
            bind(query, newest.args());
            @SuppressWarnings("unchecked")
            List<Object[]> window = query.getResultList();
            List<Long> matching = window.stream().filter(r -> ((Number) r[1]).intValue() == 1).map(r -> ((Number) r[0]).longValue()).toList();
            if (matching.size() >= wanted || window.size() < size) {
                // a full page, or the window held every case of the filter
                return rows(matching, page);
            }
        }
        // 2. through the full-text index
        String terms = terms(folded);
        Sql all = filtered("SELECT c.* FROM feedback_case c", units, f);
        all.and(!terms.isEmpty(), " AND MATCH(c.search_folded) AGAINST (? IN BOOLEAN MODE)", terms).and(true, PHRASE, like);
        return page(all, page);
    }

    /** Counted no further than this: past it the list says "more than 10.000". */
    static final int COUNT_CAP = 10_000;

    /**
     * How many cases the filter finds (the list's count, issue 22), up to {@link #COUNT_CAP} + 1: the
     * same conditions as {@link #find}, a phrase through the full-text index and the exact phrase check.
     */
    long count(Collection<Long> units, CaseService.Filter f) {
        if (units.isEmpty()) {
            return 0;
        }
        String typed = f.text() == null ? "" : f.text().strip();
        String code = ReceiptCodes.normalise(typed);
        String folded = SearchText.fold(typed);
        Sql sql = filtered("SELECT 1 FROM feedback_case c", units, f);
        if (code.length() == 14 && code.charAt(4) == '-' && !typed.contains(" ")) {
            sql.and(true, " AND c.receipt_code = ?", code);
        } else if (!folded.isEmpty()) {
            String terms = terms(folded);
            sql.and(!terms.isEmpty(), " AND MATCH(c.search_folded) AGAINST (? IN BOOLEAN MODE)", terms)
                    .and(true, PHRASE, "%" + SearchText.contains(folded) + "%");
        }
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM (" + sql.text() + " LIMIT " + (COUNT_CAP + 1) + ") t");
        bind(query, sql.args());
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The page of the matching ids, as cases in the same order. */
    private Slice<FeedbackCase> rows(List<Long> matching, Pageable page) {
        List<Long> ids = matching.stream().skip(page.getOffset()).limit(page.getPageSize() + 1L).toList();
        Map<Long, FeedbackCase> byId = em.createQuery("select c from FeedbackCase c where c.id in :ids", FeedbackCase.class)
                .setParameter("ids", ids.isEmpty() ? List.of(-1L) : ids).getResultStream()
                .collect(Collectors.toMap(FeedbackCase::getId, c -> c));
        List<FeedbackCase> rows = ids.stream().map(byId::get).toList();
        boolean more = rows.size() > page.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
    }

    /** The units and the filter's conditions, only those it sets. */
    private static Sql filtered(String select, Collection<Long> units, CaseService.Filter f) {
        Sql sql = new Sql(select + " WHERE c.following_unit_id IN (" + units.stream().map(String::valueOf).collect(Collectors.joining(","))
                + ")");
        return sql.and(f.status() != null, " AND c.status = ?", f.status() == null ? null : f.status().name())
                .and(f.kind() != null, " AND c.kind = ?", f.kind() == null ? null : f.kind().name())
                .and(f.channel() != null, " AND c.channel = ?", f.channel() == null ? null : f.channel().name())
                .and(f.handler() != 0, " AND c.handler_account_id = ?", f.handler())
                .and(f.dueBy() != null, " AND c.status = 'AWAITING_ANSWER' AND c.due_date <= ?", f.dueBy())
                .and(f.from() != null, " AND c.received_on >= ?", f.from())
                .and(f.to() != null, " AND c.received_on <= ?", f.to());
    }

    /**
     * The full-text terms for a folded phrase: its first, middle and last adjacent pairs required
     * (the last may be unfinished, as it is being typed), or the single word when it has three
     * letters or more. InnoDB reads every required term's whole list, so three pairs keep a long
     * phrase of common words affordable; the phrase check afterwards makes the result exact.
     */
    static String terms(String folded) {
        List<String> pairs = SearchText.pairs(folded);
        if (!pairs.isEmpty()) {
            LinkedHashSet<String> chosen = new LinkedHashSet<>(List.of(pairs.getFirst(), pairs.get(pairs.size() / 2),
                    pairs.getLast()));
            return chosen.stream().map(p -> "+" + p).collect(Collectors.joining(" ")) + "*";
        }
        return folded.length() >= 3 && !STOP_WORDS.contains(folded) ? "+" + folded + "*" : "";
    }

    private Slice<FeedbackCase> page(Sql sql, Pageable page) {
        String text = sql.text() + ORDER + " LIMIT " + (page.getPageSize() + 1) + " OFFSET " + page.getOffset();
        Query query = em.createNativeQuery(text, FeedbackCase.class);
        bind(query, sql.args());
        @SuppressWarnings("unchecked")
        List<FeedbackCase> rows = new ArrayList<>(query.getResultList());
        boolean more = rows.size() > page.getPageSize();
        return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
    }

    private static void bind(Query query, List<Object> args) {
        for (int i = 0; i < args.size(); i++) {
            query.setParameter(i + 1, args.get(i));
        }
    }
}
