package dev.touchstone.page;

import dev.touchstone.search.NameQuery;
import dev.touchstone.search.PractitionerFinder;
import dev.touchstone.search.PractitionerSearch;
import dev.touchstone.source.SourceKind;
import dev.touchstone.verification.Aftercare;
import dev.touchstone.verification.CheckAddresses;
import dev.touchstone.verification.Glossary;
import dev.touchstone.verification.InvalidField;
import dev.touchstone.verification.Jurisdiction;
import dev.touchstone.verification.Jurisdictions;
import dev.touchstone.verification.SharedChecks;
import dev.touchstone.verification.SinceTheCheck;
import dev.touchstone.verification.SourcesConsulted;
import dev.touchstone.verification.Verification;
import dev.touchstone.verification.VerificationRequest;
import dev.touchstone.verification.VerificationStore;
import dev.touchstone.verification.Verifier;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The patient's pages, rendered on the server: search at {@code /}, a check at {@code POST
 * /verify}, and each stored check at {@code /verify/{id}}. Plain HTML and one stylesheet: no
 * script, nothing from anywhere else, quick on a phone in a waiting room.
 */
@Controller
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
class PatientPages {
  private static final int CARDS = 10;

  private final PractitionerSearch practitioners;
  private final Verifier verifier;
  private final VerificationStore store;
  private final Jurisdictions jurisdictions;
  private final JsonMapper json;
  private final SourcesConsulted sources;
  private final SinceTheCheck since;
  private final CheckAddresses addresses;
  private final Aftercare aftercare;
  private final Glossary glossary;
  private final SharedChecks shares;

  public PatientPages(
      PractitionerSearch practitioners,
      Verifier verifier,
      VerificationStore store,
      Jurisdictions jurisdictions,
      JsonMapper json,
      SourcesConsulted sources,
      SinceTheCheck since,
      CheckAddresses addresses,
      Aftercare aftercare,
      Glossary glossary,
      SharedChecks shares) {
    this.shares = shares;
    this.aftercare = aftercare;
    this.glossary = glossary;
    this.addresses = addresses;
    this.since = since;
    this.practitioners = practitioners;
    this.verifier = verifier;
    this.store = store;
    this.jurisdictions = jurisdictions;
    this.json = json;
    this.sources = sources;
  }

  @Get(uri = "/", produces = MediaType.TEXT_HTML)
  public HttpResponse<String> search(
      @Nullable @QueryValue String name,
      @Nullable @QueryValue String state,
      @Nullable @QueryValue String licenseNumber) {
    SearchView.Form form = new SearchView.Form(blank(name), blank(state), blank(licenseNumber));
    if (form.name() == null && form.licenseNumber() == null) {
      return Layout.response(
          HttpStatus.OK,
          "Check a massage therapist",
          SearchView.render(form, List.of(), null, coverage()));
    }
    List<InvalidField> problems = problems(form);
    if (!problems.isEmpty()) {
      return Layout.response(
          HttpStatus.BAD_REQUEST,
          "Please check the form",
          SearchView.render(form, problems, null, coverage()));
    }
    Jurisdiction where = jurisdictions.get(form.state());
    NameQuery query = form.name() == null ? null : NameQuery.parse(form.name());
    if (query != null && query.isEmpty()) {
      // A name the form let through that search cannot use (only titles and suffixes, say): ask
      // again.
      List<InvalidField> unusable =
          List.of(new InvalidField("name", "needs a name to search for, e.g. Jane Doe"));
      return Layout.response(
          HttpStatus.BAD_REQUEST,
          "Please check the form",
          SearchView.render(form, unusable, null, coverage()));
    }
    // By the number when it names someone (and the name, when given, fits); otherwise by name,
    // and each card then says the number typed is not on record.
    PractitionerSearch.SearchResults results =
        form.licenseNumber() == null
            ? null
            : practitioners.byNumber(where.code(), form.licenseNumber(), query, CARDS, 0);
    boolean byNumber = results != null && results.total() > 0;
    boolean oneName = !byNumber && query != null && query.oneWord();
    if (oneName) {
      results = new PractitionerSearch.SearchResults(0, CARDS, 0, List.of());
    } else if (!byNumber && query != null) {
      results =
          practitioners.search(
              query, new PractitionerFinder.Criteria(where.code(), null, null), CARDS, 0);
    }
    List<Verification.SourceUsed> boards =
        sources.forState(where.code()).stream()
            .filter(source -> source.kind() == SourceKind.LICENSING_BOARD)
            .toList();
    return Layout.response(
        HttpStatus.OK,
        SearchView.searched(form) + " in " + where.name(),
        SearchView.render(
            form,
            List.of(),
            new SearchView.Found(where, results, byNumber, oneName, boards, notReadReason(where)),
            coverage()));
  }

  private SearchView.Coverage coverage() {
    return new SearchView.Coverage(jurisdictions.all(), sources.statesRead(), aftercare);
  }

  /**
   * Why the state's board, configured but turned off, is not read; null when there is none such.
   */
  private String notReadReason(Jurisdiction state) {
    return sources.disabledBoards(state.code()).stream()
        .map(
            source ->
                source.disabledReason() == null
                    ? "Touchstone does not read " + source.name() + "'s records automatically."
                    : source.disabledReason())
        .findFirst()
        .orElse(null);
  }

