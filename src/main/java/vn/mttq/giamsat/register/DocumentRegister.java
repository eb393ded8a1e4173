package vn.mttq.giamsat.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.text.TextPolicy;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.UnitService;

/**
 * Issues numbers from the register. Decree 30/2020/NĐ-CP, Appendix I: an agency numbers its
 * documents in one series per calendar year, from 01 on the first day of the year; the symbol
 * pattern per unit and kind of document is reference data ({@code document_symbol}).
 */
@Service
public class DocumentRegister {

    /** Pattern used when a unit has none for a kind of document: number, kind, then the Front's short name. */
    static final String DEFAULT_PATTERN = "{số}/{loại}-MTTQ";

    private final JdbcTemplate jdbc;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final DataScopeService scopes;

    private final ApplicationEventPublisher events;

    DocumentRegister(JdbcTemplate jdbc, UnitService units, CurrentUser currentUser, AuditService audit, DataScopeService scopes,
                     ApplicationEventPublisher events) {
        this.events = events;
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Takes the next number of the issuing unit's series for the year of {@code issuedOn}. Only
     * the issuing unit's own staff (or an administrator) issue in its name. The counter row is
     * incremented in one statement under InnoDB's row lock, so two issues at the same moment, on
     * one node or two, get two numbers; the number is part of the caller's transaction.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'DISTRICT_STAFF')")
    @Transactional
    public IssuedDocument issue(long unitId, String documentType, String sourceType, String sourceId, String title,
                                LocalDate issuedOn) {
        PortalUser user = currentUser.require();
        units.get(unitId); // the unit must be in the caller's scope
        if (!scopes.mayIssueFor(unitId)) {
            throw new UserFacingException("register.error.not-issuer");
        }
        return next(unitId, documentType, sourceType, sourceId, title, issuedOn, user.username());
    }

    /**
     * The same numbering for the portal's own seeding (the demo province's documents), which runs
     * before anyone signs in; refused while a person is signed in, so no one issues through it.
     */
    @Transactional
    public IssuedDocument issueWhileSeeding(long unitId, String documentType, String sourceType, String sourceId, String title,
                                            LocalDate issuedOn) {
        if (currentUser.get().isPresent()) {
            throw new AccessDeniedException("seeding numbers are issued by the system only");
        }
        return next(unitId, documentType, sourceType, sourceId, title, issuedOn, "system");
    }

    private IssuedDocument next(long unitId, String documentType, String sourceType, String sourceId, String title,
                                LocalDate issuedOn, String issuedBy) {
        String type = requireType(documentType);
        String cleanTitle = TextPolicy.require(title, 500, false);
        int year = issuedOn.getYear();
        jdbc.update("""
                INSERT INTO document_counter (unit_id, year, last_number) VALUES (?, ?, LAST_INSERT_ID(1))
                ON DUPLICATE KEY UPDATE last_number = LAST_INSERT_ID(last_number + 1)""", unitId, year);
        int number = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Integer.class);
        String symbol = format(pattern(unitId, type), number, type);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("""
                    INSERT INTO issued_document (unit_id, year, number, document_type, symbol, source_type, source_id, title,
                                                 issued_on, issued_by, issued_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6))""", new String[] {"id"});
            ps.setLong(1, unitId);
            ps.setInt(2, year);
            ps.setInt(3, number);
            ps.setString(4, type);
            ps.setString(5, symbol);
            ps.setString(6, sourceType);
            ps.setString(7, sourceId);
            ps.setString(8, cleanTitle);
            ps.setObject(9, issuedOn);
            ps.setString(10, issuedBy);
            return ps;
        }, key);
        long id = key.getKey().longValue();
        audit.record("DOCUMENT_ISSUED", sourceType, sourceId, symbol + " | " + cleanTitle);
        IssuedDocument issued = new IssuedDocument(id, unitId, year, number, type, symbol, sourceType, sourceId, cleanTitle, issuedOn);
        events.publishEvent(new DocumentIssued(issued));
        return issued;
    }

    /** The register of a unit for a year, in number order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IssuedDocument> entries(long unitId, int year) {
        units.get(unitId);
        return jdbc.query("""
                SELECT id, unit_id, year, number, document_type, symbol, source_type, source_id, title, issued_on
                FROM issued_document WHERE unit_id = ? AND year = ? ORDER BY number""",
                ROW, unitId, year);
    }

    /**
     * The number a record's document of this kind was last issued under, if any. No scope check: the
     * caller has already shown the record to the person (the document is being printed).
     */
    @Transactional(readOnly = true)
    public Optional<IssuedDocument> latest(String sourceType, String sourceId, String documentType) {
        return jdbc.query("""
                SELECT id, unit_id, year, number, document_type, symbol, source_type, source_id, title, issued_on
                FROM issued_document WHERE source_type = ? AND source_id = ? AND document_type = ? ORDER BY id DESC LIMIT 1""",
                ROW, sourceType, sourceId, documentType.toUpperCase(Locale.ROOT)).stream().findFirst();
    }

    /** Entries issued under a symbol (the verify page: a person types "05/KH-MTTQ-BTT"); usually one. */
    @Transactional(readOnly = true)
    public List<IssuedDocument> bySymbol(String symbol) {
        return jdbc.query("""
                SELECT id, unit_id, year, number, document_type, symbol, source_type, source_id, title, issued_on
                FROM issued_document WHERE symbol = ? ORDER BY issued_on DESC LIMIT 20""", ROW, symbol.strip());
    }

    /** One entry by its id. */
    @Transactional(readOnly = true)
    public Optional<IssuedDocument> byId(long id) {
        return jdbc.query("""
                SELECT id, unit_id, year, number, document_type, symbol, source_type, source_id, title, issued_on
                FROM issued_document WHERE id = ?""", ROW, id).stream().findFirst();
    }

    private static final RowMapper<IssuedDocument> ROW = (rs, n) -> new IssuedDocument(rs.getLong(1),
            rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getString(9), rs.getObject(10, LocalDate.class));

    /** The symbol pattern of a unit for a kind of document (reference data an administrator keeps). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setPattern(long unitId, String documentType, String pattern) {
        units.get(unitId);
        String type = requireType(documentType);
        String clean = TextPolicy.require(pattern, 100, false);
        if (clean == null || !clean.contains("{số}")) {
            throw new UserFacingException("register.error.pattern");
        }
        jdbc.update("""
                INSERT INTO document_symbol (unit_id, document_type, pattern) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE pattern = VALUES(pattern)""", unitId, type, clean);
        audit.record("DOCUMENT_SYMBOL_SET", "unit", unitId, type + " | " + clean);
    }

    private String pattern(long unitId, String type) {
        return Optional.ofNullable(jdbc.query("SELECT pattern FROM document_symbol WHERE unit_id = ? AND document_type = ?",
                rs -> rs.next() ? rs.getString(1) : null, unitId, type)).orElse(DEFAULT_PATTERN);
    }

    /** Numbers below 10 are written with a leading zero (Decree 30: "01", "02"…). */
    static String format(String pattern, int number, String type) {
        return pattern.replace("{số}", number < 10 ? "0" + number : String.valueOf(number)).replace("{loại}", type);
    }

    private static String requireType(String documentType) {
        String type = documentType == null ? "" : documentType.strip().toUpperCase(Locale.ROOT);
        if (!type.matches("[A-ZĐ]{1,10}")) {
            throw new UserFacingException("register.error.type");
        }
        return type;
    }
}
