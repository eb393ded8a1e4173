package vn.mttq.giamsat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
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
