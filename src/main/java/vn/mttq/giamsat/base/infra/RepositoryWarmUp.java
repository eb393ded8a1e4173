package vn.mttq.giamsat.base.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * The portal builds its Spring Data repositories when first used
 * ({@code spring.data.jpa.repositories.bootstrap-mode=lazy}): parsing their JPQL took 3–4 s of a
 * start on two cores (issue 25, a flight recording of the start). So that the first person to
 * open a page does not pay for it either, they are all built right after the portal is ready,
 * on one background thread. A query that no longer parses still fails the tests at start: they
 * build repositories eagerly (test {@code config/application.properties}).
 */
@Component
class RepositoryWarmUp {

    private static final Logger log = LoggerFactory.getLogger(RepositoryWarmUp.class);

    private final ApplicationContext context;
    private volatile boolean done;
    private volatile int built;

    RepositoryWarmUp(ApplicationContext context) {
        this.context = context;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildRepositories() {
        Thread.ofPlatform().name("repository-warm-up").daemon().start(() -> {
            long t0 = System.nanoTime();
            try {
                built = context.getBeansOfType(Repository.class).size();
                log.info("{} repositories built after readiness in {} ms", built, (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                // the repository fails again, with its cause, where a page first uses it
                log.warn("Building the repositories after readiness failed: {}", e.getMessage());
            } finally {
                done = true;
            }
        });
    }

    /** Whether the background build has finished (tests wait for it). */
    boolean done() {
        return done;
    }

    /** How many repositories the background build went through. */
    int built() {
        return built;
    }
}
