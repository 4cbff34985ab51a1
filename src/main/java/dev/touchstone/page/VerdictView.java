package dev.touchstone.page;

import dev.touchstone.registry.LicenseView;
import dev.touchstone.source.SourceKind;
import dev.touchstone.verification.Aftercare;
import dev.touchstone.verification.Glossary;
import dev.touchstone.verification.Jurisdiction;
import dev.touchstone.verification.Reason;
import dev.touchstone.verification.SinceTheCheck;
import dev.touchstone.verification.Verdict;
import dev.touchstone.verification.Verification;
import dev.touchstone.verification.VerificationRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * One stored verification, as issued: the verdict, why, what to check in person, what to do, and
 * how fresh the records were.
 */
final class VerdictView {
  private VerdictView() {}

  /**
   * @param address the check's full address as people reach it, for the printed page and its QR
   *     code
   */
  static Html render(
      Verification check,
      Jurisdiction state,
      SinceTheCheck.CurrentState now,
      String address,
      Aftercare aftercare,
      Glossary glossary) {
    Html html = new Html();
    Glosses glosses = new Glosses(glossary);
    String name = check.request().name();
    html.raw(
        "<p class=\"back no-print\"><a "
            + Html.attr("href", "/?name=" + url(name) + "&state=" + url(state.code()))
            + ">← Back to the search</a></p>\n");
    if (now != null && now.summary() != null) {
      sinceTheCheck(html, check, now);
    }
    verdict(html, check, state);
    reasons(html, check, glosses);
    licenses(html, check, glosses);
    checklist(html, check);
    nextSteps(html, check, state);
    sources(html, check);
    html.raw(
            "<section class=\"keep\" aria-labelledby=\"keep-heading\"><h2 id=\"keep-heading\">Keep or share this check</h2>"
                + "<p>This page's address always shows this check as it was issued, and what has changed since: ")
        .raw("<a class=\"permalink\" " + Html.attr("href", address) + ">")
        .text(address)
        .raw(
            "</a>. "
                + "<span class=\"no-print\">Print it (one page) to keep it on file.</span></p>")
        .raw(QrCode.svg(address, "QR code of this check's address"))
        .raw("</section>\n");
    // A check keeps the advice it was issued with; one from before it carried any gets today's.
    Pages.aftercare(
        html,
        check.aftercare() == null ? aftercare.all() : check.aftercare(),
        aftercare.emergency());
    return html;
  }

  /**
   * Before anything else: the check below is as issued, and the board's record has changed since,
   * or the check is older than the records are kept fresh.
   */
  private static void sinceTheCheck(Html html, Verification check, SinceTheCheck.CurrentState now) {
    html.raw(
            "<div class=\"message warning since\" role=\"alert\"><h2><span class=\"icon\" aria-hidden=\"true\">!</span> ")
        .text(
            now.changed() ? "The board's record has changed since this check" : "This check is old")
        .raw("</h2><p>")
        .text(now.summary())
        .raw("</p>");
    VerificationRequest asked = check.request();
    html.raw("<form class=\"check no-print\" method=\"post\" action=\"/verify\">")
        .raw("<input type=\"hidden\" name=\"name\" " + Html.attr("value", asked.name()) + ">")
        .raw("<input type=\"hidden\" name=\"state\" " + Html.attr("value", asked.state()) + ">");
    if (asked.licenseNumber() != null) {
      html.raw(
          "<input type=\"hidden\" name=\"licenseNumber\" "
              + Html.attr("value", asked.licenseNumber())
              + ">");
    }
    if (!asked.numberGiven() && asked.licenseNumber() != null) {
      html.raw(SearchView.FROM_SEARCH);
    }
    html.raw("<button type=\"submit\">Check again now</button></form></div>\n");
  }

  private static void verdict(Html html, Verification check, Jurisdiction state) {
    String kind =
        switch (check.verdict()) {
          case VERIFIED -> "verified";
          case CAUTION -> "caution";
          case NOT_VERIFIED -> "not-verified";
        };
    html.raw(
        "<section "
            + Html.attr("class", "verdict verdict-" + kind)
            + " aria-labelledby=\"verdict-heading\">");
    // The verdict word is the page's heading, so a screen reader's heading list starts with it.
    html.raw(
            "<h1><span class=\"verdict-word\"><span class=\"icon\" aria-hidden=\"true\">"
                + icon(check.verdict())
                + "</span> ")
        .el("span", "id=\"verdict-heading\"", word(check.verdict()))
        .raw("</span> <span class=\"who\">")
        .text(
            check.request().name()
                + " · "
                + state.name()
                + (!check.request().numberGiven()
                    ? ""
                    : " · license " + check.request().licenseNumber()))
        .raw("</span></h1>");
    html.el("p", "class=\"summary\"", withoutVerdictWord(check));
    html.el("p", "class=\"checked\"", "Checked " + state.time(check.checkedAt()));
    html.raw("</section>\n");
  }

