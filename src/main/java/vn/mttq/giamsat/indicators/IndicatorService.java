package vn.mttq.giamsat.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jakarta.annotation.PreDestroy;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.organisation.DataScopeService;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * The one query service behind periodic reports, the dashboard and the open API: any indicator of
 * the catalogue for a unit's subtree and a period, and the same per direct sub-unit for
 * drill-down. Each source is asked once per call for every unit of the subtree; the sums are
 * made here, so a commune's record counts once in its district and once in the province.
 */
@Service
public class IndicatorService {

    /**
     * A subtree's values split the way drill-down shows them: {@code own} is what the unit
     * recorded itself, {@code branches} each direct sub-unit's subtree in tree order, {@code total}
     * the sum of all.
     */
    public record Breakdown(long unitId, Values own, Map<Long, Values> branches, Values total) {
    }

    private final List<IndicatorSource> sources;
    private final RecipientDirectory directory;
    private final DataScopeService scope;
    /** The caller's security context goes with each query (a source may read reference data that asks for a signed-in caller). */
    private final ExecutorService pool;

    IndicatorService(List<IndicatorSource> sources, RecipientDirectory directory, DataScopeService scope) {
        this.sources = sources;
        this.directory = directory;
        this.scope = scope;
        this.pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(Math.max(2, sources.size()),
                Thread.ofPlatform().name("indicators-", 0).daemon().factory()));
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    private static <T> T done(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting indicators", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The whole catalogue in report order (features in their module order, each in its own order). */
    public List<Indicator> catalogue() {
        List<Indicator> all = new ArrayList<>();
        sources.forEach(s -> all.addAll(s.indicators()));
        return Collections.unmodifiableList(all);
    }

    public Optional<Indicator> indicator(String code) {
        return catalogue().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The subtree's values for the signed-in person, who must see the unit. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Values subtree(long unitId, LocalDate from, LocalDate to) {
        return breakdown(unitId, from, to).total();
    }

    /** Own, per direct sub-unit and total for the signed-in person, who must see the unit. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Breakdown breakdown(long unitId, LocalDate from, LocalDate to) {
        if (!scope.sees(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside the person's scope");
        }
        return compute(unitId, from, to);
    }

    /**
     * The same for another system, whose access reaches the subtree of {@code scopeRootId} (the
     * open API's token): the unit must lie in it.
     */
    @Transactional(readOnly = true)
    public Breakdown breakdownWithin(long scopeRootId, long unitId, LocalDate from, LocalDate to) {
        if (!directory.branches(scopeRootId).containsKey(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside the subtree of " + scopeRootId);
        }
        return compute(unitId, from, to);
    }

    private Breakdown compute(long unitId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        Map<Long, Long> branchOf = directory.branches(unitId);
        Map<Long, Values.Builder> perBranch = new LinkedHashMap<>();
        perBranch.put(unitId, new Values.Builder());
        for (long child : directory.directSubUnits(unitId)) {
            perBranch.put(child, new Values.Builder());
        }
        // the features' queries are independent: they run side by side, each on its own connection
        List<Future<Map<Long, Map<String, Long>>>> counted = new ArrayList<>();
        for (IndicatorSource source : sources) {
            counted.add(pool.submit(() -> source.count(branchOf.keySet(), from, to)));
        }
        for (Future<Map<Long, Map<String, Long>>> f : counted) {
            done(f).forEach((unit, values) -> {
                Long branch = unit == unitId ? Long.valueOf(unitId) : branchOf.get(unit);
                if (branch != null) {
                    perBranch.computeIfAbsent(branch, b -> new Values.Builder()).add(values);
                }
            });
        }
        Values own = perBranch.remove(unitId).build();
        Map<Long, Values> branches = new LinkedHashMap<>();
        Values.Builder total = new Values.Builder().add(own.asMap());
        perBranch.forEach((branch, b) -> {
            Values v = b.build();
            branches.put(branch, v);
            total.add(v.asMap());
        });
        return new Breakdown(unitId, own, Collections.unmodifiableMap(branches), total.build());
    }
}
