package dev.touchstone.web;

import dev.touchstone.clinic.Caller;
import dev.touchstone.verification.InvalidField;
import dev.touchstone.verification.Jurisdictions;
import dev.touchstone.verification.RequestJson;
import dev.touchstone.verification.SharedChecks;
import dev.touchstone.verification.SinceTheCheck;
import dev.touchstone.verification.Verification;
import dev.touchstone.verification.VerificationRequest;
import dev.touchstone.verification.VerificationStore;
import dev.touchstone.verification.Verifier;
import dev.touchstone.verification.batch.CsvBatchWriter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Controller("/api/v1/verifications")
@Tag(name = "Verifications")
@ApiResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
@ApiResponse(responseCode = "429", ref = ApiDoc.TOO_MANY)
class VerificationController {
  private final Verifier verifier;
  private final VerificationStore store;
  private final Jurisdictions jurisdictions;
  private final ClinicKeys clinics;
  private final SinceTheCheck since;
  private final JsonMapper json;
  private final SharedChecks shares;
  private final Spool spool;

  public VerificationController(
      Verifier verifier,
      VerificationStore store,
      Jurisdictions jurisdictions,
      ClinicKeys clinics,
      SinceTheCheck since,
      JsonMapper json,
      SharedChecks shares,
      Spool spool) {
    this.spool = spool;
    this.shares = shares;
    this.since = since;
    this.json = json;
    this.verifier = verifier;
    this.store = store;
    this.jurisdictions = jurisdictions;
    this.clinics = clinics;
  }

  @Serdeable
  public record History(int limit, int offset, List<VerificationStore.Summary> verifications) {}

  /**
   * What a stored check's answer adds to the check as issued: today's state of its licenses (on
   * reading it back), and a clinic's check's share address.
   */
  @Serdeable
  public record Additions(
      @Schema(
              type = "object",
              description = "today's state of the check's licenses; only when it is read back")
          @Nullable
          SinceTheCheck.CurrentState currentState,
      @Schema(
              description =
                  "a clinic's check: the address that opens its page for anyone it is given to; "
                      + "null once withdrawn, absent on the public's checks")
          @Nullable
          String shareUrl) {}

  /** A clinic's check's share address. */
  @Serdeable
  public record Share(String shareUrl) {}