  /** The summary after the heading's verdict word, so the box says it once. */
  private static String withoutVerdictWord(Verification check) {
    String summary = check.summary() == null ? "" : check.summary();
    String lead = word(check.verdict()) + ": ";
    if (!summary.startsWith(lead) || summary.length() == lead.length()) {
      return summary;
    }
    String rest = summary.substring(lead.length());
    return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
  }

  static String word(Verdict verdict) {
    return switch (verdict) {
      case VERIFIED -> "Verified";
      case CAUTION -> "Caution";
      case NOT_VERIFIED -> "Not verified";
    };
  }

  private static String icon(Verdict verdict) {
    return switch (verdict) {
      case VERIFIED -> "✓";
      case CAUTION -> "!";
      case NOT_VERIFIED -> "✕";
    };
  }

  private static void reasons(Html html, Verification check, Glosses glosses) {
    html.raw(
        "<section aria-labelledby=\"why-heading\"><h2 id=\"why-heading\">Why</h2><ul class=\"reasons\">");
    for (Reason reason : check.reasons()) {
      if (check.summary() != null
          && check.verdict() != Verdict.VERIFIED
          && check.summary().endsWith(": " + reason.message())) {
        // The verdict box above already says it, in the same words: once per page.
        continue;
      }
      String severity =
          switch (reason.severity()) {
            case FAIL -> "Problem";
            case WARN -> "Check this";
            case INFO -> "Good to know";
          };
      String icon =
          switch (reason.severity()) {
            case FAIL -> "✕";
            case WARN -> "!";
            case INFO -> "i";
          };
      html.raw(
              "<li "
                  + Html.attr(
                      "class", "reason reason-" + reason.severity().name().toLowerCase(Locale.ROOT))
                  + ">")
          .raw("<span class=\"icon\" aria-hidden=\"true\">" + icon + "</span> ")
          .el("strong", null, severity + ":")
          .raw(" ")
          .text(reason.message());
      glosses.after(html, reason.message());
      html.raw("</li>");
    }
    html.raw("</ul></section>\n");
  }

  private static void licenses(Html html, Verification check, Glosses glosses) {
    if (check.matchedLicenses().isEmpty()) {
      return;
    }
    html.raw(
        "<section aria-labelledby=\"licenses-heading\"><h2 id=\"licenses-heading\">The license record</h2><ul class=\"cards\">");
    for (LicenseView license : check.matchedLicenses()) {
      html.raw("<li class=\"card\"><h3>")
          .text(license.name().full())
          .raw("</h3><dl class=\"facts\">");
      fact(
          html,
          "License",
          license.jurisdiction()
              + " "
              + license.licenseNumber()
              + " · "
              + Pages.licenseType(license.licenseType()));
      html.raw("<dt>Status</dt><dd>");
      Pages.status(html, license.status());
      if (license.sourceStatus() != null) {
        html.raw(" <span class=\"hint\">")
            .text("(the board's words: " + license.sourceStatus() + ")")
            .raw("</span>");
        glosses.after(html, license.sourceStatus());
      }
      html.raw("</dd>");
      if (license.issuedOn() != null) {
        fact(html, "First issued", Pages.date(license.issuedOn()));
      }
      fact(
          html,
          "Expires",
          license.expiresOn() == null ? "not given by the board" : Pages.date(license.expiresOn()));
      if (license.city() != null) {
        fact(html, "City", license.city());
      }
      if (!license.disciplinaryActions().isEmpty()) {
        html.raw("<dt>Board actions</dt><dd><ul>");
        for (LicenseView.ActionView action : license.disciplinaryActions()) {
          html.raw("<li>")
              .text(
                  (action.date() == null ? "" : Pages.date(action.date()) + ": ")
                      + action.action());
          glosses.after(html, action.action());
          html.raw("</li>");
        }
        html.raw("</ul></dd>");
      }
      html.raw("</dl>");
      if (license.source() != null
          && (license.detailUrl() != null || license.source().lookupUrl() != null)) {
        String link =
            license.detailUrl() != null && license.detailUrl().startsWith("http")
                ? license.detailUrl()
                : license.source().lookupUrl();
        if (link != null) {
          html.raw("<p><a " + Html.attr("href", link) + " rel=\"noopener noreferrer\">")
              .text("See it on the " + license.source().name() + " site")
              .raw("</a></p>");
        }
      }
      html.raw("</li>");
    }
    html.raw("</ul></section>\n");
  }

  /**
   * The plain words for a board's term, next to the first place the page uses it; said once per
   * page.
   */
  private static final class Glosses {
    private final Glossary glossary;
    private final java.util.Set<String> said = new java.util.HashSet<>();

    Glosses(Glossary glossary) {
      this.glossary = glossary;
    }

