package dev.touchstone.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/probe on the boards' real-format fixtures: what an operator reads, and its exit status.
 */
class ProbeCommandTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private int probe(String sourceId, String file) {
    return new ProbeCommand(new PrintStream(printed, true, StandardCharsets.UTF_8))
        .run(sourceId, file, Map.of("touchstone.clock.fixed-date", "2026-07-01"));
  }

  private String output() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  private static String fixture(Path dir, String name, String path, String from, String to)
      throws Exception {
    String text =
        new String(
            Fixtures.bytes(path),
            path.endsWith(".txt") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Path file = dir.resolve(name);
    Files.write(
        file,
        text.replace(from, to)
            .getBytes(
                path.endsWith(".txt") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
    return file.toString();
  }

  @Test
  void aGoodFileShowsEveryWordWithWhatItMapsToTheShapesAndWhatWouldLoad(@TempDir Path dir)
      throws Exception {
    String washington = fixture(dir, "wa.json", "us-wa-doh/us-wa-doh.json", "", "");

    assertThat(probe("us-wa-doh", washington)).isZero();

    assertThat(output())
        .contains("Reading " + washington + " — nothing is written")
        .containsPattern("\\s+1\\s+\"Summary Suspension\"\\s+→ SUSPENDED")
        .containsPattern("\\s+1\\s+\"Expired – Active MSL\"\\s+→ EXPIRED")
        .containsPattern("\\s+1\\s+\"Pending\"\\s+→ allegation \\(pending action\\)")
        .containsPattern(
            "\\s+1\\s+\"Massage Therapist Intraoral Endorsement\"\\s+→ filtered \\(not a massage license\\)")
        .containsPattern("\\s+15\\s+AAA\\.AA\\.99999999")
        .containsPattern("\\s+18\\s+read\\n\\s+15\\s+would load")
        .containsPattern("\\s+1\\s+quarantined: invalid_date")
        .contains("invalid_date row 8:")
        .contains("20260229")
        .contains("READY");
    // Birth years are in every row of the file; neither the column nor a value is shown.
    assertThat(output())
        .doesNotContainIgnoringCase("birthyear")
        .doesNotContain("1984")
        .contains("private column(s)");
  }

  @Test
  void statusWordsTheDefinitionDoesNotKnowAreListedFirstAndCalledOut(@TempDir Path dir)
      throws Exception {
    String washington =
        fixture(
            dir,
            "wa.json",
            "us-wa-doh/us-wa-doh.json",
            "\"status\": \"Inactive\"",
            "\"status\": \"Active Pending Review\"");

    assertThat(probe("us-wa-doh", washington)).isZero();

    String statuses = output().substring(output().indexOf("Status words"));
    assertThat(statuses).startsWith("Status words (status): 1 not mapped, listed first");
    assertThat(statuses.lines().skip(1).findFirst().orElseThrow())
        .contains("\"Active Pending Review\"")
        .contains("UNKNOWN")
        .contains("NOT MAPPED");
    assertThat(output()).contains("READABLE, with 1 value(s) the definition does not map");
  }

  @Test
  void aFileMissingAMappedColumnFailsAndNamesIt(@TempDir Path dir) throws Exception {
    String texas = fixture(dir, "tx.csv", "us-tx-tdlr/us-tx-tdlr.csv", "OWNER NAME", "OWNER");

    assertThat(probe("us-tx-tdlr", texas)).isEqualTo(1);

    assertThat(output())
        .contains("COULD NOT READ")
        .contains("OWNER NAME")
        .contains("are missing from the file");
  }

  @Test
  void aSourceThatCannotBeReadFails(@TempDir Path dir) {
    assertThat(probe("us-tx-tdlr", dir.resolve("nothing-here.csv").toString())).isEqualTo(1);
    assertThat(output()).contains("COULD NOT READ");
  }

  @Test
  void privateColumnsOfAFileWithAHeaderNeverAppear(@TempDir Path dir) throws Exception {
    String florida = fixture(dir, "PROF_ALL.txt", "us-fl-mqa/us-fl-mqa.txt", "", "");

    assertThat(probe("us-fl-mqa", florida)).isZero();

    assertThat(output())
        .contains("Clear / Active")
        .contains("\"Massage Establishment\"")
        .doesNotContain("cwhitaker.lmt@example.com")
        .doesNotContain("5550117")
        .doesNotContain("DEL PRADO")
        .doesNotContain("Email")
        .doesNotContain("Mailing-Address-Phone-Number")
        .doesNotContain("Birth-Year-Range")
        .doesNotContain("Mailing-Address-Line1")
        .contains("private column(s)");
  }

  @Test
  void anUnknownSourceIsABadCall() {
    assertThat(probe("us-zz-none", null)).isEqualTo(2);
    assertThat(output()).contains("no source 'us-zz-none'").contains("us-wa-doh");
  }
}
