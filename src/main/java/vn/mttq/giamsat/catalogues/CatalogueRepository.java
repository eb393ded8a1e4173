package vn.mttq.giamsat.catalogues;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueRepository extends JpaRepository<CatalogueEntry, Long> {

    List<CatalogueEntry> findByCatalogueOrderBySortOrderAscCodeAsc(Catalogue catalogue);

    List<CatalogueEntry> findByCatalogueAndActiveTrueOrderBySortOrderAscCodeAsc(Catalogue catalogue);

    boolean existsByCatalogueAndCode(Catalogue catalogue, String code);

    boolean existsByCatalogueAndCodeAndIdNot(Catalogue catalogue, String code, long id);
}