    void after(Html html, String boardWords) {
      for (Glossary.Term term : glossary.in(boardWords == null ? List.of() : List.of(boardWords))) {
        if (said.add(term.meaning())) {
          html.raw(" <span class=\"gloss\">")
              .text("“" + term.term() + "” in plain words: " + term.meaning())
              .raw("</span>");
        }
      }
    }
  }

  private static void fact(Html html, String term, String value) {
    html.el("dt", null, term).el("dd", null, value);
  }

  private static void checklist(Html html, Verification check) {
    html.raw(
        "<section aria-labelledby=\"person-heading\"><h2 id=\"person-heading\">Check in person</h2><ol class=\"checklist\">");
    check.checklist().forEach(item -> html.el("li", null, item));
    html.raw("</ol></section>\n");
  }

  private static void nextSteps(Html html, Verification check, Jurisdiction state) {
    html.raw(
        "<section aria-labelledby=\"next-heading\"><h2 id=\"next-heading\">What to do next</h2>");
    String board =
        check.sources().stream()
            .filter(s -> s.kind() == SourceKind.LICENSING_BOARD)
            .map(Verification.SourceUsed::name)
            .findFirst()
            .orElse(
                state.board() != null
                    ? state.board()
                    : state.licenses() ? "the " + state.name() + " massage board" : null);
    switch (check.verdict()) {
      case VERIFIED ->
          html.raw("<p>")
              .text(
                  "At your appointment, ask to see the license: the name and number should match "
                      + "this check. If they do not, do not go ahead.")
              .raw("</p>");
      case CAUTION ->
          html.raw("<p>")
              .text(
                  state.licenses()
                      ? "Something needs a closer look before you book. Ask to see the license, and check "
                          + "the points above"
                          + (board == null ? "" : " with " + board)
                          + ". If it does not all match, choose someone else."
                      : "There is no state license to check in "
                          + state.name()
                          + ". Go through the checklist above with the therapist before you book; "
                          + "if it does not all check out, choose someone else.")
              .raw("</p>");
      case NOT_VERIFIED ->
          html.raw("<p>")
              .text(
                  "Do not book on this check. Ask the therapist for their license"
                      + (board == null ? "" : " and contact " + board)
                      + ", or choose someone else.")
              .raw("</p>");
    }
    boolean linked = false;
    for (Verification.SourceUsed source : check.sources()) {
      if (source.kind() == SourceKind.LICENSING_BOARD && source.lookupUrl() != null) {
        html.raw("<p><a " + Html.attr("href", source.lookupUrl()) + " rel=\"noopener noreferrer\">")
            .text(source.name() + ": its own license lookup")
            .raw("</a></p>");
        linked = true;
      }
    }
    if (!linked && state.lookupUrl() != null) {
      html.raw("<p><a " + Html.attr("href", state.lookupUrl()) + " rel=\"noopener noreferrer\">")
          .text((state.board() == null ? state.name() : state.board()) + ": its own lookup")
          .raw("</a></p>");
    }
    if (state.complaintUrl() != null) {
      html.raw("<p><a " + Html.attr("href", state.complaintUrl()) + " rel=\"noopener noreferrer\">")
          .text(
              "Report a concern about a therapist to "
                  + (state.board() == null ? "the board" : state.board()))
          .raw("</a></p>");
    }
    html.raw("</section>\n");
  }

  private static void sources(Html html, Verification check) {
    html.raw(
        "<section aria-labelledby=\"fresh-heading\"><h2 id=\"fresh-heading\">How fresh the records were</h2>"
            + "<table class=\"sources\"><thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Records as of</th></tr></thead><tbody>");
    for (Verification.SourceUsed source : check.sources()) {
      html.raw("<tr><th scope=\"row\">").text(source.name()).raw("</th><td>");
      if (source.lastSyncedAt() == null) {
        html.raw(
            "<span class=\"status status-bad\"><span class=\"icon\" aria-hidden=\"true\">✕</span> Never read — "
                + "this source could not be checked</span>");
      } else {
        html.text(
            age(Duration.between(source.lastSyncedAt(), check.checkedAt())) + " before this check");
        if (source.stale()) {
          html.raw(
              " <span class=\"status status-warn\"><span class=\"icon\" aria-hidden=\"true\">!</span> Out of date</span>");
        }
      }
      html.raw("</td></tr>");
    }
    html.raw("</tbody></table></section>\n");
  }

  static String age(Duration age) {
    if (age.isNegative() || age.toMinutes() < 1) {
      return "less than a minute";
    }
    if (age.toHours() < 1) {
      return plural(age.toMinutes(), "minute");
    }
    if (age.toDays() < 2) {
      return plural(age.toHours(), "hour");
    }
    return plural(age.toDays(), "day");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }

  private static String url(String text) {
    return java.net.URLEncoder.encode(
        text == null ? "" : text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
