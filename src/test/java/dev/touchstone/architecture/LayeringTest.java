package dev.touchstone.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * The layering the README's layout section describes: each package uses only those below it, and no
 * two packages need each other. A change that reaches up fails here, naming the dependency.
 */
class LayeringTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.touchstone", "db.migration");

  @Test
  void noPackageCycles() {
    slices().matching("dev.touchstone.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("application")
        .definedBy("dev.touchstone")
        .layer("web")
        .definedBy("dev.touchstone.web..")
        .layer("page")
        .definedBy("dev.touchstone.page..")
        .layer("clinic")
        .definedBy("dev.touchstone.clinic..")
        .layer("verification")
        .definedBy("dev.touchstone.verification..")
        .layer("sync")
        .definedBy("dev.touchstone.sync..")
        .layer("probe")
        .definedBy("dev.touchstone.probe..")
        .layer("search")
        .definedBy("dev.touchstone.search..")
        .layer("normalize")
        .definedBy("dev.touchstone.normalize..")
        .layer("source")
        .definedBy("dev.touchstone.source..")
        .layer("registry")
        .definedBy("dev.touchstone.registry..")
        .layer("database")
        .definedBy("dev.touchstone.database..", "db.migration..")
        .whereLayer("application")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("web")
        .mayOnlyBeAccessedByLayers("application")
        .whereLayer("page")
        .mayOnlyBeAccessedByLayers("application")
        .whereLayer("clinic")
        .mayOnlyBeAccessedByLayers("web", "page", "application")
        .whereLayer("verification")
        .mayOnlyBeAccessedByLayers("clinic", "web", "page", "application")
        .whereLayer("sync")
        .mayOnlyBeAccessedByLayers("clinic", "web", "page", "application")
        .whereLayer("probe")
        .mayOnlyBeAccessedByLayers("application")
        .whereLayer("search")
        .mayOnlyBeAccessedByLayers("verification", "clinic", "web", "page", "application")
        .whereLayer("normalize")
        .mayOnlyBeAccessedByLayers(
            "sync", "probe", "search", "verification", "clinic", "web", "page", "application")
        .whereLayer("source")
        .mayOnlyBeAccessedByLayers(
            "normalize",
            "sync",
            "probe",
            "search",
            "verification",
            "clinic",
            "web",
            "page",
            "application")
        .whereLayer("registry")
        .mayOnlyBeAccessedByLayers(
            "source",
            "normalize",
            "sync",
            "probe",
            "search",
            "verification",
            "clinic",
            "web",
            "page",
            "application")
        .check(MAIN);
  }

  /** Main and test classes: a type a test in another package uses has to be public for it. */
  private static final JavaClasses MAIN_AND_TESTS =
      new ClassFileImporter().importPackages("dev.touchstone");

  @Test
  void aTypeIsPublicOnlyWhenAnotherPackageUsesIt() {
    classes()
        .that(areMainCode())
        .and()
        .areTopLevelClasses()
        .and()
        .haveModifier(JavaModifier.PUBLIC)
        .and()
        .doNotHaveFullyQualifiedName("dev.touchstone.Application")
        .and()
        .haveNameNotMatching(".*\\$.*") // what Micronaut generates
        .should(beUsedFromAnotherPackage())
        .check(MAIN_AND_TESTS);
  }

  private static DescribedPredicate<JavaClass> areMainCode() {
    return DescribedPredicate.describe(
        "are main code",
        type ->
            type.getSource()
                .map(source -> !source.getUri().toString().contains("/test-classes/"))
                .orElse(false));
  }

  private static ArchCondition<JavaClass> beUsedFromAnotherPackage() {
    return new ArchCondition<>("be used from another package (or be package-private)") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        boolean used =
            type.getDirectDependenciesToSelf().stream()
                .anyMatch(
                    dependency ->
                        !dependency
                            .getOriginClass()
                            .getPackageName()
                            .equals(type.getPackageName()));
        if (!used) {
          events.add(
              SimpleConditionEvent.violated(
                  type, type.getName() + " is public but only its own package uses it"));
        }
      }
    };
  }
}
