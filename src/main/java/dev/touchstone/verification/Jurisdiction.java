package dev.touchstone.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One US jurisdiction's rules for massage therapists, and who regulates them there.
 *
 * @param board who licenses, registers or certifies massage therapists there (null where nobody
 *     does)
 * @param lookupUrl the board's own public lookup, for people to check by hand (null when not known
 *     for sure)
 * @param complaintUrl the board's page for reporting a concern about a therapist (null when not
 *     known for sure)
 * @param whatToCheck what a person should look for instead of a state license, where there is none
 * @param zone where most of the state's people live, for the times shown about it
 */
public record Jurisdiction(
    String code,
    String name,
    Regime regime,
    String board,
    String lookupUrl,
    String complaintUrl,
    String whatToCheck,
    ZoneId zone) {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMMM uuuu 'at' h:mm a zzzz", Locale.US);

  public Jurisdiction {
    if (zone == null) {
      throw new IllegalArgumentException(
          code + ": 'time-zone' is required, an IANA zone such as America/Chicago");
    }
    if (code == null || !code.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          "a jurisdiction code is two capital letters, got '" + code + "'");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(code + ": 'name' is required");
    }
    if (regime != Regime.LICENSE && (whatToCheck == null || whatToCheck.isBlank())) {
      throw new IllegalArgumentException(
          code + ": 'what-to-check' is required where the state does not license");
    }
    for (String url : new String[] {lookupUrl, complaintUrl}) {
      if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
        throw new IllegalArgumentException(code + ": '" + url + "' is not an http(s) address");
      }
    }
  }

  /** A moment as people there read it, with their zone's name: "1 July 2026 at 9:00 AM ...". */
  public String time(Instant at) {
    return TIME.format(at.atZone(zone));
  }

  /** The day a moment falls on there. */
  public LocalDate date(Instant at) {
    return at.atZone(zone).toLocalDate();
  }

  public boolean licenses() {
    return regime == Regime.LICENSE;
  }

  /** The board with its lookup, as people are told to contact it. */
  public String boardContact() {
    String who = board == null ? "the " + name + " massage therapy board" : board;
    return who + (lookupUrl == null ? "" : " (" + lookupUrl + ")");
  }
}
