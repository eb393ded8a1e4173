package vn.mttq.giamsat.catalogues;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.errors.UserFacingException;

/** Everyone signed in reads the catalogues; only administrators change them, with an audit entry. */
@Service
public class CatalogueService {

    private final CatalogueRepository entries;
    private final AuditService audit;

    CatalogueService(CatalogueRepository entries, AuditService audit) {
        this.entries = entries;
        this.audit = audit;
    }

    /** Catalogues are small (tens of rows), so a list is fine here. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CatalogueEntry> all(Catalogue catalogue) {
        return entries.findByCatalogueOrderBySortOrderAscCodeAsc(catalogue);
    }

    /** Active entries, for pickers in other features. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CatalogueEntry> active(Catalogue catalogue) {
        return entries.findByCatalogueAndActiveTrueOrderBySortOrderAscCodeAsc(catalogue);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CatalogueEntry save(CatalogueEntry entry) {
        boolean isNew = entry.getId() == null;
        boolean duplicate = isNew ? entries.existsByCatalogueAndCode(entry.getCatalogue(), entry.getCode())
                : entries.existsByCatalogueAndCodeAndIdNot(entry.getCatalogue(), entry.getCode(), entry.getId());
        if (duplicate) {
            throw new UserFacingException("catalogue.error.duplicate-code", entry.getCode());
        }
        CatalogueEntry saved = entries.saveAndFlush(entry);
        audit.record(isNew ? "CATALOGUE_ENTRY_CREATED" : "CATALOGUE_ENTRY_UPDATED", "catalogue_entry", saved.getId(),
                saved.getCatalogue() + " " + saved.getCode() + " | " + saved.getTitle() + (saved.isActive() ? "" : " | inactive"));
        return saved;
    }
}
