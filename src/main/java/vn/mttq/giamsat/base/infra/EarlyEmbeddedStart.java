package vn.mttq.giamsat.base.infra;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded MariaDB as soon as the portal's settings are read, on its own thread, while
 * Spring builds the application context (issue 25: the server's own start and the context's first
 * seconds overlap instead of following each other). {@link EmbeddedDatabaseConfig} takes the
 * server from here; a context that ends up not wanting it (an external database set later, a
 * failed start) stops it. Added by {@code GiamSatApplication.main} only: test contexts start
 * their server in the bean, as before.
 */
public final class EarlyEmbeddedStart implements ApplicationListener<ApplicationEvent>, Ordered {

    /** The bean name under which the started server waits for {@link EmbeddedDatabaseConfig}. */
    static final String BEAN = "earlyEmbeddedStart";

    private @Nullable Handover handover;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        switch (event) {
            case ApplicationEnvironmentPreparedEvent prepared -> begin(prepared.getEnvironment());
            case ApplicationContextInitializedEvent initialized when handover != null ->
                    initialized.getApplicationContext().getBeanFactory().registerSingleton(BEAN, handover);
            case ApplicationReadyEvent ready when handover != null -> handover.closeIfUnclaimed();
            case ApplicationFailedEvent failed when handover != null -> handover.closeIfUnclaimed();
            default -> { }
        }
    }

    private void begin(Environment env) {
        if (!NoExternalDatabase.in(env)) {
            return;
        }
        CompletableFuture<EmbeddedMariaDb> server = new CompletableFuture<>();
        Thread.ofPlatform().name("embedded-mariadb-start").start(() -> {
            try {
                server.complete(EmbeddedMariaDb.start(env));
            } catch (RuntimeException e) {
                server.completeExceptionally(e);
            }
        });
        handover = new Handover(server);
    }

    /** Runs after Spring Boot's own listeners have read the configuration files. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The server being started, taken once by the data source's configuration. */
    static final class Handover {
        private final CompletableFuture<EmbeddedMariaDb> server;
        private final AtomicBoolean claimed = new AtomicBoolean();

        Handover(CompletableFuture<EmbeddedMariaDb> server) {
            this.server = server;
        }

        /** Waits for the server; its start's failure is thrown here, as a start in the bean would. */
        EmbeddedMariaDb take() {
            claimed.set(true);
            try {
                return server.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }

        void closeIfUnclaimed() {
            if (claimed.compareAndSet(false, true)) {
                server.thenAccept(EmbeddedMariaDb::close);
            }
        }
    }
}
