package dev.touchstone.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.touchstone.clinic.Caller;
import dev.touchstone.clinic.ExpectedNames;
import dev.touchstone.clinic.Watchlist;
import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.LicenseView;
import dev.touchstone.registry.NumberMatches;
import dev.touchstone.registry.PersonName;
import dev.touchstone.verification.Jurisdictions;
import dev.touchstone.verification.VerificationRequest;
import dev.touchstone.verification.batch.BatchFormatException;
import dev.touchstone.verification.batch.CsvBatchWriter;
import dev.touchstone.verification.batch.CsvRecords;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A clinic's watchlist: licenses it relies on, added one by one or as a CSV roster, each shown with
 * what the registry holds for it now. A license the registry does not hold yet is accepted and
 * shown as not found yet — boards publish late.
 */
@Controller("/api/v1/watchlist")
@Tag(name = "Watchlist")
@SecurityRequirement(name = ApiDoc.CLINIC)
@ApiResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
@ApiResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = ApiDoc.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = ApiDoc.TOO_MANY)
@ExecuteOn(TaskExecutors.BLOCKING)
class WatchlistController {
  static final int MAX_ROSTER = 10_000;

  private final Watchlist watchlist;
  private final ClinicKeys clinics;
  private final LicenseQueries licenses;
  private final Jurisdictions jurisdictions;
  private final ExpectedNames expectedNames;

  public WatchlistController(
      Watchlist watchlist,
      ClinicKeys clinics,
      LicenseQueries licenses,
      Jurisdictions jurisdictions,
      ExpectedNames expectedNames) {
    this.expectedNames = expectedNames;
    this.watchlist = watchlist;
    this.clinics = clinics;
    this.licenses = licenses;
    this.jurisdictions = jurisdictions;
  }

  @Serdeable
  public record NewWatch(
      @Nullable String jurisdiction,
      @Nullable String licenseNumber,
      @Nullable String label,
      @Nullable String expectedName) {}

  @Serdeable
  public record WatchView(
      UUID id,
      String jurisdiction,
      String licenseNumber,
      @Nullable String label,
      Instant addedAt,
      boolean found,
      @Nullable String note,
      // Absent rather than null: OpenAPI 3.0 cannot say "this schema or null" of a $ref in a way
      // validators and generated clients agree on.
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(
              requiredMode = Schema.RequiredMode.NOT_REQUIRED,
              description =
                  "the license as the registry holds it now; absent while it is not found")
          LicenseNow license,
      @Nullable String expectedName,
      @Schema(
              description =
                  "whether the license bears the expected name; null without one or "
                      + "while the license is not found")
          @Nullable
          Boolean nameMatches) {}

  @Serdeable
  public record LicenseNow(
      String licenseNumber,
      @Nullable String name,
      LicenseStatus status,
      @Nullable LocalDate expiresOn,
      boolean published) {}

  @Serdeable
  public record Entries(List<WatchView> watchlist) {}

  @Serdeable
  public record RosterResult(int rows, int added, int alreadyWatched, List<WatchView> watchlist) {}

  /**
   * Watches one license; a license the registry does not hold yet is accepted and shown as not
   * found yet.
   */
  @Post
  @Consumes(MediaType.APPLICATION_JSON)
  @ApiResponse(
      responseCode = "201",
      description = "the license is watched from now on",
      content = @Content(schema = @Schema(implementation = WatchView.class)))
  @ApiResponse(
      responseCode = "200",
      description = "the license was watched already",
      content = @Content(schema = @Schema(implementation = WatchView.class)))
  @Operation(operationId = "watch")
  public HttpResponse<WatchView> add(
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key,
      @Nullable @Body NewWatch body) {
    Caller caller = clinics.require(key);
    if (body == null) {
      throw ApiProblemException.invalid(
          "body",
          "send {\"jurisdiction\": \"WA\", \"licenseNumber\": \"MA60218734\", \"label\": \"J. Doe\", "
              + "\"expectedName\": \"Jane Doe\"}");
    }
    Watchlist.Added added =
        watchlist.add(
            caller.organizationId(),
            checked(
                body.jurisdiction(), body.licenseNumber(), body.label(), body.expectedName(), ""));
    WatchView view = view(added.entry());
    return added.alreadyWatched()
        ? HttpResponse.ok(view)
        : HttpResponse.created(view, URI.create("/api/v1/watchlist/" + added.entry().id()));
  }

