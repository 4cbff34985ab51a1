package dev.touchstone.verification;

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
 */
public record Jurisdiction(
    String code,
    String name,
    Regime regime,
    String board,
    String lookupUrl,
    String complaintUrl,
    String whatToCheck) {
  public Jurisdiction {
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

  public boolean licenses() {
    return regime == Regime.LICENSE;
  }

  /** The board with its lookup, as people are told to contact it. */
  public String boardContact() {
    String who = board == null ? "the " + name + " massage therapy board" : board;
    return who + (lookupUrl == null ? "" : " (" + lookupUrl + ")");
  }
}
