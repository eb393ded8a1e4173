package vn.mttq.giamsat.base.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The training start of {@code .ci/run-portal} and the image ({@code app.aot-training=true}): the
 * portal starts as usual (the demo seeded on its throw-away database) and, once ready, stops
 * cleanly, so that the JDK writes its AOT cache with every class a real start loads (Spring's
 * {@code spring.context.exit=onRefresh} would stop before the runners and the demo, and without
 * stopping the embedded server).
 */
@Component
@ConditionalOnBooleanProperty("app.aot-training")
class TrainingStart {

    private static final Logger log = LoggerFactory.getLogger(TrainingStart.class);

    @EventListener(ApplicationReadyEvent.class)
    void stopWhenReady(ApplicationReadyEvent ready) {
        Thread.ofPlatform().name("aot-training-stop").start(() -> {
            log.info("Training start ready: stopping so that the JVM writes its AOT cache");
            System.exit(SpringApplication.exit(ready.getApplicationContext()));
        });
    }
}
