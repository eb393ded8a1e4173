package vn.mttq.giamsat.base.errors;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * How every record page ({@code ke-hoach/{id}}, {@code giam-sat/{id}}, {@code phan-anh/{id}},
 * {@code tap-huan/{id}}, {@code bao-cao-dinh-ky/{id}}) opens its record: an unknown id, an id too long
 * to be one, and a record outside the person's scope all get the same "not found or not yours" page
 * inside the layout ({@link RecordUnavailableView}); a refusal by scope is written to the audit log once
 * ({@link RecordRefused}) and logged on one line, never as an error with a stack trace.
 */
@Component
public class RecordRoutes {

    private static final Logger log = LoggerFactory.getLogger(RecordRoutes.class);

    private final ApplicationEventPublisher events;

    RecordRoutes(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** The record the route's {@code id} names, or empty when the page was rerouted to the refusal. */
    public <T> Optional<T> open(BeforeEnterEvent event, String route, LongFunction<T> get) {
        String raw = event.getRouteParameters().get("id").orElse("");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException tooLong) {
            return refuse(event, route, raw);
        }
        try {
            return Optional.of(get.apply(id));
        } catch (AccessDeniedException outOfScope) {
            log.info("Record page {}/{} refused: outside the person's scope", route, id);
            events.publishEvent(new RecordRefused(route, id));
            return refuse(event, route, raw);
        } catch (UserFacingException unknown) {
            log.debug("Record page {}/{}: {}", route, id, unknown.messageKey());
            return refuse(event, route, raw);
        }
    }

    private static <T> Optional<T> refuse(BeforeEnterEvent event, String route, String id) {
        event.rerouteToError(new RecordUnavailable(route, id), route);
        return Optional.empty();
    }
}