  /**
   * Verifies a therapist and stores the answer; 201 with its Location. With an organization's key
   * the answer goes into that organization's history, with the key's label, and only it can read
   * it.
   */
  @Post
  @Consumes(MediaType.APPLICATION_JSON)
  @ApiResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(allOf = {Verification.class, Additions.class})))
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = VerificationRequest.class)))
  @ApiResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
  @ApiResponse(responseCode = "413", ref = ApiDoc.TOO_LARGE)
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(operationId = "verify")
  public HttpResponse<byte[]> verify(
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key,
      @Nullable @Body byte[] body)
      throws IOException {
    Optional<Caller> caller = clinics.optional(key);
    Verification verification = verifier.verify(request(body));
    // Stored as the serializer writes it, and answered with the same bytes, so the answer is what
    // the id serves later.
    UUID organization = caller.map(Caller::organizationId).orElse(null);
    byte[] json = store.save(verification, organization, caller.map(Caller::keyLabel).orElse(null));
    if (organization != null) {
      json =
          withFields(
              json, "shareUrl", shares.addressOf(verification.id(), organization).orElse(null));
    }
    return HttpResponse.<byte[]>status(HttpStatus.CREATED)
        .body(json)
        .header(HttpHeaders.LOCATION, "/api/v1/verifications/" + verification.id())
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /** The request in the body, tidied, or a 400 naming each field to fix. */
  private VerificationRequest request(byte[] body) {
    RequestJson.Fields fields;
    try {
      fields = RequestJson.parse(body);
    } catch (RequestJson.NotAnObjectException e) {
      throw ApiProblemException.invalid("body", e.getMessage());
    }
    if (fields == null) {
      throw ApiProblemException.invalid(
          "body", "send a JSON object such as " + RequestJson.EXAMPLE);
    }
    if (fields.problem() != null) {
      throw ApiProblemException.invalid(fields.problem().field(), fields.problem().message());
    }
    VerificationRequest request = fields.request().tidy();
    List<InvalidField> problems = request.problems(jurisdictions);
    if (!problems.isEmpty()) {
      throw ApiProblemException.invalid(
          problems.stream().map(p -> new Problem.FieldError(p.field(), p.message())).toList());
    }
    return request;
  }

  /** An organization's own verifications, newest first; {@code Accept: text/csv} exports them. */
  @Get(produces = {MediaType.APPLICATION_JSON, "text/csv"})
  @SecurityRequirement(name = ApiDoc.CLINIC)
  @ApiResponse(
      responseCode = "200",
      description = "a page of the history; with Accept: text/csv the whole of it",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = History.class)),
        @Content(
            mediaType = ApiDoc.CSV,
            schema =
                @Schema(
                    type = "string",
                    description =
                        "checkedAt,verificationId,verdict,name,state,licenseNumber,requestedBy"))
      })
  @ApiResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
  @ApiResponse(responseCode = "403", ref = ApiDoc.FORBIDDEN)
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(operationId = "listVerifications")
  public HttpResponse<?> history(
      HttpRequest<?> request,
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key,
      @Parameter(hidden = true) @Nullable @Header("Accept") String accept,
      @Nullable @QueryValue Integer limit,
      @Nullable @QueryValue Integer offset)
      throws IOException {
    Caller caller = clinics.require(key);
    if (CsvOrJson.wantsCsv(accept)) {
      return export(caller, ClientConnection.of(request));
    }
    int pageSize = RequestChecks.limit(limit, 100, 1000);
    int start = offset == null ? 0 : offset;
    if (start < 0) {
      throw ApiProblemException.invalid("offset", "must be 0 or more, got " + start);
    }
    return HttpResponse.ok(
        new History(pageSize, start, store.history(caller.organizationId(), pageSize, start)));
  }

  /**
   * The whole history as CSV, page by page by key into a temporary file and sent from there, so a
   * long history is never held in memory (security-2026-12 F18).
   */
  private HttpResponse<?> export(Caller caller, ClientConnection connection) throws IOException {
    Path file = spool.newFile("history-", ".csv");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("checkedAt,verificationId,verdict,name,state,licenseNumber,requestedBy\r\n");
      VerificationStore.Summary last = null;
      List<VerificationStore.Summary> rows;
      do {
        rows = store.historyAfter(caller.organizationId(), last, 1000);
        for (VerificationStore.Summary row : rows) {
          out.write(
              String.join(
                      ",",
                      row.checkedAt().toString(),
                      row.id().toString(),
                      row.verdict().name(),
                      CsvBatchWriter.quote(row.name()),
                      row.state(),
                      CsvBatchWriter.quote(row.licenseNumber()),
                      CsvBatchWriter.quote(row.requestedBy()))
                  + "\r\n");
          last = row;
        }
      } while (rows.size() == 1000);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    MediaType csv = MediaType.of("text/csv");
    return HttpResponse.ok(new StreamedFile(new SpooledAnswer(file, connection), csv))
        .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"verifications.csv\"");
  }

  /**
   * The verification exactly as it was issued: a public one to anyone, an organization's only with
   * its key.
   */
  @Get("/{id}")
  @ExecuteOn(TaskExecutors.BLOCKING)
  @ApiResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
  @ApiResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @ApiResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(allOf = {Verification.class, Additions.class})))
  @Operation(operationId = "getVerification")
  public HttpResponse<byte[]> find(
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key, String id)
      throws IOException {
    UUID organization = clinics.optional(key).map(Caller::organizationId).orElse(null);
    UUID uuid = id(id);
    byte[] stored =
        store
            .find(uuid, organization)
            .orElseThrow(
                () -> ApiProblemException.notFound("no verification " + id + " is kept here"));
    byte[] answer = withCurrentState(stored);
    if (organization != null && store.find(uuid).isEmpty()) {
      // The caller's own check (a public one is found without a key too).
      answer = withFields(answer, "shareUrl", shares.addressOf(uuid, organization).orElse(null));
    }
    return HttpResponse.ok(answer).contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /** Withdraws a clinic's check's share address: it then opens nothing. */
  @Delete("/{id}/share")
  // No body on success: a client generated from the document accepts only the problem type.
  @Produces({MediaType.APPLICATION_JSON, ApiDoc.PROBLEM})
  @SecurityRequirement(name = ApiDoc.CLINIC)
  @ApiResponse(responseCode = "204", description = "the share address opens nothing from now on")
  @ApiResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
  @ApiResponse(responseCode = "403", ref = ApiDoc.FORBIDDEN)
  @ApiResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(operationId = "withdrawShare")
  public HttpResponse<Void> withdrawShare(
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key, String id) {
    Caller caller = clinics.require(key);
    if (!shares.withdraw(id(id), caller.organizationId())) {
      throw ApiProblemException.notFound("your organization has no verification " + id);
    }
    return HttpResponse.noContent();
  }

  /** A new share address for a clinic's check; the one before it is withdrawn. */
  @Post("/{id}/share")
  @SecurityRequirement(name = ApiDoc.CLINIC)
  @ApiResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
  @ApiResponse(responseCode = "403", ref = ApiDoc.FORBIDDEN)
  @ApiResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @ExecuteOn(TaskExecutors.BLOCKING)
  @ApiResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = Share.class)))
  @Operation(operationId = "renewShare")
  public HttpResponse<Share> renewShare(
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key, String id) {
    Caller caller = clinics.require(key);
    String address =
        shares
            .renew(id(id), caller.organizationId())
            .orElseThrow(
                () -> ApiProblemException.notFound("your organization has no verification " + id));
    return HttpResponse.created(new Share(address));
  }

  private static UUID id(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ApiProblemException.invalid(
          "id", "a verification id is a UUID such as 3f2b9c4e-0c1a-4d4e-9d8f-2a6b1c7e5f10");
    }
  }

  /**
   * The check's bytes exactly as issued, with {@code currentState} added as their last field: what
   * changed in the board's records since, so a shared check never stands for today unseen.
   */
  private byte[] withCurrentState(byte[] stored) throws IOException {
    Verification issued;
    try {
      issued = json.readValue(stored, Argument.of(Verification.class));
    } catch (IOException | RuntimeException e) {
      // A record from before today's shape: served as it was stored, with nothing to compare.
      return stored;
    }
    if (issued.matchedLicenses() == null || issued.sources() == null) {
      return stored;
    }
    return withFields(stored, "currentState", since.of(issued));
  }

  /**
   * The JSON object's bytes with one more field at its end; the rest byte for byte as they were.
   */
  private byte[] withFields(byte[] object, String field, Object value) throws IOException {
    byte[] encoded =
        value == null ? "null".getBytes(StandardCharsets.US_ASCII) : json.writeValueAsBytes(value);
    int end = object.length - 1;
    while (end > 0 && object[end] != '}') {
      end--;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(object.length + encoded.length + 20);
    out.write(object, 0, end);
    out.write((",\"" + field + "\":").getBytes(StandardCharsets.US_ASCII));
    out.write(encoded);
    out.write('}');
    return out.toByteArray();
  }
}
