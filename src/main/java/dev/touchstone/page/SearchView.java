package dev.touchstone.page;

import dev.touchstone.registry.LicenseSummaries.LicenseSummary;
import dev.touchstone.search.PractitionerSearch;
import dev.touchstone.verification.Aftercare;
import dev.touchstone.verification.InvalidField;
import dev.touchstone.verification.Jurisdiction;
import dev.touchstone.verification.Verification;
import dev.touchstone.verification.Verifier;
import java.util.List;

/** The search page: the form, what went wrong with it, and the people found as cards. */
final class SearchView {
  private SearchView() {}

  /** What the visitor asked for, as typed. */
  record Form(String name, String state, String licenseNumber) {
    boolean isEmpty() {
      return name == null && state == null && licenseNumber == null;
    }
  }

  /**
   * What the search found: people, or nothing, in a state that licenses or in one that does not,
   * and the state's boards as they stand (an unread or stale board makes "nothing found" mean
   * little).
   */
  /**
   * @param byNumber whether the results hold the license number typed; false when a number was
   *     typed but matched nobody, and the results are by name alone
   * @param oneName a single name and no number: what to ask for instead of results
   */
  record Found(
      Jurisdiction jurisdiction,
      PractitionerSearch.SearchResults results,
      boolean byNumber,
      boolean oneName,
      List<Verification.SourceUsed> boards,
      String notReadReason) {}

  /**
   * What every search page shows: every jurisdiction, the codes of those whose board Touchstone
   * reads, and the aftercare advice.
   */
  record Coverage(List<Jurisdiction> states, java.util.Set<String> read, Aftercare aftercare) {}

  static Html render(Form form, List<InvalidField> problems, Found found, Coverage coverage) {
    List<Jurisdiction> states = coverage.states();
    Html html = new Html();
    html.el("h1", null, "Check a massage therapist");
    html.raw(
        "<p class=\"lead\">Untrained hands can hurt a back or a neck. Before you book, check that your therapist "
            + "holds a license where the massage takes place — here, then in person.</p>\n");
    if (!problems.isEmpty()) {
      errors(html, problems);
    }
    form(html, form, problems, states);
    if (found != null) {
      results(html, form, found);
    } else {
      coverage(html, coverage);
    }
    Pages.aftercare(html, coverage.aftercare().all(), coverage.aftercare().emergency());
    return html;
  }

  /** Which states this service can check, so a patient elsewhere knows to go to the board. */
  private static void coverage(Html html, Coverage coverage) {
    List<String> read =
        coverage.states().stream()
            .filter(s -> coverage.read().contains(s.code()))
            .map(Jurisdiction::name)
            .toList();
    html.raw(
            "<section class=\"coverage\" aria-labelledby=\"coverage-heading\"><h2 id=\"coverage-heading\">Which states we can check</h2><p>")
        .text(
            read.isEmpty()
                ? "Touchstone does not read any state board's records yet."
                : "Touchstone reads the license records of " + String.join(", ", read) + ".")
        .raw("</p><p>")
        .text(
            "In any other state it tells you so, and names the state's board and its own lookup, where you can "
                + "check the license yourself.")
        .raw("</p></section>\n");
  }

  private static void errors(Html html, List<InvalidField> problems) {
    html.raw("<div class=\"message error\" role=\"alert\" aria-labelledby=\"error-heading\">");
    html.raw(
        "<h2 id=\"error-heading\"><span class=\"icon\" aria-hidden=\"true\">!</span> Please check the form</h2><ul>");
    for (InvalidField problem : problems) {
      html.raw("<li><a " + Html.attr("href", "#" + problem.field()) + ">")
          .text(Pages.fieldLabel(problem.field()))
          .raw("</a>: ")
          .text(Pages.plainProblem(problem))
          .raw("</li>");
    }
    html.raw("</ul></div>\n");
  }

  private static void form(
      Html html, Form form, List<InvalidField> problems, List<Jurisdiction> states) {
    html.raw(
        "<form class=\"search\" method=\"get\" action=\"/#results\" role=\"search\" aria-label=\"Find a therapist\">\n");
    html.raw("<div class=\"field\"><label for=\"name\">Therapist's name</label>");
    html.raw(
        "<input id=\"name\" name=\"name\" type=\"text\" autocomplete=\"off\" maxlength=\"100\" required "
            + invalid(problems, "name")
            + Html.attr("value", form.name())
            + " aria-describedby=\"name-hint\">");
    html.raw(
        "<p class=\"hint\" id=\"name-hint\">As they gave it, e.g. Jane Doe. A nickname or a small misspelling is fine.</p></div>\n");
    html.raw(
        "<div class=\"field\"><label for=\"state\">State where the massage takes place</label>");
    html.raw("<select id=\"state\" name=\"state\" required " + invalid(problems, "state") + ">");
    html.raw("<option value=\"\">Choose a state</option>");
    for (Jurisdiction state : states) {
      boolean selected = state.code().equalsIgnoreCase(form.state() == null ? "" : form.state());
      html.raw("<option " + Html.attr("value", state.code()) + (selected ? " selected" : "") + ">")
          .text(state.name())
          .raw("</option>");
    }
    html.raw("</select></div>\n");
    html.raw(
        "<div class=\"field\"><label for=\"licenseNumber\">License number <span class=\"optional\">(optional)</span></label>");
    html.raw(
        "<input id=\"licenseNumber\" name=\"licenseNumber\" type=\"text\" autocomplete=\"off\" maxlength=\"40\" "
            + invalid(problems, "licenseNumber")
            + Html.attr("value", form.licenseNumber())
            + " aria-describedby=\"number-hint\">");
    html.raw(
        "<p class=\"hint\" id=\"number-hint\">As printed on the license on the wall, e.g. MA60218734.</p></div>\n");
    html.raw("<button type=\"submit\">Search</button>\n</form>\n");
  }

