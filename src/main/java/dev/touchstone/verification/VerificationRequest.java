package dev.touchstone.verification;

import dev.touchstone.normalize.Npis;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The question: who (the name as the therapist gave it), where the massage takes place, and
 * optionally the license number on the wall and an NPI, which make the check exact.
 *
 * @param numberFromSearch true when the license number is the one a result card on Touchstone's
 *     search page carried, not one the person typed: the page then does not show it as theirs
 */
@Serdeable
public record VerificationRequest(
    @Nullable String name,
    @Nullable String state,
    @Nullable String licenseNumber,
    @Nullable String npi,
    @Schema(
            accessMode = Schema.AccessMode.READ_ONLY,
            description =
                "true when the license number came from a result card on Touchstone's search page, "
                    + "not from the person asking; never read from a request body")
        @Nullable
        Boolean numberFromSearch) {
  @Creator
  public VerificationRequest {}

  /** A question as the API and batches ask it: the number, if any, is the asker's own. */
  public VerificationRequest(String name, String state, String licenseNumber, String npi) {
    this(name, state, licenseNumber, npi, null);
  }

  /** Whether the person asking gave the license number (rather than a search result card). */
  public boolean numberGiven() {
    return licenseNumber != null && !Boolean.TRUE.equals(numberFromSearch);
  }

  public static final int MAX_NAME = 100;
  private static final Pattern NPI_SEPARATORS = Pattern.compile("[\\s-]");
  private static final Pattern LICENSE_NUMBER = Pattern.compile("[A-Za-z0-9 .\\-/#]{1,40}");
  private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

  /** The same request with blanks as nulls, spaces trimmed and the state in capitals. */
  public VerificationRequest tidy() {
    return new VerificationRequest(
        blankToNull(name),
        state == null ? null : blankToNull(state.toUpperCase(Locale.ROOT)),
        blankToNull(licenseNumber),
        npi == null ? null : blankToNull(NPI_SEPARATORS.matcher(npi).replaceAll("")),
        numberFromSearch);
  }

  /** What is wrong with the request, field by field; empty when it can be checked. */
  public List<InvalidField> problems(Jurisdictions jurisdictions) {
    List<InvalidField> problems = new ArrayList<>();
    if (name == null) {
      problems.add(
          new InvalidField(
              "name", "is required: the therapist's name as they gave it, e.g. Jane Doe"));
    } else if (name.length() > MAX_NAME) {
      problems.add(
          new InvalidField(
              "name", "must be at most " + MAX_NAME + " characters, got " + name.length()));
    } else if (!hasTwoLetters(name)) {
      problems.add(new InvalidField("name", "needs at least two letters, e.g. Jane Doe"));
    }
    if (state == null) {
      problems.add(
          new InvalidField(
              "state",
              "is required: the two-letter code of the state where the massage takes place, e.g. WA"));
    } else if (jurisdictions.find(state).isEmpty()) {
      problems.add(
          new InvalidField(
              "state",
              "'"
                  + shorten(state)
                  + "' is not a US state code; use two letters such as WA, TX or FL"));
    }
    if (licenseNumber != null && !LICENSE_NUMBER.matcher(licenseNumber).matches()) {
      problems.add(
          new InvalidField(
              "licenseNumber",
              "use the number as printed on the license, up to 40 letters, digits, spaces, dots and dashes, e.g. MA60218734"));
    } else if (licenseNumber != null && licenseNumber.chars().noneMatch(Character::isDigit)) {
      problems.add(
          new InvalidField(
              "licenseNumber", "a license number has at least one digit, e.g. MA60218734"));
    }
    if (npi != null && !TEN_DIGITS.matcher(npi).matches()) {
      problems.add(new InvalidField("npi", "an NPI is exactly 10 digits, e.g. 1234567893"));
    } else if (npi != null && !Npis.isValid(npi)) {
      problems.add(
          new InvalidField(
              "npi",
              npi
                  + " fails the NPI check digit; copy it again from the NPI registry or the provider"));
    }
    return problems;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String shorten(String text) {
    return text.length() > 20 ? text.substring(0, 20) + "…" : text;
  }

  private static boolean hasTwoLetters(String text) {
    int letters = 0;
    for (int i = 0;
        i < text.length() && letters < 2;
        i += Character.charCount(text.codePointAt(i))) {
      if (Character.isLetter(text.codePointAt(i))) {
        letters++;
      }
    }
    return letters >= 2;
  }
}
