package dev.touchstone.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.registry.LicenseNameRows.NameRow;
import dev.touchstone.registry.LicenseType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexedLicensesTest {
  private final NameMatcher matcher = new NameMatcher(new Nicknames());

  private static NameRow row(long id, String state, String number, String first, String last) {
    return new NameRow(
        id, state, number, LicenseType.MASSAGE_THERAPIST, first, null, last, "Springfield", true);
  }

  private static IndexedLicenses index(Map<String, Long> npis, NameRow... rows) {
    IndexBuilder builder = new IndexBuilder(npis);
    for (NameRow row : rows) {
      builder.add(row);
    }
    return builder.build();
  }

  private List<IndexedLicenses.Hit> find(IndexedLicenses index, String name, String state) {
    return index
        .find(NameQuery.parse(name), new IndexedLicenses.Filter(state, null, null), matcher)
        .stream()
        .sorted(Comparator.comparingDouble((IndexedLicenses.Hit h) -> -h.match().score()))
        .toList();
  }

  @Test
  void aRealJoeSmithRanksAboveJoelSmithAndJoelCoopersmithIsNotFound() {
    IndexedLicenses index =
        index(
            Map.of(),
            row(1, "WA", "MA1", "Joel", "Coopersmith"),
            row(2, "WA", "MA2", "Joel", "Smith"),
            row(3, "WA", "MA3", "Joe", "Smith"),
            row(4, "WA", "MA4", "Joseph", "Smith"));
    List<IndexedLicenses.Hit> hits = find(index, "Joe Smith", null);
    assertThat(hits).extracting(h -> index.licenseId(h.entry())).doesNotContain(1L);
    assertThat(index.licenseId(hits.get(0).entry())).isEqualTo(3L);
    assertThat(hits.get(0).match().exact()).isTrue();
  }

  @Test
  void licensesOneNpiDeclaresInTwoStatesAreOnePerson() {
    IndexedLicenses index =
        index(
            Map.of("WA|MA60000001", 1234567893L, "FL|MA70001", 1234567893L),
            row(1, "WA", "MA60000001", "Jane", "Doe"),
            row(2, "FL", "MA70001", "Jane", "Doe"),
            row(3, "TX", "MT1", "Jane", "Doe"));
    List<IndexedLicenses.Hit> hits = find(index, "Jane Doe", "WA");
    assertThat(hits).hasSize(1);
    int entry = hits.get(0).entry();
    assertThat(index.practitionerId(entry)).isEqualTo("npi-1234567893");
    assertThat(index.samePerson(entry)).hasSize(2);
  }

  @Test
  void aSameNameWithoutProofIsAPossibleMatchNeverMerged() {
    IndexedLicenses index =
        index(Map.of(), row(1, "WA", "MA1", "Jane", "Doe"), row(2, "FL", "MA2", "Jane", "Doe"));
    int washington = find(index, "Jane Doe", "WA").get(0).entry();
    assertThat(index.samePerson(washington)).hasSize(1);
    assertThat(index.sameNameOthers(washington, 5))
        .extracting(index::licenseId)
        .containsExactly(2L);
    assertThat(index.practitionerId(washington))
        .isNotEqualTo(index.practitionerId(index.sameNameOthers(washington, 5).get(0)));
  }

  @Test
  void filtersByStateAndCity() {
    IndexedLicenses index =
        index(Map.of(), row(1, "WA", "MA1", "Jane", "Doe"), row(2, "FL", "MA2", "Jane", "Doe"));
    assertThat(find(index, "Jane Doe", "FL"))
        .extracting(h -> index.licenseId(h.entry()))
        .containsExactly(2L);
    assertThat(
            index.find(
                NameQuery.parse("Jane Doe"),
                new IndexedLicenses.Filter(null, "Shelbyville", null),
                matcher))
        .isEmpty();
  }

  @Test
  void aTypoInTheLastNameStillFindsTheLicense() {
    IndexedLicenses index = index(Map.of(), row(1, "WA", "MA1", "Marguerite", "Ostrowski"));
    assertThat(find(index, "Marguerite Ostrowsky", null)).hasSize(1);
    assertThat(find(index, "Maggie Ostrowski", null)).hasSize(1);
  }

  @Test
  void aLastNameAloneFindsEveryoneUnderIt() {
    IndexedLicenses index =
        index(
            Map.of(),
            row(1, "WA", "MA1", "Jane", "Doe"),
            row(2, "WA", "MA2", "Ann", "Doe"),
            row(3, "WA", "MA3", "Jane", "Roe"));
    assertThat(find(index, "Doe", null))
        .extracting(h -> index.licenseId(h.entry()))
        .containsExactlyInAnyOrder(1L, 2L);
  }

  @Test
  void someoneWhoGoesByTheirMiddleNameIsFoundAmongManyWithOtherFirstNames() {
    IndexedLicenses index =
        index(
            Map.of(),
            row(1, "WA", "MA1", "Ann", "Doe"),
            row(2, "WA", "MA2", "Zoe", "Doe"),
            new NameRow(
                3,
                "WA",
                "MA3",
                LicenseType.MASSAGE_THERAPIST,
                "Mary",
                "Beth",
                "Doe",
                "Springfield",
                true),
            row(4, "WA", "MA4", "Mary", "Doe"));
    List<IndexedLicenses.Hit> hits = find(index, "Beth Doe", null);
    assertThat(hits)
        .extracting(h -> index.licenseId(h.entry()))
        .contains(3L)
        .doesNotContain(1L, 2L, 4L);
  }

  @Test
  void sameNameOthersAreEveryOtherLicenseUnderTheVeryFirstAndLastName() {
    IndexedLicenses index =
        index(
            Map.of(),
            row(1, "WA", "MA1", "Jane", "Doe"),
            row(2, "WA", "MA2", "Ann", "Doe"),
            row(3, "FL", "MA3", "Jane", "Doe"),
            row(4, "TX", "MT4", "Zoe", "Doe"),
            row(5, "TX", "MT5", "Jane", "Doe"));
    int washington = find(index, "Jane Doe", "WA").get(0).entry();
    assertThat(index.sameNameOthers(washington, 5))
        .extracting(index::licenseId)
        .containsExactly(3L, 5L);
    assertThat(index.sameNameOthers(washington, 1)).hasSize(1);
  }
}
