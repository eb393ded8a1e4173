package vn.mttq.giamsat.dashboard;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.mttq.giamsat.audit.AuditService;
import vn.mttq.giamsat.base.security.CurrentUser;
import vn.mttq.giamsat.base.errors.UserFacingException;
import vn.mttq.giamsat.organisation.RecipientDirectory;

/**
 * The province's boundaries for the dashboard's map: a GeoJSON FeatureCollection whose features
 * carry a direct sub-unit's code in {@code properties.code}. Checked on upload (valid JSON,
 * polygons only, every code a direct sub-unit of the province, each once) and kept with nothing
 * but the code and the geometry; shown with today's unit names, so a renamed district needs no
 * new upload. Without an upload there is no map.
 */
@Service
public class UnitMap {

    static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final RecipientDirectory directory;
    private final CurrentUser currentUser;
    private final AuditService audit;

    UnitMap(JdbcTemplate jdbc, RecipientDirectory directory, CurrentUser currentUser, AuditService audit) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Checks and stores the boundaries; refused with the reason, the previous map kept. Returns how many regions it has. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int upload(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new UserFacingException("map.error.too-big", String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        JsonNode root;
        try {
            root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new UserFacingException("map.error.json");
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))
                || !root.path("features").isArray() || root.path("features").isEmpty()) {
            throw new UserFacingException("map.error.not-collection");
        }
        Map<String, Long> areas = directory.subUnitCodes(directory.rootUnit());
        Set<String> seen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        ArrayNode features = JSON.createArrayNode();
        int[] positions = {0};
        for (JsonNode f : root.path("features")) {
            String code = f.path("properties").path("code").asString("").strip();
            String geometry = f.path("geometry").path("type").asString("");
            if (!"Feature".equals(f.path("type").asString("")) || !(geometry.equals("Polygon") || geometry.equals("MultiPolygon"))
                    || !f.path("geometry").path("coordinates").isArray()) {
                throw new UserFacingException("map.error.feature", code.isEmpty() ? "?" : code);
            }
            if (code.isEmpty()) {
                throw new UserFacingException("map.error.no-code");
            }
            if (!areas.containsKey(code)) {
                unknown.add(code);
                continue;
            }
            if (!seen.add(code)) {
                throw new UserFacingException("map.error.twice", code);
            }
            ObjectNode clean = JSON.createObjectNode();
            clean.put("type", "Feature");
            clean.putObject("properties").put("code", code);
            clean.set("geometry", Boundaries.checked(code, f.path("geometry"), positions));
            features.add(clean);
        }
        if (!unknown.isEmpty()) {
            throw new UserFacingException("map.error.unknown", String.join(", ", unknown));
        }
        ObjectNode stored = JSON.createObjectNode();
        stored.put("type", "FeatureCollection");
        stored.set("features", features);
        jdbc.update("DELETE FROM unit_map");
        jdbc.update("INSERT INTO unit_map (id, geojson, regions, uploaded_by, uploaded_at) VALUES (1, ?, ?, ?, ?)", JSON.writeValueAsString(stored),
                features.size(), currentUser.require().username(), Timestamp.from(Instant.now()));
        audit.record("UNIT_MAP_UPLOADED", "unit-map", 1, String.valueOf(features.size()));
        return features.size();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void remove() {
        jdbc.update("DELETE FROM unit_map");
        audit.record("UNIT_MAP_REMOVED", "unit-map", 1, null);
    }

    /** How many regions the stored map has, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Integer> regions() {
        return jdbc.queryForList("SELECT regions FROM unit_map WHERE id = 1", Integer.class).stream().findFirst();
    }

    /**
     * The map with each feature named after its unit today, as the chart's categories are. Built
     * once and shared by every dashboard until the upload or a unit's name changes: a map may be
     * megabytes, and each view kept its own copy (issue 25).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> forDisplay() {
        List<Timestamp> uploaded = jdbc.queryForList("SELECT uploaded_at FROM unit_map WHERE id = 1", Timestamp.class);
        if (uploaded.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> names = new TreeMap<>();
        directory.subUnitCodes(directory.rootUnit()).forEach((code, unit) -> names.put(code, directory.unitShortName(unit)));
        Built last = built;
        if (last != null && last.uploadedAt().equals(uploaded.getFirst()) && last.names().equals(names)) {
            return Optional.of(last.json());
        }
        String stored = jdbc.queryForObject("SELECT geojson FROM unit_map WHERE id = 1", String.class);
        JsonNode root = JSON.readTree(stored);
        for (JsonNode f : root.path("features")) {
            ((ObjectNode) f.path("properties")).put("name", names.getOrDefault(f.path("properties").path("code").asString(""), ""));
        }
        Built made = new Built(uploaded.getFirst(), names, JSON.writeValueAsString(root));
        built = made;
        return Optional.of(made.json());
    }

    /** The named map as last built, with what it was built from (the upload's moment to the microsecond, the units' names). */
    private record Built(Timestamp uploadedAt, Map<String, String> names, String json) {
    }

    private volatile Built built;
}