  private static String invalid(List<InvalidField> problems, String field) {
    return problems.stream().anyMatch(p -> p.field().equals(field)) ? "aria-invalid=\"true\" " : "";
  }

  private static void results(Html html, Form form, Found found) {
    Jurisdiction state = found.jurisdiction();
    if (!state.licenses()) {
      Pages.notLicensedHere(html, state);
    } else {
      boardNotices(html, state, found.boards(), found.notReadReason());
    }
    List<PractitionerSearch.Result> people = found.results().results();
    html.raw(
        "<section class=\"results\" id=\"results\" tabindex=\"-1\" aria-labelledby=\"results-heading\">");
    if (found.oneName()) {
      html.raw("<h2 id=\"results-heading\">")
          .text("One name is not enough to find a therapist")
          .raw("</h2><div class=\"message notice\"><p>")
          .text(Verifier.oneNameAdvice(form.name()))
          .raw("</p></div>");
    } else if (people.isEmpty() && !state.licenses()) {
      // Nothing to find where the state issues no license: what to check instead is said above.
      html.raw("<h2 id=\"results-heading\">")
          .text("No one by that name in the records Touchstone holds")
          .raw("</h2>");
      verifyButton(
          html, form.name(), state.code(), form.licenseNumber(), "Get the full check anyway");
    } else if (people.isEmpty()) {
      html.raw("<h2 id=\"results-heading\">")
          .text("We found no license under “" + searched(form) + "” in " + state.name())
          .raw("</h2>");
      html.raw(
          "<div class=\"message notice\"><p>That can mean:</p><ul>"
              + "<li>the license is under another spelling or a former name — try the name exactly as on the license;</li>"
              + "<li>the therapist is licensed in another state;</li>"
              + "<li>Touchstone does not hold this state's board records (the full check below says so);</li>"
              + "<li>or the therapist is not licensed.</li></ul>"
              + "<p>Ask to see the license, and search its number. Until it checks out, choose someone else.</p></div>");
      verifyButton(
          html, form.name(), state.code(), form.licenseNumber(), "Get the full check anyway");
    } else {
      html.raw("<h2 id=\"results-heading\">")
          .text(count(found.results().total()) + " for “" + searched(form) + "” in " + state.name())
          .raw("</h2>");
      html.raw(
          "<p class=\"hint\">Pick the person you are seeing for the full check: the verdict, what to check in person, "
              + "and how fresh the records are.</p><ul class=\"cards\">");
      for (PractitionerSearch.Result person : people) {
        card(html, person, form, state, form.licenseNumber() != null && !found.byNumber());
      }
      html.raw("</ul>");
    }
    html.raw("</section>\n");
  }

  /** Couldn't check is not "not found": say so before any result. */
  private static void boardNotices(
      Html html, Jurisdiction state, List<Verification.SourceUsed> boards, String notReadReason) {
    if (boards.isEmpty()) {
      String board =
          state.board() == null ? "the " + state.name() + " massage board" : state.board();
      html.raw(
              "<div class=\"message warning\" role=\"note\"><h2><span class=\"icon\" aria-hidden=\"true\">!</span> ")
          .text(
              notReadReason == null
                  ? "Touchstone does not hold " + state.name() + "'s board records"
                  : state.name() + "'s board records are not read automatically")
          .raw("</h2><p>")
          .text(
              (notReadReason == null ? "" : notReadReason + " ")
                  + "This search can find someone licensed elsewhere, but it cannot tell whether anyone is licensed in "
                  + state.name()
                  + ". Ask to see the license and check it with "
                  + board)
          .raw(
              state.lookupUrl() == null
                  ? "."
                  : ": <a "
                      + Html.attr("href", state.lookupUrl())
                      + " rel=\"noopener noreferrer\">"
                      + "the board's own lookup</a>.")
          .raw("</p></div>\n");
      return;
    }
    for (Verification.SourceUsed board : boards) {
      if (board.lastSyncedAt() == null) {
        html.raw(
                "<div class=\"message warning\" role=\"note\"><h2><span class=\"icon\" aria-hidden=\"true\">!</span> ")
            .text(board.name() + "'s records could not be read")
            .raw("</h2><p>")
            .text(
                "A therapist missing from these results may still be licensed. Check with the board directly")
            .raw(
                board.lookupUrl() == null
                    ? "."
                    : ": <a "
                        + Html.attr("href", board.lookupUrl())
                        + " rel=\"noopener noreferrer\">"
                        + Html.escape(board.name())
                        + "'s own lookup</a>.")
            .raw("</p></div>\n");
      } else if (board.stale()) {
        html.raw(
                "<div class=\"message warning\" role=\"note\"><h2><span class=\"icon\" aria-hidden=\"true\">!</span> ")
            .text(board.name() + "'s records are out of date")
            .raw("</h2><p>")
            .text(
                "They were last updated on "
                    + Pages.date(state.date(board.lastSyncedAt()))
                    + ", longer ago than we allow: a recent change may be missing.")
            .raw("</p></div>\n");
      }
    }
  }

