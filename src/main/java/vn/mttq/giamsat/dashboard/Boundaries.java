package vn.mttq.giamsat.dashboard;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.mttq.giamsat.base.errors.UserFacingException;

/**
 * A feature's geometry as the map can draw it (RFC 7946): a Polygon is rings of at least four
 * positions whose first and last are the same; a position is a finite longitude in [-180, 180] and a
 * latitude in [-90, 90] (an optional third number, the height, is dropped). Anything else refuses the
 * upload, so junk coordinates never reach the dashboard, where they broke the map in every browser.
 * The geometry is rebuilt from the numbers only: no other member of the file is kept.
 */
final class Boundaries {

    /** Positions in all of a map together: a province's districts drawn in detail stay far below. */
    static final int MAX_POSITIONS = 500_000;

    private final String code;
    private int positions;

    private Boundaries(String code) {
        this.code = code;
    }

    /** The feature's geometry, checked and rebuilt; refused naming the feature's code. */
    static ObjectNode checked(String code, JsonNode geometry, int[] positionsSoFar) {
        Boundaries b = new Boundaries(code);
        b.positions = positionsSoFar[0];
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        ObjectNode clean = JsonNodeFactory.instance.objectNode();
        clean.put("type", type);
        switch (type) {
            case "Polygon" -> clean.set("coordinates", b.polygon(coordinates));
            case "MultiPolygon" -> {
                ArrayNode polygons = b.array(coordinates, 1);
                for (JsonNode polygon : coordinates) {
                    polygons.add(b.polygon(polygon));
                }
                clean.set("coordinates", polygons);
            }
            default -> throw b.refused();
        }
        positionsSoFar[0] = b.positions;
        return clean;
    }

    private ArrayNode polygon(JsonNode rings) {
        ArrayNode out = array(rings, 1);
        for (JsonNode ring : rings) {
            ArrayNode positionsOut = array(ring, 4);
            for (JsonNode position : ring) {
                positionsOut.add(position(position));
            }
            if (!positionsOut.get(0).equals(positionsOut.get(positionsOut.size() - 1))) {
                throw refused(); // a ring is closed
            }
            out.add(positionsOut);
        }
        return out;
    }

    private ArrayNode position(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || position.size() > 3 || ++positions > MAX_POSITIONS) {
            throw refused();
        }
        double longitude = number(position.get(0));
        double latitude = number(position.get(1));
        if (longitude < -180 || longitude > 180 || latitude < -90 || latitude > 90) {
            throw refused();
        }
        return JsonNodeFactory.instance.arrayNode().add(longitude).add(latitude);
    }

    private double number(JsonNode n) {
        if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble())) {
            throw refused();
        }
        return n.asDouble();
    }

    private ArrayNode array(JsonNode node, int least) {
        if (!node.isArray() || node.size() < least) {
            throw refused();
        }
        return JsonNodeFactory.instance.arrayNode();
    }

    private UserFacingException refused() {
        return new UserFacingException("map.error.coordinates", code);
    }
}
