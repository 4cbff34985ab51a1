package dev.touchstone.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.touchstone.registry.LicenseNumbers;
import dev.touchstone.registry.NormalizedNpiRegistration;
import dev.touchstone.source.JsonRecords;
import dev.touchstone.source.RawRecord;
import dev.touchstone.support.Fixtures;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NpiNormalizerTest {
  private final NpiNormalizer normalizer =
      new NpiNormalizer(
          "225700000X",
          (state, number) -> LicenseNumbers.lookupKey(number),
          new SourceDates(List.of("uuuu-MM-dd"), List.of()));

  /** The results of an NPPES answer, flattened as the adapter hands them over. */
  private static List<RawRecord> results(String fixture) throws Exception {
    List<RawRecord> rows = new ArrayList<>();
    try (JsonParser parser =
        JsonRecords.open(new ByteArrayInputStream(Fixtures.bytes(fixture)), fixture)) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("results")) {
          JsonRecords.readArray(
              parser, fixture, values -> rows.add(RawRecord.of(fixture, rows.size() + 1, values)));
        } else {
          parser.skipChildren();
        }
      }
    }
    return rows;
  }

  private NormalizedNpiRegistration loaded(RawRecord record) {
    Outcome<NormalizedNpiRegistration> outcome = normalizer.normalize(record);
    assertThat(outcome).isInstanceOf(Outcome.Loaded.class);
    return ((Outcome.Loaded<NormalizedNpiRegistration>) outcome).value();
  }

  @Test
  void anIndividualDeclaresItsStateLicenseWithPlaceholdersDropped() throws Exception {
    NormalizedNpiRegistration npi =
        loaded(results("us-npi-nppes/us-npi-nppes-individual.json").get(0));
    assertThat(npi.npi()).isEqualTo("1582034173");
    assertThat(npi.name())
        .satisfies(
            name -> {
              assertThat(name.first()).isEqualTo("CORINNE");
              assertThat(name.middle()).isEqualTo("LOUISE");
              assertThat(name.suffix()).isNull();
            });
    assertThat(npi.licenses())
        .singleElement()
        .satisfies(
            license -> {
              assertThat(license.jurisdiction()).isEqualTo("FL");
              assertThat(license.licenseKey()).isEqualTo(LicenseNumbers.lookupKey("MA72915"));
            });
    assertThat(npi)
        .extracting(NormalizedNpiRegistration::city, NormalizedNpiRegistration::postalCode)
        .containsExactly("CAPE CORAL", "33990");
  }

  @Test
  void anOrganizationIsNotAPersonAndItsAuthorizedOfficialIsNotALicensee() throws Exception {
    NormalizedNpiRegistration npi =
        loaded(results("us-npi-nppes/us-npi-nppes-organization.json").get(0));
    assertThat(npi.name().organization()).isTrue();
    assertThat(npi.name().full()).isEqualTo("SEAGRAPE MASSAGE STUDIO LLC");
    assertThat(npi.name().full()).doesNotContain("QUIROGA");
    assertThat(npi.licenses())
        .extracting(NormalizedNpiRegistration.DeclaredLicense::licenseText)
        .containsExactly("MM41877");
  }

  @Test
  void aLicenseWrittenWithASpaceLinksByItsKey() {
    Map<String, String> values =
        new HashMap<>(
            Map.of(
                "number",
                "1582034173",
                "enumeration_type",
                "NPI-1",
                "basic.first_name",
                "ANA",
                "basic.last_name",
                "COLE",
                "taxonomies.0.code",
                "225700000X",
                "taxonomies.0.state",
                "FL",
                "taxonomies.0.license",
                "MA 72915"));
    assertThat(loaded(RawRecord.of("t", 1, values)).licenses())
        .singleElement()
        .satisfies(l -> assertThat(l.licenseKey()).isEqualTo("MA72915"));
  }

  @Test
  void anNpiWithAWrongCheckDigitIsQuarantined() {
    Map<String, String> values =
        Map.of(
            "number", "1582034174", "basic.last_name", "COLE", "taxonomies.0.code", "225700000X");
    assertThat(normalizer.normalize(RawRecord.of("t", 1, values)))
        .isInstanceOfSatisfying(
            Outcome.Quarantined.class, q -> assertThat(q.detail()).contains("check digit"));
  }

  @Test
  void aProviderWithoutTheMassageTaxonomyIsFiltered() {
    Map<String, String> values =
        Map.of(
            "number", "1582034173", "basic.last_name", "COLE", "taxonomies.0.code", "207Q00000X");
    assertThat(normalizer.normalize(RawRecord.of("t", 1, values)))
        .isInstanceOf(Outcome.Filtered.class);
  }
}