  /** What the visitor searched for: the name, or the license number when they gave no name. */
  static String searched(Form form) {
    return form.name() != null ? form.name() : form.licenseNumber();
  }

  private static String count(int total) {
    return total == 1 ? "1 person found" : total + " people found";
  }

  /**
   * A person found; their check asks about the name as the visitor typed it (or, searched by number
   * alone, the name on the license), pinned by this person's license number in this state.
   */
  private static void card(
      Html html,
      PractitionerSearch.Result person,
      Form form,
      Jurisdiction state,
      boolean otherNumber) {
    html.raw("<li class=\"card\"><h3>").text(person.name()).raw("</h3>");
    if (otherNumber) {
      html.raw("<p class=\"hint number-differs\">")
          .text(
              "Found by name: no license numbered "
                  + form.licenseNumber()
                  + " is on record, so check the number on their license against this one.")
          .raw("</p>");
    }
    if (!person.exactName() && !person.nameDifferences().isEmpty()) {
      html.raw("<p class=\"hint\">")
          .text("Not an exact match: " + String.join("; ", person.nameDifferences()))
          .raw("</p>");
    }
    html.raw("<ul class=\"licenses\">");
    // The card's own license: the number typed may be another person's, or incomplete.
    String numberHere = null;
    for (LicenseSummary license : person.licenses()) {
      html.raw("<li>");
      html.el("span", "class=\"where\"", license.jurisdiction()).raw(" ");
      html.text(Pages.licenseType(license.licenseType()))
          .raw(" ")
          .el("span", "class=\"number\"", license.licenseNumber())
          .raw(" ");
      Pages.status(html, license.status());
      if (license.expiresOn() != null) {
        html.raw(" <span class=\"expires\">")
            .text("expires " + Pages.date(license.expiresOn()))
            .raw("</span>");
      }
      // What tells namesakes apart.
      List<String> apart = new java.util.ArrayList<>();
      if (license.city() != null && !license.city().isBlank()) {
        apart.add(Pages.city(license.city()));
      }
      if (license.issuedOn() != null) {
        apart.add("first licensed " + license.issuedOn().getYear());
      }
      if (!apart.isEmpty()) {
        html.raw(" <span class=\"apart\">").text(String.join(" · ", apart)).raw("</span>");
      }
      html.raw("</li>");
      if (numberHere == null && license.jurisdiction().equals(state.code())) {
        numberHere = license.licenseNumber();
      }
    }
    html.raw("</ul>");
    verifyButton(
        html,
        form.name() == null ? person.name() : form.name(),
        state.code(),
        numberHere,
        // The card's number is the patient's own only when they typed it and it found this card.
        form.licenseNumber() == null || otherNumber,
        "Check " + person.name());
    html.raw("</li>");
  }

  /** Marks a card's form: the number it posts is the card's, not one the patient typed. */
  static final String FROM_SEARCH = "<input type=\"hidden\" name=\"from\" value=\"search\">";

  private static void verifyButton(
      Html html, String name, String state, String licenseNumber, String label) {
    verifyButton(html, name, state, licenseNumber, false, label);
  }

  private static void verifyButton(
      Html html,
      String name,
      String state,
      String licenseNumber,
      boolean fromSearch,
      String label) {
    html.raw("<form class=\"check\" method=\"post\" action=\"/verify\">");
    html.raw("<input type=\"hidden\" name=\"name\" " + Html.attr("value", name) + ">");
    html.raw("<input type=\"hidden\" name=\"state\" " + Html.attr("value", state) + ">");
    if (licenseNumber != null) {
      html.raw(
          "<input type=\"hidden\" name=\"licenseNumber\" "
              + Html.attr("value", licenseNumber)
              + ">");
      if (fromSearch) {
        html.raw(FROM_SEARCH);
      }
    }
    html.raw("<button type=\"submit\">").text(label).raw("</button></form>");
  }
}
