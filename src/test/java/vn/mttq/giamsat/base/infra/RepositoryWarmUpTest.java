package vn.mttq.giamsat.base.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;

/** The portal's repositories are left out of the context's refresh and all built right after readiness (issue 25). */
@SpringBootTest(properties = "spring.data.jpa.repositories.bootstrap-mode=lazy")
@Import(RepositoryWarmUpTest.AtRefresh.class)
class RepositoryWarmUpTest {

    /** Which repositories existed when the context had been refreshed (before the runners and the demo). */
    static class AtRefresh {
        static final Set<String> BUILT = ConcurrentHashMap.newKeySet();

        @EventListener(ApplicationStartedEvent.class)
        void note(ApplicationStartedEvent started) {
            var beans = started.getApplicationContext().getBeanFactory();
            for (String name : started.getApplicationContext().getBeanNamesForType(Repository.class, false, false)) {
                if (beans.containsSingleton(name)) {
                    BUILT.add(name);
                }
            }
        }
    }

    @Autowired ConfigurableApplicationContext context;
    @Autowired RepositoryWarmUp warmUp;

    @Test
    void repositories_are_not_built_during_the_start_but_all_are_right_after_readiness() throws InterruptedException {
        var beans = context.getBeanFactory();
        List<String> names = Arrays.asList(context.getBeanNamesForType(Repository.class, false, false));
        assertThat(names).hasSizeGreaterThan(20).contains("planRepository");
        assertThat(names).allSatisfy(name -> assertThat(beans.getBeanDefinition(name).isLazyInit()).as(name + " built lazily").isTrue());
        assertThat(AtRefresh.BUILT).as("repositories built during the refresh").hasSizeLessThan(names.size() / 2);
        for (int i = 0; i < 600 && !warmUp.done(); i++) {
            Thread.sleep(100);
        }
        assertThat(warmUp.done()).as("the background build finished within a minute").isTrue();
        assertThat(warmUp.built()).as("repositories the warm-up went through").isGreaterThanOrEqualTo(names.size());
        assertThat(names).allSatisfy(name -> assertThat(beans.containsSingleton(name)).as(name + " built after readiness").isTrue());
    }
}
