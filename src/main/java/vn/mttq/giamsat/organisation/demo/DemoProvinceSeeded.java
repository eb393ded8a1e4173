package vn.mttq.giamsat.organisation.demo;

import java.util.Map;

/**
 * The demo province has just been seeded into an empty embedded database (inside the same
 * transaction): features may add their own demo records, finding units by code and accounts by
 * username.
 */
public record DemoProvinceSeeded(Map<String, Long> unitIdsByCode, Map<String, Long> accountIdsByUsername) {
}
