package vn.mttq.giamsat.base.infra;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when the operator has not pointed the portal at an external MariaDB. */
public class NoExternalDatabase implements Condition {

    /** Whether these settings leave the portal on its embedded database (no {@code spring.datasource.url}). */
    public static boolean in(PropertyResolver settings) {
        return !StringUtils.hasText(settings.getProperty("spring.datasource.url"));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return in(context.getEnvironment());
    }
}
