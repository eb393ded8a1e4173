package vn.mttq.giamsat.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.text.ListSpreadsheet;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.Texts;

/**
 * The audit log as the page's filter shows it, as a spreadsheet (issue 22: every list with filters
 * downloads): the moment as a date-time cell, people by full name, actions and records in words, up
 * to {@link #MAX_ROWS} entries.
 */
@Component
class AuditExport {

    static final int MAX_ROWS = 10_000;

    private final AuditService audit;
    private final ActorNames actors;

    AuditExport(AuditService audit, ActorNames actors) {
        this.audit = audit;
        this.actors = actors;
    }

    @Transactional(readOnly = true)
    public byte[] write(String text, @Nullable LocalDate from, @Nullable LocalDate to, Locale locale) {
        List<AuditEntry> entries = audit.search(text, from, to, PageRequest.of(0, MAX_ROWS)).getContent();
        Map<String, String> full = actors.fullNames(entries.stream().map(AuditEntry::getActor).distinct().toList());
        List<List<?>> rows = entries.stream().<List<?>>map(e -> Arrays.<@Nullable Object>asList(
                LocalDateTime.ofInstant(e.getOccurredAt(), PortalFormats.VIETNAM),
                full.getOrDefault(e.getActor(), AuditWords.actor(locale, e.getActor())), AuditWords.action(locale, e.getAction()),
                AuditWords.target(locale, e.getTargetType(), e.getTargetId()), e.getDetails(), e.getClientIp())).toList();
        return ListSpreadsheet.write(Texts.format(locale, "menu.audit"), List.of(Texts.format(locale, "audit.time"),
                Texts.format(locale, "audit.actor"), Texts.format(locale, "audit.action"), Texts.format(locale, "audit.target"),
                Texts.format(locale, "audit.details"), Texts.format(locale, "audit.address")), rows);
    }
}
