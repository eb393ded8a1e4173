package vn.mttq.giamsat.base.security;

/**
 * Whose portal this is: the name of the Front committee at the root of the unit tree (for
 * example "Ủy ban MTTQ Việt Nam tỉnh Hòa Bình"), shown on the sign-in page and under the
 * portal's name. Implemented by the organisation module, which owns the units.
 */
public interface PortalIdentity {

    String organisationName();
}
