package dev.touchstone.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering the README's layout section describes: each package uses only those below it, and
 * no two packages need each other. A change that reaches up fails here, naming the dependency.
 */
class LayeringTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.touchstone", "db.migration");

  @Test
  void noPackageCycles() {
    slices().matching("dev.touchstone.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("application").definedBy("dev.touchstone")
        .layer("web").definedBy("dev.touchstone.web..")
        .layer("page").definedBy("dev.touchstone.page..")
        .layer("clinic").definedBy("dev.touchstone.clinic..")
        .layer("verification").definedBy("dev.touchstone.verification..")
        .layer("sync").definedBy("dev.touchstone.sync..")
        .layer("probe").definedBy("dev.touchstone.probe..")
        .layer("search").definedBy("dev.touchstone.search..")
        .layer("normalize").definedBy("dev.touchstone.normalize..")
        .layer("source").definedBy("dev.touchstone.source..")
        .layer("registry").definedBy("dev.touchstone.registry..")
        .layer("database").definedBy("dev.touchstone.database..", "db.migration..")
        .whereLayer("application").mayNotBeAccessedByAnyLayer()
        .whereLayer("web").mayOnlyBeAccessedByLayers("application")
        .whereLayer("page").mayOnlyBeAccessedByLayers("application")
        .whereLayer("clinic").mayOnlyBeAccessedByLayers("web", "page", "application")
        .whereLayer("verification").mayOnlyBeAccessedByLayers("clinic", "web", "page", "application")
        .whereLayer("sync").mayOnlyBeAccessedByLayers("clinic", "web", "page", "application")
        .whereLayer("probe").mayOnlyBeAccessedByLayers("application")
        .whereLayer("search").mayOnlyBeAccessedByLayers("verification", "clinic", "web", "page", "application")
        .whereLayer("normalize").mayOnlyBeAccessedByLayers("sync", "probe", "search", "verification", "clinic", "web", "page",
            "application")
        .whereLayer("source").mayOnlyBeAccessedByLayers("normalize", "sync", "probe", "search", "verification", "clinic", "web",
            "page", "application")
        .whereLayer("registry").mayOnlyBeAccessedByLayers("source", "normalize", "sync", "probe", "search", "verification",
            "clinic", "web", "page", "application")
        .check(MAIN);
  }
}
