package dev.touchstone.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchstone.source.delimited.DelimitedAdapter;
import dev.touchstone.source.jsonapi.NppesAdapter;
import dev.touchstone.source.socrata.SocrataAdapter;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDefinitionsTest {
  private final AdapterTestSupport support = new AdapterTestSupport();
  private final List<SourceAdapter> adapters =
      List.of(
          new DelimitedAdapter(support.fetcher),
          new SocrataAdapter(support.fetcher),
          new dev.touchstone.source.xlsx.XlsxAdapter(support.fetcher),
          new NppesAdapter(support.fetcher),
          new dev.touchstone.source.html.HtmlAdapter(support.fetcher));

  @Test
  void everyShippedDefinitionIsValid() throws Exception {
    try (var files = Files.list(Path.of("config/sources"))) {
      List<SourceDefinition> all =
          files.sorted().map(f -> new SourceDefinitionParser().parse(f, Map.of())).toList();
      assertThat(all)
          .extracting(SourceDefinition::id)
          .containsExactly(
              "us-ak-cbpl",
              "us-co-dora",
              "us-ct-dcp",
              "us-de-dpr",
              "us-fl-mqa",
              "us-il-idfpr",
              "us-mi-lara",
              "us-mo-pr",
              "us-npi-nppes",
              "us-oh-smb",
              "us-oig-leie",
              "us-or-obmt",
              "us-tx-tdlr",
              "us-wa-doh");
      new SourceDefinitions(all, adapters);
    }
  }

  @Test
  void anUnknownFieldFailsNamingTheFileAndField(@TempDir Path dir) throws Exception {
    Path file = copy(dir, "us-tx-tdlr", "url:", "urll:");
    assertThatThrownBy(() -> new SourceDefinitionParser().parse(file, Map.of()))
        .isInstanceOf(InvalidSourceDefinitionException.class)
        .hasMessageContaining("us-tx-tdlr.yml")
        .hasMessageContaining("'urll'");
  }

  @Test
  void aMissingRequiredFieldFailsNamingIt(@TempDir Path dir) throws Exception {
    Path file = copy(dir, "us-wa-doh", "    fields: [status]\n", "");
    assertThatThrownBy(() -> new SourceDefinitionParser().parse(file, Map.of()))
        .hasMessageContaining("us-wa-doh.yml")
        .hasMessageContaining("license.status.fields");
  }

  @Test
  void rowsMergedByCaseNeedTheCaseNumber(@TempDir Path dir) throws Exception {
    Path file = copy(dir, "us-co-dora", "      case-number: casenumber\n", "");
    assertThatThrownBy(() -> new SourceDefinitionParser().parse(file, Map.of()))
        .hasMessageContaining("us-co-dora.yml")
        .hasMessageContaining("merge-rows needs license.discipline.cases.case-number");
  }

  @Test
  void noDisciplineCanBeAssumedWithoutAJoinedRegisterOfActions(@TempDir Path dir) throws Exception {
    // Without its "actions:" and role lines, the register's settings become the licenses file's
    // own, and the source has no file of actions left.
    Path file =
        copy(
            dir,
            "us-de-dpr",
            "  actions:\n    url: https://data.delaware.gov/resource/dz6p-akeq.json\n"
                + "    role: COMPLAINTS\n",
            "");
    assertThatThrownBy(() -> new SourceDefinitionParser().parse(file, Map.of()))
        .hasMessageContaining("us-de-dpr.yml")
        .hasMessageContaining("absent-means-none alone needs a file with role COMPLAINTS");
  }

  @Test
  void anUnknownStatusInTheMappingFailsNamingTheField(@TempDir Path dir) throws Exception {
    Path file = copy(dir, "us-wa-doh", "RETIRED: INACTIVE", "RETIRED: RETIRED");
    assertThatThrownBy(() -> new SourceDefinitionParser().parse(file, Map.of()))
        .hasMessageContaining("license.status.words.RETIRED");
  }

  @Test
  void aTypeRuleNeedsATypeOrSaysItFiltersTheRow(@TempDir Path dir) throws Exception {
    Path file =
        copy(
            dir,
            "us-wa-doh",
            "{ match: \".*(endorsement|permit)\", filter: true }",
            "{ match: \".*permit\" }");
    assertThatThrownBy(() -> new SourceDefinitionParser().parse(file, Map.of()))
        .hasMessageContaining("us-wa-doh.yml")
        .hasMessageContaining("either 'type' or 'filter: true'");
  }

  @Test
  void aStatusWordCannotBothMapAndMarkAnApplication(@TempDir Path dir) throws Exception {
    Path file =
        copy(dir, "us-ct-dcp", "not-licenses: [APPROVED,", "not-licenses: [ACTIVE, APPROVED,");
    assertThatThrownBy(() -> new SourceDefinitionParser().parse(file, Map.of()))
        .hasMessageContaining("'ACTIVE' is listed both in 'words' and in 'not-licenses'");
  }

  @Test
  void aLookupKeyRuleMustCaptureThePartPeopleKnowTheLicenseBy(@TempDir Path dir) throws Exception {
    Path file =
        copy(
            dir,
            "us-wa-doh",
            "lookup-key: \"^[A-Z]*?([0-9]+)$\"",
            "lookup-key: \"^[A-Z]*[0-9]+$\"");
    assertThatThrownBy(() -> new SourceDefinitionParser().parse(file, Map.of()))
        .hasMessageContaining("license.lookup-key must capture");
  }

  @Test
  void anAdapterNameThatMatchesNoAdapterFailsStartUp(@TempDir Path dir) throws Exception {
    copy(dir, "us-tx-tdlr", "adapter: delimited", "adapter: fixed-width");
    try {
      ApplicationContext.run(
          Map.of(
              "touchstone.sources-dir",
              dir.toString(),
              "datasources.default.url",
              "jdbc:h2:mem:bad-adapter;DB_CLOSE_DELAY=-1"));
      throw new AssertionError("start-up should have failed");
    } catch (BeanInstantiationException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      assertThat(root).isInstanceOf(InvalidSourceDefinitionException.class);
      assertThat(root.getMessage())
          .contains("us-tx-tdlr.yml")
          .contains("'fixed-width'")
          .contains("delimited, html, json-api, socrata");
    }
  }

  @Test
  void runTimePropertiesOverrideAFilesUrl() {
    SourceDefinition florida =
        new SourceDefinitionParser()
            .parse(
                Path.of("config/sources/us-fl-mqa.yml"),
                Map.of("files.complaints.url", "/tmp/dxe004dd.txt"));
    assertThat(florida.files().get("complaints").url()).isEqualTo("/tmp/dxe004dd.txt");
    assertThat(florida.files().get("complaints").complaints()).isNotNull();
  }

  private static Path copy(Path dir, String id, String from, String to) throws Exception {
    String text = Files.readString(Path.of("config/sources/" + id + ".yml"));
    assertThat(text).contains(from);
    Path file = dir.resolve(id + ".yml");
    Files.writeString(file, text.replace(from, to));
    return file;
  }
}
