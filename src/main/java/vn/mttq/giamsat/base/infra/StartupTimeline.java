package vn.mttq.giamsat.base.infra;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Where the seconds of a start go (issue 25: "measure before cutting"): the moments the JVM
 * started, Spring began, the embedded MariaDB answered, Flyway finished, Hibernate was ready, the
 * web server listened and the portal became ready (demo data written), logged as one line at
 * readiness: {@code Start-up timeline: total 22.4 s | jvm 0.3 s | spring and embedded database 6.0 s | flyway migrations 3.0 s | ...}:
 * each phase from the end of the one before.
 * The benchmark reads the line. Marks are per JVM; a JVM that starts several contexts (tests) logs
 * the phases of the first only.
 */
@Configuration(proxyBeanMethods = false)
public class StartupTimeline {

    private static final Logger log = LoggerFactory.getLogger(StartupTimeline.class);
    /** The line's start, which the benchmark looks for. */
    public static final String LINE = "Start-up timeline: ";
    private static final Map<String, Long> MARKS = new LinkedHashMap<>();

    /** Notes the moment a phase ended, once per JVM (the first context's start). */
    public static synchronized void mark(String phase) {
        MARKS.putIfAbsent(phase, System.currentTimeMillis());
    }

    /** Flyway tells when its migrations are done. */
    @Bean
    Callback startupTimelineFlywayCallback() {
        return new Callback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.AFTER_MIGRATE;
            }

            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return true;
            }

            @Override
            public void handle(Event event, Context context) {
                mark("flyway migrations");
            }

            @Override
            public String getCallbackName() {
                return "startup-timeline";
            }
        };
    }

    /** Hibernate is ready when its entity manager factory is. */
    @Bean
    static BeanPostProcessor startupTimelineJpaMark() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if ("entityManagerFactory".equals(beanName)) {
                    mark("hibernate");
                }
                return bean;
            }
        };
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        mark("vaadin and web server");
    }

    @EventListener
    void on(ApplicationReadyEvent event) {
        boolean first;
        synchronized (StartupTimeline.class) {
            first = !MARKS.containsKey("runners and demo data");
        }
        mark("runners and demo data");
        if (first) {
            log.info(describe());
        }
    }

    /** The phases as "name seconds", in the order they ended, with the total from the JVM's start. */
    static synchronized String describe() {
        long jvm = ManagementFactory.getRuntimeMXBean().getStartTime();
        List<String> parts = new ArrayList<>();
        long previous = jvm;
        long last = jvm;
        for (Map.Entry<String, Long> m : MARKS.entrySet()) {
            parts.add(m.getKey() + " " + seconds(m.getValue() - previous));
            previous = m.getValue();
            last = Math.max(last, m.getValue());
        }
        return LINE + "total " + seconds(last - jvm) + " | " + String.join(" | ", parts);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
