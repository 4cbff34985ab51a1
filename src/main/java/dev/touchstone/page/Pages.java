package dev.touchstone.page;

import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.LicenseType;
import dev.touchstone.verification.InvalidField;
import dev.touchstone.verification.Jurisdiction;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Pieces several patient pages share: plain words for our codes, and the sections every page ends
 * with.
 */
final class Pages {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.US);

  private Pages() {}

  /** A city as boards write it, shouted ones ({@code CAPE CORAL}) in ordinary capitals. */
  static String city(String city) {
    if (!city.equals(city.toUpperCase(java.util.Locale.ROOT))) {
      return city;
    }
    StringBuilder shown = new StringBuilder(city.length());
    boolean start = true;
    for (char c : city.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      shown.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-';
    }
    return shown.toString();
  }

  static String date(LocalDate date) {
    return DATE.format(date);
  }

  static String licenseType(LicenseType type) {
    return switch (type) {
      case MASSAGE_THERAPIST -> "Massage therapist";
      case MASSAGE_ESTABLISHMENT -> "Massage business";
      case MASSAGE_INSTRUCTOR -> "Massage instructor";
      case MASSAGE_SCHOOL -> "Massage school";
      case STUDENT_PERMIT -> "Massage student permit";
      case OTHER -> "Other massage credential";
    };
  }

  /** A status as a word with an icon; the icon repeats the word, it never replaces it. */
  static void status(Html html, LicenseStatus status) {
    String kind =
        switch (status) {
          case ACTIVE -> "good";
          case RESTRICTED, PENDING, UNKNOWN -> "warn";
          default -> "bad";
        };
    String icon =
        switch (kind) {
          case "good" -> "✓";
          case "warn" -> "!";
          default -> "✕";
        };
    html.raw(
            "<span "
                + Html.attr("class", "status status-" + kind)
                + "><span class=\"icon\" aria-hidden=\"true\">"
                + icon
                + "</span> ")
        .text(statusWord(status))
        .raw("</span>");
  }

  static String statusWord(LicenseStatus status) {
    return switch (status) {
      case ACTIVE -> "Active";
      case RESTRICTED -> "Active with restrictions";
      case INACTIVE -> "Inactive";
      case EXPIRED -> "Expired";
      case SUSPENDED -> "Suspended";
      case REVOKED -> "Revoked";
      case SURRENDERED -> "Surrendered";
      case DENIED -> "Denied";
      case PENDING -> "Pending";
      case DECEASED -> "Deceased";
      case UNKNOWN -> "Status unclear";
    };
  }

  static String fieldLabel(String field) {
    return switch (field) {
      case "name" -> "Therapist's name";
      case "state" -> "State";
      case "licenseNumber" -> "License number";
      default -> field;
    };
  }

  /** The API's field messages, said to a person rather than to a program. */
  static String plainProblem(InvalidField problem) {
    return switch (problem.field()) {
      case "name" ->
          problem.message().startsWith("is required")
              ? "enter the therapist's name as they gave it, for example Jane Doe"
              : problem.message();
      case "state" ->
          problem.message().startsWith("is required")
              ? "choose the state where the massage takes place"
              : "choose a state from the list";
      case "licenseNumber" -> problem.message().replace("use the number", "type the number");
      default -> problem.message();
    };
  }

  /** For a state with no massage license: what to look for there instead. */
  static void notLicensedHere(Html html, Jurisdiction state) {
    html.raw(
            "<div class=\"message notice\" role=\"note\"><h2><span class=\"icon\" aria-hidden=\"true\">i</span> ")
        .text(state.name() + " does not license massage therapists")
        .raw("</h2><p>")
        .text(state.whatToCheck())
        .raw("</p>");
    if (state.board() != null) {
      html.raw("<p>").text("Who to ask: " + state.board());
      if (state.lookupUrl() != null) {
        html.raw(" — <a " + Html.attr("href", state.lookupUrl()) + " rel=\"noopener noreferrer\">")
            .text("its own lookup")
            .raw("</a>");
      }
      html.raw("</p>");
    }
    html.raw("</div>\n");
  }

  /** The aftercare advice, the emergency signs first and set apart. */
  static void aftercare(Html html, List<String> advice, String emergency) {
    html.raw(
            "<section class=\"aftercare\" aria-labelledby=\"aftercare-heading\"><h2 id=\"aftercare-heading\">Before, during and after your massage</h2>")
        .raw("<p class=\"emergency\"><strong>")
        .text(emergency)
        .raw("</strong></p><ul>");
    for (String item : advice) {
      if (!item.equals(emergency)) {
        html.raw("<li>").text(item).raw("</li>");
      }
    }
    html.raw("</ul></section>\n");
  }
}
