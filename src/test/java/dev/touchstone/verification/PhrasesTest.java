package dev.touchstone.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhrasesTest {
  @Test
  void aDateReadsAsAPersonWritesIt() {
    assertThat(Phrases.date(LocalDate.of(2024, 3, 15))).isEqualTo("15 March 2024");
    assertThat(Phrases.date(LocalDate.of(2027, 8, 1))).isEqualTo("1 August 2027");
  }

  @Test
  void everyDayOfSeveralYearsReadsAsTheLongFormatterWritesIt() {
    DateTimeFormatter formatter = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);
    for (LocalDate day = LocalDate.of(1999, 12, 1);
        day.isBefore(LocalDate.of(2031, 1, 1));
        day = day.plusDays(1)) {
      assertThat(Phrases.date(day)).isEqualTo(day.format(formatter));
    }
    assertThat(Phrases.date(LocalDate.of(999, 1, 2))).isEqualTo("2 January 0999");
  }

  @Test
  void listsAreJoinedWithAnd() {
    assertThat(Phrases.and(List.of("Texas"))).isEqualTo("Texas");
    assertThat(Phrases.and(List.of("Texas", "Florida", "Washington")))
        .isEqualTo("Texas, Florida and Washington");
  }
}
