package vn.mttq.giamsat.organisation;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.security.Role;
import vn.mttq.giamsat.base.text.Texts;

/**
 * Who to remind and to whom to escalate, for jobs that run without a signed-in user. A unit's
 * leaders are its Standing Committee accounts (role LEADER) or, where a unit has none (a district
 * Front's own staff act for its Standing Committee), all its enabled accounts.
 */
@Service
public class RecipientDirectory {

    private final AccountRepository accounts;
    private final UnitRepository units;

    RecipientDirectory(AccountRepository accounts, UnitRepository units) {
        this.accounts = accounts;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public Optional<Recipient> account(long accountId) {
        return accounts.findById(accountId).filter(Account::isEnabled).map(RecipientDirectory::recipient);
    }

    @Transactional(readOnly = true)
    public List<Recipient> unitAccounts(long unitId) {
        return accounts.enabledInUnit(unitId).stream().map(RecipientDirectory::recipient).toList();
    }

    /** The enabled accounts of several units in one query (a choice list of a province's forty units). */
    @Transactional(readOnly = true)
    public List<Recipient> unitsAccounts(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : accounts.enabledInUnits(unitIds).stream().map(RecipientDirectory::recipient).toList();
    }

    /** The person responsible for an item if named and still active, otherwise everyone in the unit. */
    @Transactional(readOnly = true)
    public List<Recipient> responsible(@Nullable Long accountId, long unitId) {
        Optional<Recipient> named = accountId == null ? Optional.empty() : account(accountId);
        return named.map(List::of).orElseGet(() -> unitAccounts(unitId));
    }

    @Transactional(readOnly = true)
    public List<Recipient> unitLeaders(long unitId) {
        List<Account> all = accounts.enabledInUnit(unitId);
        List<Account> leaders = all.stream().filter(a -> a.getRole() == Role.LEADER).toList();
        return (leaders.isEmpty() ? all : leaders).stream().map(RecipientDirectory::recipient).toList();
    }

    /** The leaders of the nearest Front committee above the unit (the province for a district). */
    @Transactional(readOnly = true)
    public List<Recipient> standingCommitteeAbove(long unitId) {
        Unit unit = units.findById(unitId).orElseThrow();
        List<String> ids = new ArrayList<>(Arrays.asList(unit.getPath().split("/")));
        ids.removeIf(String::isEmpty);
        for (int i = ids.size() - 2; i >= 0; i--) {
            Unit above = units.findById(Long.parseLong(ids.get(i))).orElseThrow();
            if (above.getKind().isFrontCommittee()) {
                List<Recipient> leaders = unitLeaders(above.getId());
                if (!leaders.isEmpty()) {
                    return leaders;
                }
            }
        }
        return List.of();
    }

    /**
     * Units that owe the provincial Standing Committee periodic reports: the active Front
     * committees directly under each province (districts, or communes in the two-tier shape)
     * and the member organisations.
     */
    @Transactional(readOnly = true)
    public List<Long> periodicReporters() {
        List<Long> ids = new ArrayList<>();
        for (Unit root : units.roots()) {
            for (Unit child : units.children(root.getId())) {
                if (child.isActive() && (child.getKind() == UnitKind.DISTRICT_FRONT || child.getKind() == UnitKind.COMMUNE_FRONT
                        || child.getKind() == UnitKind.MEMBER_ORGANISATION)) {
                    ids.add(child.getId());
                }
            }
        }
        return ids;
    }

    /** A unit's name as an addressee ("Nơi nhận"), whoever asks: names of units are not confidential. */
    @Transactional(readOnly = true)
    public String unitName(long unitId) {
        return units.findById(unitId).map(Unit::getName).orElse("");
    }

    /** Someone who may handle a case: a Front officer (not an administrator, not a member organisation), with unit and role. */
    public record Handler(long accountId, String fullName, long unitId, String unitShortName, Role role) {
    }

    /**
     * The people who may handle work of these units, the first unit's people first, then by unit order
     * and name (issue 22: the chooser listed bare names with the administrator first, units mixed).
     */
    @Transactional(readOnly = true)
    public List<Handler> handlers(List<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<Handler> out = new ArrayList<>();
        for (Account a : accounts.enabledInUnits(unitIds)) {
            if (a.getRole() != Role.ADMIN && a.getRole() != Role.MEMBER_ORGANISATION && a.getUnit() != null) {
                out.add(new Handler(a.getId(), a.getFullName(), a.getUnit().getId(), a.getUnit().getShortName(), a.getRole()));
            }
        }
        Collator vietnamese = Collator.getInstance(Texts.VIETNAMESE);
        out.sort(Comparator.comparingInt((Handler h) -> unitIds.indexOf(h.unitId()))
                .thenComparing(Handler::fullName, vietnamese));
        return out;
    }

    /** A unit's short name for lists, charts and choosers ("Lương Sơn"); documents use {@link #unitName}. */
    @Transactional(readOnly = true)
    public String unitShortName(long unitId) {
        return units.findById(unitId).map(Unit::getShortName).orElse("");
    }

    /** Who signs a unit's documents: the title ("CHỦ TỊCH" unless written otherwise) and the name, if kept. */
    public record Signer(@Nullable String title, @Nullable String name) {
    }

    @Transactional(readOnly = true)
    public Signer signer(long unitId) {
        return units.findById(unitId).map(u -> new Signer(u.getSignerTitle(), u.getSignerName())).orElse(new Signer(null, null));
    }

    /** The units a plan is usually sent to: the province's departments, member organisations and Front committees below it. */
    @Transactional(readOnly = true)
    public List<Long> directSubUnits(long unitId) {
        return units.children(unitId).stream().filter(Unit::isActive).map(Unit::getId).toList();
    }

    /** The unit itself, then its active direct sub-units: the usual choice list of a unit's own work. */
    @Transactional(readOnly = true)
    public List<Long> unitAndDirectSubUnits(long unitId) {
        List<Long> out = new ArrayList<>(List.of(unitId));
        out.addAll(directSubUnits(unitId));
        return out;
    }

    /**
     * For every unit of a subtree, the branch it belongs to: the root's direct sub-unit above it,
     * or the root itself. "Per district" figures mean "per direct sub-unit" (docs/domain.md).
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> branches(long rootUnitId) {
        Unit root = units.findById(rootUnitId).orElseThrow();
        Map<Long, Long> out = new HashMap<>();
        for (Unit u : units.subtree(root.getPath())) {
            String rest = u.getPath().substring(root.getPath().length());
            out.put(u.getId(), rest.isEmpty() ? rootUnitId : Long.parseLong(rest.substring(0, rest.indexOf('/'))));
        }
        return out;
    }

    /** The active direct sub-units of a unit by their codes (what uploaded boundaries name). */
    @Transactional(readOnly = true)
    public Map<String, Long> subUnitCodes(long unitId) {
        Map<String, Long> out = new LinkedHashMap<>();
        units.children(unitId).stream().filter(Unit::isActive).forEach(u -> out.put(u.getCode(), u.getId()));
        return out;
    }

    /** A unit by its code (what other systems name units by), if there is one. */
    @Transactional(readOnly = true)
    public Optional<Long> unitIdByCode(String code) {
        return units.findByCode(code).map(Unit::getId);
    }

    /** A unit's code, whoever asks: codes of units are not confidential. */
    @Transactional(readOnly = true)
    public String unitCode(long unitId) {
        return units.findById(unitId).map(Unit::getCode).orElse("");
    }

    /** The unit directly above, if any (names of units are not confidential). */
    @Transactional(readOnly = true)
    public Optional<Long> parentUnit(long unitId) {
        return units.findById(unitId).map(Unit::getParent).map(Unit::getId);
    }

    /** The Front committee at the root of the tree (the province), which receives what the public pages bring. */
    @Transactional(readOnly = true)
    public long rootUnit() {
        return units.roots().stream().findFirst().map(Unit::getId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public boolean isMemberOrganisation(long unitId) {
        return units.findById(unitId).map(u -> u.getKind() == UnitKind.MEMBER_ORGANISATION).orElse(false);
    }

    /** The active member organisations of a subtree, in tree order. */
    @Transactional(readOnly = true)
    public List<Long> memberOrganisations(long rootUnitId) {
        Unit root = units.findById(rootUnitId).orElseThrow();
        return units.subtree(root.getPath()).stream().filter(u -> u.isActive() && u.getKind() == UnitKind.MEMBER_ORGANISATION)
                .sorted(Comparator.comparing(Unit::getPath)).map(Unit::getId).toList();
    }

    /** A Front committee of a subtree, for choosing who follows something; depth 0 is the root. */
    public record Committee(long id, String name, String shortName, int depth) {
    }

    /** The active Front committees of a subtree in tree order, the root first. */
    @Transactional(readOnly = true)
    public List<Committee> frontCommittees(long rootUnitId) {
        Unit root = units.findById(rootUnitId).orElseThrow();
        int rootDepth = root.getPath().split("/").length;
        return units.subtree(root.getPath()).stream().filter(u -> u.isActive() && u.getKind().isFrontCommittee())
                .sorted(Comparator.comparing(Unit::getPath))
                .map(u -> new Committee(u.getId(), u.getName(), u.getShortName(), u.getPath().split("/").length - rootDepth)).toList();
    }

    /** The Front committees of a subtree for a chooser: id → name, indented by depth, in tree order. */
    @Transactional(readOnly = true)
    public Map<Long, String> committeeChoices(long rootUnitId) {
        Map<Long, String> out = new LinkedHashMap<>();
        frontCommittees(rootUnitId).forEach(c -> out.put(c.id(), "\u00a0\u00a0".repeat(c.depth()) + c.shortName()));
        return out;
    }

    private static Recipient recipient(Account a) {
        return new Recipient(a.getId(), a.getFullName(), a.getEmail());
    }
}
