package dev.touchstone.web;

import dev.touchstone.clinic.Caller;
import dev.touchstone.verification.Reason;
import dev.touchstone.verification.Verdict;
import dev.touchstone.verification.VerificationRequest;
import dev.touchstone.verification.batch.BatchAbandonedException;
import dev.touchstone.verification.batch.BatchFormatException;
import dev.touchstone.verification.batch.BatchReader;
import dev.touchstone.verification.batch.BatchTooLargeException;
import dev.touchstone.verification.batch.BatchVerifier;
import dev.touchstone.verification.batch.BatchWriter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batch verification for clinic staff: CSV or a JSON array in, CSV or JSON out. Rows are read and
 * answered one at a time and the answer is spooled to a temporary file, so neither side of a
 * 10,000-row batch is ever held in memory.
 */
@Controller("/api/v1/verifications/batch")
@Tag(name = "Verifications")
@SecurityRequirement(name = ApiDoc.CLINIC)
@ApiResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
@ApiResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = ApiDoc.FORBIDDEN)
@ApiResponse(responseCode = "413", ref = ApiDoc.TOO_LARGE)
@ApiResponse(responseCode = "429", ref = ApiDoc.TOO_MANY)
@ExecuteOn(TaskExecutors.BLOCKING)
class BatchController {
  private static final Logger LOG = LoggerFactory.getLogger(BatchController.class);
  private static final MediaType CSV = MediaType.of("text/csv");
  private final BatchVerifier batches;
  private final ClinicKeys clinics;
  private final BatchQuota quota;
  private final Spool spool;

  BatchController(BatchVerifier batches, ClinicKeys clinics, BatchQuota quota, Spool spool) {
    this.quota = quota;
    this.spool = spool;
    this.batches = batches;
    this.clinics = clinics;
  }

  /**
   * One row of a JSON batch's answer, in the order sent: the row's number and its own fields as
   * sent, then the check's outcome, or the errors that kept the row from being checked. Only for
   * the OpenAPI document; {@code JsonBatchWriter} streams it.
   */
  @Schema(
      name = "BatchRowAnswer",
      additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
      description =
          "the row's number and its own fields as sent, then the outcome of its check, or why it"
              + " could not be checked")
  record RowAnswer(
      int row,
      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) UUID verificationId,
      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) Verdict verdict,
      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) String summary,
      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<Reason> reasons,
      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<Problem.FieldError> errors) {}

  /**
   * Verifies up to 10,000 therapists in one request (CSV or JSON rows), answered in the same order;
   * the checks join the organization's history.
   */
  @Post(
      consumes = {"text/csv", MediaType.APPLICATION_JSON},
      produces = {MediaType.APPLICATION_JSON, "text/csv"})
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            array = @ArraySchema(schema = @Schema(implementation = VerificationRequest.class))),
        @Content(
            mediaType = ApiDoc.CSV,
            schema =
                @Schema(
                    type = "string",
                    example = "name,state,licenseNumber\nJane Doe,WA,MA60218734\n"))
      })
  @ApiResponse(
      responseCode = "200",
      description = "a row for each row sent, in order (Accept: text/csv for CSV)",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            array = @ArraySchema(schema = @Schema(implementation = RowAnswer.class))),
        @Content(
            mediaType = ApiDoc.CSV,
            schema =
                @Schema(
                    type = "string",
                    description =
                        "the columns sent, then verificationId, verdict, summary, reasons, the"
                            + " license matched and the check's address"))
      })
  @Operation(operationId = "verifyBatch")
  public HttpResponse<StreamedFile> verify(
      HttpRequest<?> request,
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key,
      @Body InputStream body)
      throws IOException {
    // Batches are for clinics (security-2026-12 F2): a key is required, and the checks join its
    // history like single ones.
    Caller caller = clinics.require(key);
    boolean csvIn =
        request.getContentType().map(type -> type.getName().equals("text/csv")).orElse(false);
    boolean csvOut =
        CsvOrJson.wantsCsv(String.join(",", request.getHeaders().getAll(HttpHeaders.ACCEPT)));
    ClientConnection connection = ClientConnection.of(request);
    Path input = spool.newFile("batch-in-", csvIn ? ".csv" : ".json");
    Path answer = spool.newFile("batch-", csvOut ? ".csv" : ".json");
    boolean answered = false;
    try {
      // The body is kept (within the request size limit) so its rows can be counted against the
      // row limit and the organization's quota before any check is made or stored.
      copy(body, input);
      int rows;
      try (Reader in = reader(input)) {
        rows = batches.count(BatchReader.of(in, csvIn));
      }
      quota.spend(caller.organizationId(), rows);
      try (Reader in = reader(input);
          Writer out =
              new BufferedWriter(
                  new OutputStreamWriter(Files.newOutputStream(answer), StandardCharsets.UTF_8))) {
        batches.run(
            BatchReader.of(in, csvIn),
            BatchWriter.of(out, csvOut),
            new BatchVerifier.Requester(caller.organizationId(), caller.keyLabel()),
            connection::isOpen);
      }
      MediaType type = csvOut ? CSV : MediaType.APPLICATION_JSON_TYPE;
      HttpResponse<StreamedFile> response =
          HttpResponse.ok(new StreamedFile(new SpooledAnswer(answer, connection), type))
              .header(
                  HttpHeaders.CONTENT_TYPE, type.toString() + (csvOut ? "; charset=utf-8" : ""));
      answered = true;
      return response;
    } catch (BatchFormatException e) {
      throw ApiProblemException.invalid("body", e.getMessage());
    } catch (BatchTooLargeException e) {
      throw new ApiProblemException(
          HttpStatus.REQUEST_ENTITY_TOO_LARGE, "Batch too large", e.getMessage(), null);
    } catch (BatchAbandonedException e) {
      LOG.info("The client of a batch hung up; the batch stopped after {} rows", e.rowsRead());
      return HttpResponse.noContent(); // nobody is left to read it
    } finally {
      Files.deleteIfExists(input);
      if (!answered) {
        Files.deleteIfExists(answer);
      }
    }
  }

  /**
   * Keeps the body; one past the request size limit is a 413 problem naming the limit, as for any
   * other request, not a 500 (security-2026-12 F10). Nothing has been checked or stored yet.
   */
  private static void copy(InputStream body, Path file) throws IOException {
    try {
      Files.copy(body, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof ContentLengthExceededException tooLong) {
          throw new ApiProblemException(
              HttpStatus.REQUEST_ENTITY_TOO_LARGE,
              "Request too large",
              tooLong.getMessage() + "; send the batch in parts",
              null);
        }
      }
      throw e;
    }
  }

  private static Reader reader(Path file) throws IOException {
    return new BufferedReader(
        new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
  }
}
