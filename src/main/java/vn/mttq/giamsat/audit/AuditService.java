package vn.mttq.giamsat.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.security.ClientAddress;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.security.PortalUser;
import vn.mttq.giamsat.base.text.PortalFormats;
import vn.mttq.giamsat.base.text.SearchText;

/** The audit trail's API: record an action, and (administrators only) read the trail. */
@Service
public class AuditService {

    private final AuditLogRepository repository;
    private final CurrentUser currentUser;
    private final ClientAddress clientAddress;
    private final Clock clock;

    AuditService(AuditLogRepository repository, CurrentUser currentUser, ClientAddress clientAddress) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clientAddress = clientAddress;
        this.clock = Clock.systemUTC();
    }

    /** Records an action by the signed-in user (or "system" when none) from the current request. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String targetType, @Nullable Object targetId, @Nullable String details) {
        String actor = currentUser.get().map(PortalUser::username).orElse("system");
        save(actor, action, targetType, targetId, details, clientAddress.current());
    }

    /** Records an action whose actor is known only by name, e.g. a failed sign-in. */
    @Transactional
    public void recordAs(String actor, String action, String targetType, @Nullable Object targetId,
                         @Nullable String details, @Nullable String clientIp) {
        save(actor, action, targetType, targetId, details, clientIp);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<AuditEntry> search(String text, @Nullable LocalDate from, @Nullable LocalDate to, Pageable pageable) {
        return repository.search(SearchText.contains(text), start(from), end(to), pageable);
    }

    /** How many entries {@link #search} finds. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(String text, @Nullable LocalDate from, @Nullable LocalDate to) {
        return repository.countSearch(SearchText.contains(text), start(from), end(to));
    }

    private static Instant start(@Nullable LocalDate from) {
        return from == null ? Instant.EPOCH : from.atStartOfDay(PortalFormats.VIETNAM).toInstant();
    }

    private static Instant end(@Nullable LocalDate to) {
        return to == null ? Instant.parse("9999-12-31T00:00:00Z") : to.plusDays(1).atStartOfDay(PortalFormats.VIETNAM).toInstant();
    }

    /**
     * The history of records (a plan and its tasks), oldest first, for their page's "Lịch sử" tab.
     * The feature that asks has already checked that the person may see those records.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditEntry> trail(String targetType, Collection<String> targetIds) {
        return targetIds.isEmpty() ? List.of()
                : repository.findByTargetTypeAndTargetIdInOrderByOccurredAtAscIdAsc(targetType, targetIds);
    }

    private void save(String actor, String action, String targetType, @Nullable Object targetId,
                      @Nullable String details, @Nullable String clientIp) {
        repository.save(new AuditEntry(clock.instant(), actor, action, targetType,
                targetId == null ? null : String.valueOf(targetId), details, clientIp));
    }
}