  /** Runs a check from the search page's form and sends the browser to its lasting address. */
  @Post(
      uri = "/verify",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  public HttpResponse<String> verify(
      @Nullable String name,
      @Nullable String state,
      @Nullable String licenseNumber,
      @Nullable String from) {
    SearchView.Form form = new SearchView.Form(blank(name), blank(state), blank(licenseNumber));
    List<InvalidField> problems = checkProblems(form);
    if (!problems.isEmpty()) {
      return Layout.response(
          HttpStatus.BAD_REQUEST,
          "Please check the form",
          SearchView.render(form, problems, null, coverage()));
    }
    VerificationRequest asked = request(form);
    if ("search".equals(from) && asked.licenseNumber() != null) {
      asked =
          new VerificationRequest(
              asked.name(), asked.state(), asked.licenseNumber(), asked.npi(), true);
    }
    Verification check = verifier.verify(asked);
    store.save(check);
    return HttpResponse.<String>seeOther(URI.create("/verify/" + check.id()));
  }

  @Get(uri = "/verify/{id}", produces = MediaType.TEXT_HTML)
  public HttpResponse<String> check(String id, HttpRequest<?> request) {
    Optional<byte[]> stored = parse(id).flatMap(store::find);
    if (stored.isEmpty()) {
      Html missing =
          new Html()
              .el("h1", null, "No check at this address")
              .raw(
                  "<p>Touchstone keeps no check with this address. Check that the link was copied whole, or "
                      + "<a href=\"/\">search again</a>.</p>");
      return Layout.response(HttpStatus.NOT_FOUND, "Not found", missing);
    }
    Verification check = read(stored.get());
    return verdictPage(check, baseUrl(request) + "/verify/" + check.id());
  }

  /**
   * A clinic's check opened by its share address: the check's page, kept at that address; once the
   * clinic withdraws it, only that it was withdrawn.
   */
  @Get(uri = "/shared/{token}", produces = MediaType.TEXT_HTML)
  public HttpResponse<String> shared(String token, HttpRequest<?> request) {
    Optional<SharedChecks.Shared> shared = shares.find(token);
    if (shared.isEmpty()) {
      return Layout.response(
          HttpStatus.NOT_FOUND,
          "Not found",
          new Html()
              .el("h1", null, "No check at this address")
              .raw(
                  "<p>Touchstone keeps no shared check with this address. Check that the link was "
                      + "copied whole, or <a href=\"/\">check the therapist yourself</a>.</p>"));
    }
    if (shared.get().withdrawn()) {
      return Layout.response(
          HttpStatus.GONE,
          "Withdrawn",
          new Html()
              .el("h1", null, "This shared check was withdrawn")
              .raw(
                  "<p>The clinic that made it no longer shares it. Ask them for a new link, or "
                      + "<a href=\"/\">check the therapist yourself</a>.</p>"));
    }
    Verification check = read(shared.get().body());
    // A capability address: search engines are asked not to keep it (Layout already sends no
    // referrer to other sites).
    return verdictPage(check, baseUrl(request) + "/shared/" + token)
        .header("X-Robots-Tag", "noindex, nofollow");
  }

  private MutableHttpResponse<String> verdictPage(Verification check, String address) {
    Jurisdiction state = jurisdictions.get(check.request().state());
    return Layout.response(
        HttpStatus.OK,
        VerdictView.word(check.verdict()) + ": " + check.request().name(),
        VerdictView.render(check, state, since.of(check), address, aftercare, glossary));
  }

  /** The configured public address, or the one the browser used. */
  private String baseUrl(HttpRequest<?> request) {
    return addresses
        .base()
        .orElseGet(
            () -> {
              String host = request.getHeaders().get(HttpHeaders.HOST);
              return host == null ? "" : (request.isSecure() ? "https://" : "http://") + host;
            });
  }

  private List<InvalidField> problems(SearchView.Form form) {
    List<InvalidField> problems = new ArrayList<>(request(form).problems(jurisdictions));
    if (form.name() == null && form.licenseNumber() != null) {
      problems.removeIf(p -> p.field().equals("name"));
    } else if (form.name() == null && problems.stream().noneMatch(p -> p.field().equals("name"))) {
      problems.add(0, new InvalidField("name", "is required"));
    }
    return problems;
  }

  private List<InvalidField> checkProblems(SearchView.Form form) {
    List<InvalidField> problems = new ArrayList<>(request(form).problems(jurisdictions));
    if (form.name() == null && problems.stream().noneMatch(p -> p.field().equals("name"))) {
      problems.add(0, new InvalidField("name", "is required"));
    }
    return problems;
  }

  private static VerificationRequest request(SearchView.Form form) {
    return new VerificationRequest(form.name(), form.state(), form.licenseNumber(), null).tidy();
  }

  private Verification read(byte[] stored) {
    try {
      return json.readValue(stored, Argument.of(Verification.class));
    } catch (IOException e) {
      throw new UncheckedIOException("a stored verification could not be read back", e);
    }
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