  /**
   * A roster: a CSV with the header jurisdiction,licenseNumber[,label][,expectedName], up to 10,000
   * rows; all rows land or none, and twice is once.
   */
  @Post("/roster")
  @Consumes(ApiDoc.CSV)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = ApiDoc.CSV,
              schema =
                  @Schema(
                      type = "string",
                      example = "jurisdiction,licenseNumber,label\nWA,MA60218734,front desk\n")))
  @ApiResponse(responseCode = "413", ref = ApiDoc.TOO_LARGE)
  @Operation(operationId = "watchRoster")
  public RosterResult roster(
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key,
      @Nullable @Body String csv) {
    Caller caller = clinics.require(key);
    List<Watchlist.Wanted> wanted = parseRoster(csv == null ? "" : csv);
    List<Watchlist.Added> added = watchlist.addAll(caller.organizationId(), wanted);
    int fresh = (int) added.stream().filter(a -> !a.alreadyWatched()).count();
    return new RosterResult(
        wanted.size(),
        fresh,
        wanted.size() - fresh,
        added.stream().map(a -> view(a.entry())).toList());
  }

  /**
   * The roster at the watchlist's own address, as first published; {@link #roster} is the
   * documented one, so each path has one answer type in the OpenAPI document.
   */
  @Post
  @Consumes(ApiDoc.CSV)
  @Hidden
  public RosterResult rosterAtTheWatchlist(
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key,
      @Nullable @Body String csv) {
    return roster(key, csv);
  }

  /**
   * The watchlist, each entry with what the registry holds for it now; as CSV with {@code Accept:
   * text/csv}, for a clinic's spreadsheet.
   */
  @Get(produces = {MediaType.APPLICATION_JSON, "text/csv"})
  @ApiResponse(
      responseCode = "200",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Entries.class)),
        @Content(mediaType = "text/csv")
      })
  @Operation(operationId = "listWatches")
  public HttpResponse<?> list(
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key,
      @Nullable @Header("Accept") String accept) {
    Caller caller = clinics.require(key);
    if (CsvOrJson.wantsCsv(accept)) {
      return export(caller);
    }
    return HttpResponse.ok(
        new Entries(watchlist.list(caller.organizationId()).stream().map(this::view).toList()));
  }

  private HttpResponse<String> export(Caller caller) {
    StringBuilder csv =
        new StringBuilder(
            "jurisdiction,licenseNumber,label,addedAt,found,nameOnRecord,status,expiresOn,note,"
                + "expectedName,nameMatches\r\n");
    for (Watchlist.Entry entry : watchlist.list(caller.organizationId())) {
      WatchView view = view(entry);
      LicenseNow now = view.license();
      csv.append(
              String.join(
                  ",",
                  List.of(
                      view.jurisdiction(),
                      CsvBatchWriter.quote(view.licenseNumber()),
                      CsvBatchWriter.quote(view.label() == null ? "" : view.label()),
                      view.addedAt().toString(),
                      String.valueOf(view.found()),
                      CsvBatchWriter.quote(now == null ? "" : now.name()),
                      now == null ? "" : now.status().name(),
                      now == null || now.expiresOn() == null ? "" : now.expiresOn().toString(),
                      CsvBatchWriter.quote(view.note() == null ? "" : view.note()),
                      CsvBatchWriter.quote(view.expectedName() == null ? "" : view.expectedName()),
                      view.nameMatches() == null ? "" : view.nameMatches().toString())))
          .append("\r\n");
    }
    return HttpResponse.ok(csv.toString())
        .contentType(MediaType.of("text/csv; charset=utf-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"watchlist.csv\"");
  }

  /** Removes an entry of the caller's own; anyone else's is not found. */
  @Delete("/{id}")
  // No body on success: a client generated from the document accepts only the problem type.
  @Produces({MediaType.APPLICATION_JSON, ApiDoc.PROBLEM})
  @ApiResponse(responseCode = "204", description = "the license is no longer watched")
  @ApiResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @Operation(operationId = "unwatch")
  public HttpResponse<Void> remove(
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key, String id) {
    Caller caller = clinics.require(key);
    UUID entry = OrganizationController.uuid("id", id);
    if (!watchlist.remove(caller.organizationId(), entry)) {
      throw ApiProblemException.notFound("your watchlist has no entry " + entry);
    }
    return HttpResponse.noContent();
  }

  private List<Watchlist.Wanted> parseRoster(String csv) {
    try {
      CsvRecords records =
          new CsvRecords(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv));
      List<String> header = records.next(1);
      if (header == null) {
        throw ApiProblemException.invalid(
            "body",
            "the roster is empty: send a header row jurisdiction,licenseNumber,label and one row per license");
      }
      int jurisdiction = CsvRecords.column(header, "jurisdiction");
      int number = CsvRecords.column(header, "licenseNumber");
      int label = CsvRecords.column(header, "label");
      int expected = CsvRecords.column(header, "expectedName");
      if (jurisdiction < 0 || number < 0) {
        throw ApiProblemException.invalid(
            "body",
            "the roster's header must name jurisdiction and licenseNumber (label is optional); got "
                + String.join(",", header));
      }
      List<Watchlist.Wanted> wanted = new ArrayList<>();
      List<String> row;
      int line = 1;
      while ((row = records.next(line + 1)) != null) {
        line++;
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue;
        }
        if (wanted.size() == MAX_ROSTER) {
          throw new ApiProblemException(
              HttpStatus.REQUEST_ENTITY_TOO_LARGE,
              "Roster too large",
              "a roster holds at most "
                  + MAX_ROSTER
                  + " licenses; send it in parts (adding is idempotent)",
              null);
        }
        String where = "row " + line + ": ";
        wanted.add(
            checked(
                value(row, jurisdiction),
                value(row, number),
                label < 0 ? null : value(row, label),
                expected < 0 ? null : value(row, expected),
                where));
      }
      return wanted;
    } catch (BatchFormatException e) {
      throw ApiProblemException.invalid("body", e.getMessage());
    } catch (IOException e) {
      throw ApiProblemException.invalid("body", "the roster could not be read: " + e.getMessage());
    }
  }

  private Watchlist.Wanted checked(
      String jurisdiction, String licenseNumber, String label, String expectedName, String where) {
    String state = jurisdiction == null ? "" : jurisdiction.strip().toUpperCase(Locale.ROOT);
    if (jurisdictions.find(state).isEmpty()) {
      throw ApiProblemException.invalid(
          "jurisdiction",
          where + "'" + state + "' is not a US state code; use two letters such as WA");
    }
    String number = licenseNumber == null ? "" : licenseNumber.strip();
    if (!number.matches("[A-Za-z0-9 .\\-/#]{1,40}")
        || number.chars().noneMatch(Character::isDigit)) {
      throw ApiProblemException.invalid(
          "licenseNumber",
          where
              + "use the number as the board prints it, up to 40 letters, digits, "
              + "spaces, dots and dashes, e.g. MA60218734");
    }
    String tidyLabel = label == null || label.isBlank() ? null : label.strip();
    if (tidyLabel != null && tidyLabel.length() > 200) {
      throw ApiProblemException.invalid("label", where + "must be at most 200 characters");
    }
    String expected = expectedName == null || expectedName.isBlank() ? null : expectedName.strip();
    if (expected != null
        && (expected.length() > VerificationRequest.MAX_NAME
            || expected.codePoints().filter(Character::isLetter).count() < 2)) {
      throw ApiProblemException.invalid(
          "expectedName",
          where
              + "the name the license should bear, at most "
              + VerificationRequest.MAX_NAME
              + " characters with at least two letters, e.g. Jane Doe");
    }
    NumberMatches found = licenses.match(state, number);
    if (found.ambiguous()) {
      throw ApiProblemException.invalid(
          "licenseNumber", where + severalLicenses(number, state, found) + "; add the full number");
    }
    // Watched under the board's own number, so the entry stays that license when another kind
    // of license with the same digits appears later.
    return new Watchlist.Wanted(
        state, found.single().map(LicenseView::licenseNumber).orElse(number), tidyLabel, expected);
  }

  private static String severalLicenses(String number, String state, NumberMatches found) {
    return number
        + " can be "
        + found.licenses().size()
        + " licenses in "
        + state
        + ": "
        + String.join(", ", found.licenses().stream().map(LicenseView::licenseNumber).toList());
  }

  private WatchView view(Watchlist.Entry entry) {
    NumberMatches found = licenses.match(entry.jurisdiction(), entry.licenseNumber());
    Optional<LicenseView> license = found.single();
    Boolean nameMatches =
        entry.expectedName() == null || license.isEmpty()
            ? null
            : expectedNames.fits(entry.expectedName(), parts(license.get().name()));
    return new WatchView(
        entry.id(),
        entry.jurisdiction(),
        entry.licenseNumber(),
        entry.label(),
        entry.addedAt(),
        license.isPresent(),
        license.isPresent()
            ? Boolean.FALSE.equals(nameMatches)
                ? "this license is "
                    + ExpectedNames.mismatch(entry.expectedName(), license.get().name().full())
                : null
            : found.ambiguous()
                ? severalLicenses(entry.licenseNumber(), entry.jurisdiction(), found)
                    + ": remove this entry and add the full number"
                : "not found yet: the registry holds no such license in "
                    + entry.jurisdiction()
                    + "; boards publish late, so it stays watched and shows up once a sync brings it",
        license
            .map(
                l ->
                    new LicenseNow(
                        l.licenseNumber(),
                        l.name().full(),
                        l.status(),
                        l.expiresOn(),
                        l.published()))
            .orElse(null),
        entry.expectedName(),
        nameMatches);
  }

  private static PersonName.Parts parts(LicenseView.Name name) {
    return new PersonName.Parts(name.first(), name.middle(), name.last());
  }

  private static String value(List<String> row, int index) {
    return index < row.size() ? row.get(index) : null;
  }
}
