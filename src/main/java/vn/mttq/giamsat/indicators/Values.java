package vn.mttq.giamsat.indicators;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Indicator values by code; an indicator nobody counted is zero. */
public final class Values {

    private final Map<String, Long> byCode;

    private Values(Map<String, Long> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    public static Values of(Map<String, Long> byCode) {
        return new Builder().add(byCode).build();
    }

    public long get(String code) {
        return byCode.getOrDefault(code, 0L);
    }

    public Map<String, Long> asMap() {
        return byCode;
    }

    @Override
    public String toString() {
        return byCode.toString();
    }

    /** Sums maps of values code by code. */
    static final class Builder {
        private final Map<String, Long> sums = new TreeMap<>();

        Builder add(Map<String, Long> values) {
            values.forEach((code, v) -> sums.merge(code, v, Long::sum));
            return this;
        }

        Values build() {
            return new Values(new TreeMap<>(sums));
        }
    }
}
