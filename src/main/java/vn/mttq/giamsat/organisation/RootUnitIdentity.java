package vn.mttq.giamsat.organisation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.mttq.giamsat.base.security.PortalIdentity;

/**
 * The portal belongs to the Front committee at the root of the unit tree; its name is read, not
 * configured twice. Public on purpose (the sign-in page shows it before anyone signs in).
 */
@Component
class RootUnitIdentity implements PortalIdentity {

    private final UnitRepository units;

    RootUnitIdentity(UnitRepository units) {
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public String organisationName() {
        return units.roots().stream().findFirst().map(Unit::getName).orElse("");
    }
}
