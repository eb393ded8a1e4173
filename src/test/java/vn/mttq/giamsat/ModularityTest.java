package vn.mttq.giamsat;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

/** Feature packages stay modules: no cycles, no reaching into another module's internals. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(GiamSatApplication.class);

    @Test
    void feature_modules_respect_their_boundaries() {
        modules.verify();
    }

    /**
     * Reports, charts and the open API read figures through the indicators module only: none of
     * them may reach into a feature (its tables, entities or services), so a feature can change
     * how it stores its records without touching a report.
     */
    @Test
    void reporting_knows_no_feature() {
        noClasses().that().resideInAnyPackage("..indicators..", "..periodicreports..", "..dashboard..", "..exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("..plans..", "..supervision..", "..feedback..", "..outreach..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.mttq.giamsat"));
    }

    /**
     * Demo records live in each feature's {@code demo} package (issue 24): nothing but other demo
     * packages and the start-up runner that seeds an empty embedded database may use them.
     */
    @Test
    void demo_data_stays_apart_from_the_portal() {
        classes().that().resideInAPackage("..demo..")
                .should().onlyHaveDependentClassesThat(resideInAPackage("..demo..").or(simpleName("InitialData")))
                .check(productionClasses());
    }

    /**
     * The demo packages need a feature's repositories and its records' state changes, so those are
     * public; this keeps them the feature's own: no other module reads a feature's tables or moves
     * its records but through its services.
     */
    @Test
    void a_features_repositories_and_record_changes_stay_inside_it() {
        JavaClasses all = productionClasses();
        classes().that().areAssignableTo(Repository.class).or().areAnnotatedWith(Entity.class)
                .should(new ArchCondition<JavaClass>("be used only by their own module (its demo included)") {
                    @Override
                    public void check(JavaClass owner, ConditionEvents events) {
                        boolean entity = owner.isAnnotatedWith(Entity.class);
                        for (JavaAccess<?> access : owner.getAccessesToSelf()) {
                            if (entity && !(access instanceof JavaMethodCall || access instanceof JavaConstructorCall)) {
                                continue;
                            }
                            String name = access.getTarget().getName();
                            if (entity && (name.startsWith("get") || name.startsWith("is") || READ_ONLY.contains(name))) {
                                continue;
                            }
                            if (!moduleOf(access.getOriginOwner()).equals(moduleOf(owner))) {
                                events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                            }
                        }
                    }
                }).check(all);
    }

    /** What any module may call on another's record: it reads, it does not change. */
    private static final Set<String> READ_ONLY = Set.of("equals", "hashCode", "toString");

    private static String moduleOf(JavaClass c) {
        String rest = c.getPackageName().substring("vn.mttq.giamsat.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static JavaClasses productionClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.mttq.giamsat");
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }

    /**
     * base is split by concern into named interfaces (issue 24); docs/architecture.md names each, so a
     * new one cannot appear without a line saying what belongs there.
     */
    @Test
    void base_is_split_into_named_interfaces_the_architecture_document_names() throws Exception {
        var base = modules.getModuleByName("base").orElseThrow();
        List<String> names = base.getNamedInterfaces().stream().map(NamedInterface::getName)
                .filter(n -> !n.startsWith("<<")).toList();
        Assertions.assertThat(names).contains("ui", "work", "security", "text", "infra", "errors");
        String doc = Files.readString(Path.of("docs/architecture.md"));
        Assertions.assertThat(names).allSatisfy(n -> Assertions.assertThat(doc).contains("`base." + n + "`"));
        // nothing is left in base's root package but its package-info
        Assertions.assertThat(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.mttq.giamsat.base").stream().filter(c -> c.getPackageName().equals("vn.mttq.giamsat.base")
                        && !c.getSimpleName().equals("package-info"))).isEmpty();
    }
}
