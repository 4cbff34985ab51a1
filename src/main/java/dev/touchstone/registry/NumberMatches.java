package dev.touchstone.registry;

import java.util.List;
import java.util.Optional;

/**
 * The licenses a license number, as someone typed it, can name in one jurisdiction. People type a
 * number without its prefix or type ({@code 50042} for Florida's {@code MA50042}), with other
 * separators, or with leading zeros; the source's {@code lookup-key} rule says which part of its
 * numbers identifies a license on its own. When that part names several licenses (Florida numbers a
 * therapist {@code MA50042} and an establishment {@code MM50042} alike), all of them are here and
 * none is chosen.
 *
 * @param licenses the board's exact number alone when it was typed, otherwise every license it can
 *     be; best known first (listed before unlisted, latest change first)
 * @param asTyped whether the one license's number is what was typed, up to case, punctuation and
 *     zero padding (false when the number was completed from what was typed)
 */
public record NumberMatches(List<LicenseView> licenses, boolean asTyped) {
  static final NumberMatches NONE = new NumberMatches(List.of(), false);

  public NumberMatches {
    licenses = List.copyOf(licenses);
  }

  /** The license the number names, when it names exactly one. */
  public Optional<LicenseView> single() {
    return licenses.size() == 1 ? Optional.of(licenses.get(0)) : Optional.empty();
  }

  /** True when the number can be several licenses and nothing typed tells which. */
  public boolean ambiguous() {
    return licenses.size() > 1;
  }

  public boolean none() {
    return licenses.isEmpty();
  }
}
