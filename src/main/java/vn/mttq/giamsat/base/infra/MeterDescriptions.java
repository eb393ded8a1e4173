package vn.mttq.giamsat.base.infra;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every meter says what it measures: a meter registered without a description (many of the
 * framework's own) would be exposed with an empty {@code # HELP} line, which a strict Prometheus
 * exposition parser refuses. Such a meter is described by its name in words.
 */
@Configuration(proxyBeanMethods = false)
class MeterDescriptions {

    @Bean
    MeterFilter describeEveryMeter() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String description = id.getDescription();
                if (description != null && !description.isBlank()) {
                    return id;
                }
                return new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(),
                        words(id.getName()), id.getType());
            }
        };
    }

    /** "hikaricp.connections.pending" → "Hikaricp connections pending". */
    static String words(String name) {
        String spaced = name.replace('.', ' ').replace('_', ' ').strip();
        return spaced.isEmpty() ? "Meter" : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
