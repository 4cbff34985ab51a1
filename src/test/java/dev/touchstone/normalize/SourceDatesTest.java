package dev.touchstone.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceDatesTest {
  private final SourceDates compact = new SourceDates(List.of("uuuuMMdd"), List.of("00000000"));

  @Test
  void parsesTheDeclaredFormatStrictly() {
    assertThat(compact.parse("d", "20270731")).isEqualTo(LocalDate.of(2027, 7, 31));
  }

  @Test
  void februaryTwentyNinthOfANonLeapYearIsAnInvalidDate() {
    assertReason(() -> compact.parse("expirationdate", "20260229"), QuarantineReason.INVALID_DATE);
  }

  @Test
  void anIsoDateInACompactColumnIsTheWrongFormat() {
    assertReason(() -> compact.parse("d", "2026-02-01"), QuarantineReason.DATE_FORMAT);
    assertReason(() -> compact.parse("d", "2026021"), QuarantineReason.DATE_FORMAT);
  }

  @Test
  void aSentinelIsNoDate() {
    assertThat(compact.parse("d", "00000000")).isNull();
    assertThat(compact.parse("d", null)).isNull();
  }

  @Test
  void socrataFloatingTimestampsGiveTheirDate() {
    SourceDates socrata =
        new SourceDates(List.of("uuuu-MM-dd'T'HH:mm:ss.SSS"), List.of("1800-12-27T00:00:00.000"));
    assertThat(socrata.parse("d", "2026-03-01T00:00:00.000")).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(socrata.parse("d", "1800-12-27T00:00:00.000")).isNull();
    assertReason(
        () -> socrata.parse("d", "2026-11-31T00:00:00.000"), QuarantineReason.INVALID_DATE);
    assertReason(() -> socrata.parse("d", "03/01/2026"), QuarantineReason.DATE_FORMAT);
  }

  @Test
  void severalDeclaredFormatsAreEachAccepted() {
    SourceDates texas = new SourceDates(List.of("MMdduuuu", "MM/dd/uuuu"), List.of());
    assertThat(texas.parse("d", "10312027")).isEqualTo(texas.parse("d", "10/31/2027"));
    assertReason(() -> texas.parse("d", "02302027"), QuarantineReason.INVALID_DATE);
  }

  @Test
  void aFormatWithYyyyIsRefusedBecauseStrictParsingNeedsUuuu() {
    assertThatThrownBy(() -> new SourceDates(List.of("yyyyMMdd"), List.of()))
        .hasMessageContaining("uuuu");
  }

  private static void assertReason(Runnable parse, QuarantineReason reason) {
    assertThatThrownBy(parse::run)
        .isInstanceOfSatisfying(
            RowRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
