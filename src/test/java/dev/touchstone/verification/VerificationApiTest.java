package dev.touchstone.verification;

import static dev.touchstone.support.Reasons.codes;
import static dev.touchstone.support.Reasons.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.registry.RegistryChanged;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.sync.SyncService;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * POST and GET /api/v1/verifications over the sample boards: verdicts, reasons, checklist, storage,
 * errors.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerificationApiTest implements TestPropertyProvider {
  private final BoardServer boards = SampleBoards.start();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject SyncService sync;

  @Inject Clock clock;

  @Inject ApplicationEventPublisher<RegistryChanged> events;

  @Override
  public Map<String, String> getProperties() {
    SampleBoards.serveNpiRegistryForFloridaAndWashington(boards);
    Map<String, String> properties = new HashMap<>(SampleBoards.properties(boards));
    properties.put("touchstone.batch.max-rows", "50");
    return properties;
  }

  /** Batches are for clinics: every batch here is sent with this organization's key. */
  private String clinicKey;

  @BeforeAll
  void syncSources() {
    List.of("us-wa-doh", "us-fl-mqa", "us-tx-tdlr", "us-co-dora", "us-npi-nppes", "us-oig-leie")
        .forEach(sync::run);
    clinicKey =
        (String)
            http.toBlocking()
                .retrieve(
                    HttpRequest.POST("/api/v1/organizations", Map.of("name", "Batch Clinic"))
                        .header("X-Api-Key", "test-admin-key-0123"),
                    Map.class)
                .get("apiKey");
  }

  @AfterAll
  void stopBoards() {
    boards.close();
  }

  private HttpResponse<Map> post(Map<String, String> body) {
    return http.toBlocking().exchange(HttpRequest.POST("/api/v1/verifications", body), Map.class);
  }

  private Map<String, Object> verify(String... fields) {
    Map<String, String> body = new HashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      body.put(fields[i], fields[i + 1]);
    }
    return post(body).body();
  }

  private HttpClientResponseException failure(String json) {
    try {
      http.toBlocking()
          .exchange(
              HttpRequest.POST("/api/v1/verifications", json).contentType("application/json"),
              String.class);
    } catch (HttpClientResponseException e) {
      return e;
    }
    throw new AssertionError("expected an error for " + json);
  }

  @Test
  void anActiveLicenseUnderTheNameGivenIsVerifiedAndStoredAsIssued() {
    HttpResponse<Map> response =
        post(Map.of("name", "Marguerite Ostrowski", "state", "wa", "licenseNumber", "MA 60218734"));
    assertThat(response.code()).isEqualTo(201);
    Map<String, Object> verification = response.body();
    assertThat(verification)
        .containsEntry("verdict", "VERIFIED")
        .containsKeys("id", "checklist", "sources", "checkedAt");
    assertThat(codes(verification)).containsExactly("NUMBER_COMPLETED", "LICENSE_ACTIVE");
    assertThat(message(verification, "NUMBER_COMPLETED"))
        .isEqualTo("You gave MA 60218734; the board's number is LMT.MA.60218734.");
    assertThat(message(verification, "LICENSE_ACTIVE"))
        .isEqualTo(
            "Massage therapist license LMT.MA.60218734 is active in Washington until 31 July 2027.");
    assertThat(response.header("Location"))
        .isEqualTo("/api/v1/verifications/" + verification.get("id"));
    String stored =
        asIssued(http.toBlocking().retrieve("/api/v1/verifications/" + verification.get("id")));
    assertThat(
            asIssued(http.toBlocking().retrieve("/api/v1/verifications/" + verification.get("id"))))
        .isEqualTo(stored);
    assertThat(stored)
        .contains("\"verdict\":\"VERIFIED\"")
        .contains("\"licenseNumber\":\"LMT.MA.60218734\"");
  }

  @Test
  void aVerificationDecidedFromCachedDataSaysTheSameAsOneThatQueriedTheRegistry() {
    events.publishEvent(new RegistryChanged(RegistryChanged.ANY_SOURCE));
    Map<String, String> asked =
        Map.of("name", "Marguerite Ostrowski", "state", "WA", "licenseNumber", "MA60218734");
    Map<String, Object> queried = post(asked).body();
    Map<String, Object> cached = post(asked).body();
    assertThat(cached.get("id")).isNotEqualTo(queried.get("id"));
    for (String field :
        List.of(
            "verdict",
            "summary",
            "reasons",
            "matchedLicenses",
            "exclusions",
            "checklist",
            "sources")) {
      assertThat(cached.get(field)).as(field).isEqualTo(queried.get(field));
    }
    for (Map<String, Object> issued : List.of(queried, cached)) {
      assertThat(http.toBlocking().retrieve("/api/v1/verifications/" + issued.get("id")))
          .contains("\"id\":\"" + issued.get("id") + "\"");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theChecklistNamesTheExactNumberAndNameAndTheAftercareAdviceComesApart() {
    List<String> checklist =
        (List<String>)
            verify("name", "Marguerite Ostrowski", "state", "WA", "licenseNumber", "MA60218734")
                .get("checklist");
    assertThat(checklist)
        .anyMatch(
            item -> item.contains("LMT.MA.60218734") && item.contains("Marguerite E Ostrowski"));
    assertThat(checklist).anyMatch(item -> item.contains("photo ID"));
    List<String> aftercare =
        (List<String>)
            verify("name", "Marguerite Ostrowski", "state", "WA", "licenseNumber", "MA60218734")
                .get("aftercare");
    assertThat(aftercare)
        .anyMatch(item -> item.contains("soreness") && item.contains("normal"))
        .anyMatch(item -> item.contains("See a doctor") && item.contains("numbness"))
        .anyMatch(
            item ->
                item.contains("emergency care now") && item.contains("bladder or bowel control"))
        .anyMatch(item -> item.contains("blood thinners"));
    assertThat(checklist).noneMatch(aftercare::contains);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aNotVerifiedChecklistLeadsWithDoNotBookAndAsksForNoCardThatWouldMakeItFine() {
    Map<String, Object> verification = verify("name", "Darius Whitcombe", "state", "WA");
    assertThat(verification.get("verdict")).isEqualTo("NOT_VERIFIED");
    List<String> checklist = (List<String>) verification.get("checklist");
    assertThat(checklist.get(0)).startsWith("Do not book");
    assertThat(checklist).noneMatch(item -> item.contains("Ask to see the license"));
  }

  @Test
  void everySourceConsultedIsListedWithItsLastSync() {
    Map<String, Object> verification = verify("name", "Marguerite Ostrowski", "state", "WA");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> sources = (List<Map<String, Object>>) verification.get("sources");
    assertThat(sources)
        .extracting(s -> s.get("id"))
        .containsExactly("us-wa-doh", "us-npi-nppes", "us-oig-leie");
    assertThat(sources)
        .extracting(s -> s.get("kind"))
        .containsExactly("LICENSING_BOARD", "NATIONAL_REGISTRY", "EXCLUSION_LIST");
    assertThat(sources)
        .allSatisfy(s -> assertThat(s).containsEntry("stale", false).containsKey("lastSyncedAt"));
  }

  @Test
  void anExpiredLicenseFailsWithTheDateItExpired() {
    Map<String, Object> verification =
        verify("name", "Ruben Castellanos", "state", "WA", "licenseNumber", "MA60122870");
    assertThat(verification).containsEntry("verdict", "NOT_VERIFIED");
    assertThat(message(verification, "LICENSE_EXPIRED")).contains("expired on 10 June 2023");
  }

  @Test
  void aRevokedLicenseWithDisciplineAndASameNameExclusionFailsForEachReason() {
    Map<String, Object> verification = verify("name", "Darius Whitcombe", "state", "WA");
    assertThat(verification).containsEntry("verdict", "NOT_VERIFIED");
    assertThat(codes(verification))
        .contains("LICENSE_REVOKED", "DISCIPLINE_ON_RECORD", "POSSIBLE_EXCLUSION");
    assertThat(message(verification, "POSSIBLE_EXCLUSION"))
        .contains("Nothing confirms it is the same person");
  }

  @Test
  void anActiveNpiNeverMakesARevokedLicenseAcceptable() {
    Map<String, Object> verification =
        verify("name", "Darius Whitcombe", "state", "WA", "npi", "1765432103");
    assertThat(verification)
        .containsEntry("verdict", "NOT_VERIFIED")
        .containsEntry("practitionerId", "npi-1765432103");
    assertThat(codes(verification)).contains("LICENSE_REVOKED").doesNotContain("LICENSE_ACTIVE");
  }

  @Test
  void aLicenseNumberUnderSomeoneElsesNameIsANameMismatch() {
    Map<String, Object> verification =
        verify("name", "Jane Doe", "state", "WA", "licenseNumber", "MA60218734");
    assertThat(verification).containsEntry("verdict", "NOT_VERIFIED");
    assertThat(message(verification, "NAME_MISMATCH"))
        .contains("belongs to Marguerite E Ostrowski, not to Jane Doe");
  }

  @Test
  void aNicknameMatchesOnlyPartlyAndCallsForCaution() {
    Map<String, Object> verification =
        verify("name", "Maggie Ostrowski", "state", "WA", "licenseNumber", "MA60218734");
    assertThat(verification).containsEntry("verdict", "CAUTION");
    assertThat(codes(verification)).contains("NAME_PARTIAL_MATCH", "LICENSE_ACTIVE");
    assertThat(message(verification, "NAME_PARTIAL_MATCH")).contains("Marguerite");
  }

  @Test
  void aLicenseInAnotherStateOnlyFails() {
    Map<String, Object> verification = verify("name", "Corinne Whitaker", "state", "WA");
    assertThat(codes(verification)).containsExactly("LICENSED_ELSEWHERE_ONLY");
    assertThat(message(verification, "LICENSED_ELSEWHERE_ONLY"))
        .contains("in Florida, but none in Washington");
  }

  @Test
  void anUnknownNameInACoveredStateIsNotFound() {
    Map<String, Object> verification = verify("name", "Zebulon Quackenbush", "state", "FL");
    assertThat(verification).containsEntry("verdict", "NOT_VERIFIED");
    assertThat(codes(verification)).containsExactly("LICENSE_NOT_FOUND");
  }

  @Test
  void aBoardThatWasNeverReadIsReportedAsUncheckedNotAsNotFound() {
    Map<String, Object> verification =
        verify("name", "Eleanor Patterson", "state", "CT", "licenseNumber", "73.004821");
    assertThat(codes(verification))
        .contains("SOURCE_UNAVAILABLE")
        .doesNotContain("LICENSE_NOT_FOUND");
    assertThat(verification).containsEntry("verdict", "CAUTION");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aStateWithoutBoardDataIsUncheckedNotNotFoundAndNamesItsBoardWithItsLookup() {
    Map<String, Object> verification = verify("name", "Jane Doe", "state", "NY");
    assertThat(codes(verification)).containsExactly("STATE_NOT_COVERED");
    assertThat(verification).containsEntry("verdict", "CAUTION");
    assertThat(message(verification, "STATE_NOT_COVERED"))
        .contains("New York State Education Department, Office of the Professions")
        .contains("https://www.op.nysed.gov/professions/massage-therapy");
    assertThat((List<String>) verification.get("checklist"))
        .anyMatch(
            item ->
                item.contains("Office of the Professions")
                    && item.contains("https://www.op.nysed.gov/"));
  }

  @Test
  void aBoardWeLinkButDoNotReadSaysSoWithTheReasonAndTheBoardsAddress() {
    Map<String, Object> verification = verify("name", "Jane Doe", "state", "OR");
    assertThat(codes(verification)).containsExactly("SOURCE_NOT_READ_AUTOMATICALLY");
    assertThat(verification).containsEntry("verdict", "CAUTION");
    assertThat(message(verification, "SOURCE_NOT_READ_AUTOMATICALLY"))
        .contains("JavaScript application")
        .contains("not a finding against the therapist")
        .contains("https://www.oregon.gov/obmt/");
  }

  @Test
  void aStudentPermitNeverVerifies() {
    Map<String, Object> verification =
        verify("name", "Alma Quintero", "state", "TX", "licenseNumber", "MP204118");
    assertThat(verification).containsEntry("verdict", "NOT_VERIFIED");
    assertThat(message(verification, "LICENSE_NOT_FOUND")).contains("MP204118 is a student permit");
  }

  @Test
  void aLicenseWhoseBoardGivesNoExpiryDateIsNeverCalledCurrent() {
    Map<String, Object> verification =
        verify("name", "Claudette Waverly", "state", "TX", "licenseNumber", "MT145530");
    assertThat(verification).containsEntry("verdict", "CAUTION");
    assertThat(message(verification, "LICENSE_STATUS_UNKNOWN"))
        .contains("without an expiration date");
    assertThat(codes(verification)).doesNotContain("LICENSE_ACTIVE");
  }

  @Test
  void aPendingActionOrAChargeIsAnAllegationOnRecordNotDiscipline() {
    Map<String, Object> pending =
        verify("name", "Keiko Nakashima", "state", "WA", "licenseNumber", "MA61024477");
    assertThat(codes(pending))
        .contains("LICENSE_ACTIVE", "COMPLAINT_ON_RECORD")
        .doesNotContain("DISCIPLINE_ON_RECORD");
    assertThat(message(pending, "COMPLAINT_ON_RECORD")).contains("an allegation, not a finding");
    Map<String, Object> charged =
        verify("name", nameOf("CO", "MT.48857"), "state", "CO", "licenseNumber", "MT.0048857");
    assertThat(codes(charged))
        .contains("LICENSE_ACTIVE", "COMPLAINT_ON_RECORD")
        .doesNotContain("DISCIPLINE_ON_RECORD");
  }

  @SuppressWarnings("unchecked")
  private String nameOf(String state, String number) {
    Map<String, Object> license =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/api/v1/licenses/" + state + "/" + number), Map.class);
    Map<String, Object> name = (Map<String, Object>) license.get("name");
    return name.get("first") + " " + name.get("last");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aStateThatDoesNotLicenseSaysWhatToCheckInstead() {
    Map<String, Object> verification = verify("name", "Jane Doe", "state", "KS");
    assertThat(codes(verification)).contains("STATE_DOES_NOT_LICENSE", "CREDENTIAL_NOT_CHECKED");
    assertThat(verification).containsEntry("verdict", "CAUTION");
    assertThat((List<String>) verification.get("checklist"))
        .anyMatch(item -> item.contains("There is no national massage license"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyAnswerNamesTheBoardWithItsLookupAndWhereToReportAConcern() {
    Map<String, Object> state =
        (Map<String, Object>)
            verify("name", "Marguerite Ostrowski", "state", "WA").get("jurisdiction");
    assertThat(state)
        .containsEntry("board", "Washington State Department of Health")
        .containsEntry(
            "complaintUrl",
            "https://doh.wa.gov/licenses-permits-and-certificates/complaint-and-disciplinary-process/health-professions-complaint-process");
    assertThat((String) state.get("lookupUrl")).startsWith("https://");
    Map<String, Object> kansas =
        (Map<String, Object>) verify("name", "Jane Doe", "state", "KS").get("jurisdiction");
    assertThat(kansas).containsEntry("board", null).containsEntry("complaintUrl", null);
  }

  @Test
  @SuppressWarnings("unchecked")
  void boardJargonComesWithPlainWordsOncePerAnswer() {
    Map<String, Object> verification =
        verify("name", "Delia Fernsby", "state", "FL", "licenseNumber", "MA80462");
    List<Map<String, String>> glossary = (List<Map<String, String>>) verification.get("glossary");
    assertThat(glossary)
        .extracting(term -> term.get("term"))
        .contains("Probation", "AC Filed", "Final Order Filed")
        .doesNotHaveDuplicates();
    assertThat(glossary)
        .filteredOn(term -> term.get("term").equals("AC Filed"))
        .singleElement()
        .extracting(term -> term.get("meaning"))
        .asString()
        .contains("allegations, not yet a finding");

    String page = http.toBlocking().retrieve(HttpRequest.GET("/verify/" + verification.get("id")));
    assertThat(page.split("&ldquo;AC Filed&rdquo; in plain words|“AC Filed” in plain words", -1))
        .as("glossed once, next to the board's words")
        .hasSize(2);
    assertThat(page).contains("in plain words: The board&#39;s decision at the end of a case");

    Map<String, Object> excluded =
        verify("name", "Amara Kestrel", "state", "TX", "npi", "1369402585");
    assertThat((List<Map<String, String>>) excluded.get("glossary"))
        .extracting(term -> term.get("meaning"))
        .anyMatch(meaning -> meaning.contains("may not be paid by Medicare, Medicaid"));
  }

  @Test
  void californiaPointsToCamtcCertification() {
    Map<String, Object> verification = verify("name", "Jane Doe", "state", "CA");
    assertThat(message(verification, "STATE_DOES_NOT_LICENSE")).contains("CAMTC");
  }

  @Test
  void anExclusionConfirmedByNpiFails() {
    Map<String, Object> verification =
        verify("name", "Amara Kestrel", "state", "TX", "npi", "1369402585");
    assertThat(verification).containsEntry("verdict", "NOT_VERIFIED");
    assertThat(codes(verification)).contains("EXCLUDED");
  }

  @Test
  void missingFieldsAreNamedTogetherInOneProblem() {
    HttpClientResponseException e = failure("{\"licenseNumber\": \"MA1\"}");
    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(e.getResponse().getContentType().map(Object::toString).orElse(""))
        .isEqualTo("application/problem+json");
    assertThat(e.getResponse().getBody(String.class).orElse(""))
        .contains("\"field\":\"name\"")
        .contains("\"field\":\"state\"");
  }

  @Test
  void anUnknownStateAnOversizedNameAndABadNpiAreClientErrors() {
    assertThat(
            failure("{\"name\": \"Jane Doe\", \"state\": \"XX\"}")
                .getResponse()
                .getBody(String.class)
                .orElse(""))
        .contains("not a US state code");
    assertThat(
            failure("{\"name\": \"" + "a".repeat(101) + "\", \"state\": \"WA\"}")
                .getStatus()
                .getCode())
        .isEqualTo(400);
    assertThat(
            failure("{\"name\": \"Jane Doe\", \"state\": \"WA\", \"npi\": \"1234567890\"}")
                .getResponse()
                .getBody(String.class)
                .orElse(""))
        .contains("check digit");
  }

  @Test
  void malformedJsonIsAClientError() {
    HttpClientResponseException e = failure("{\"name\": ");
    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(e.getResponse().getContentType().map(Object::toString).orElse(""))
        .isEqualTo("application/problem+json");
    assertThat(e.getResponse().getBody(String.class).orElse(""))
        .contains("\"field\":\"body\"")
        .contains("not valid JSON")
        .doesNotContain("Exception");
  }

  @Test
  void aBodyThatIsNotOneObjectSaysWhatToSendInstead() {
    assertThat(
            failure("[{\"name\": \"Jane Doe\", \"state\": \"WA\"}]")
                .getResponse()
                .getBody(String.class)
                .orElse(""))
        .contains("\"field\":\"body\"")
        .contains("/api/v1/verifications/batch");
    assertThat(failure("\"Jane Doe\"").getStatus().getCode()).isEqualTo(400);
    assertThat(
            failure("{\"name\": \"Jane Doe\", \"state\": \"WA\"} {\"name\": \"John Roe\"}")
                .getResponse()
                .getBody(String.class)
                .orElse(""))
        .contains("more after it");
    assertThat(failure("").getResponse().getBody(String.class).orElse(""))
        .contains("send a JSON object");
  }

  @Test
  void aFieldGivenAsAnObjectIsNamedAndANumberIsTakenAsText() {
    assertThat(
            failure("{\"name\": {\"first\": \"Jane\"}, \"state\": \"WA\"}")
                .getResponse()
                .getBody(String.class)
                .orElse(""))
        .contains("\"field\":\"name\"")
        .contains("must be a string");
    HttpResponse<Map> numeric =
        http.toBlocking()
            .exchange(
                HttpRequest.POST(
                        "/api/v1/verifications",
                        "{\"name\": \"Marguerite Ostrowski\", \"state\": \"WA\", \"npi\": 1234567893, \"comment\": {\"ignored\": true}}")
                    .contentType("application/json"),
                Map.class);
    assertThat(numeric.code()).isEqualTo(201);
    assertThat(numeric.body().get("request").toString()).contains("1234567893");
  }

  @Test
  void anUnknownVerificationIdIsNotFound() {
    try {
      http.toBlocking().retrieve("/api/v1/verifications/3f2b9c4e-0c1a-4d4e-9d8f-2a6b1c7e5f10");
      throw new AssertionError("expected 404");
    } catch (HttpClientResponseException e) {
      assertThat(e.getStatus().getCode()).isEqualTo(404);
    }
  }

  private HttpResponse<String> batch(String body, String contentType, String accept) {
    return http.toBlocking()
        .exchange(
            HttpRequest.POST("/api/v1/verifications/batch", body)
                .contentType(contentType)
                .accept(accept)
                .header("X-Api-Key", clinicKey),
            String.class);
  }

  private HttpClientResponseException batchFailure(String body, String contentType) {
    try {
      batch(body, contentType, "text/csv");
    } catch (HttpClientResponseException e) {
      return e;
    }
    throw new AssertionError("expected an error for " + body);
  }

  @Test
  void aCsvBatchAnswersEveryRowAndABadRowGetsItsOwnError() {
    String csv =
        "name,state,licenseNumber,npi\r\n"
            + "Marguerite Ostrowski,WA,MA60218734,\r\n"
            + "Jane Doe,ZZ,,\r\n"
            + "\"Whitcombe, Darius\",WA,,\r\n"
            + "too,many,fields,here,now\r\n";
    HttpResponse<String> response = batch(csv, "text/csv", "text/csv");
    assertThat(response.getContentType().map(Object::toString).orElse("")).startsWith("text/csv");
    List<String> lines = response.body().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0))
        .isEqualTo(
            "name,state,licenseNumber,npi,verdict,reasons,verificationId,summary,error,"
                + "matchedLicenseNumber,nameOnRecord,status,expiresOn,checkedAt,address");
    assertThat(lines.get(1))
        .startsWith("Marguerite Ostrowski,WA,MA60218734,,VERIFIED,NUMBER_COMPLETED;LICENSE_ACTIVE,")
        .contains(",LMT.MA.60218734,Marguerite E Ostrowski,ACTIVE,2027-07-31,")
        .containsPattern(",/shared/[A-Za-z0-9_-]{43}$");
    // checkedAt is an instant in UTC; the pinned day is the clock's own, so compare in its zone.
    Instant checkedAt = Instant.parse(lines.get(1).split(",")[13]);
    assertThat(checkedAt.atZone(clock.getZone()).toLocalDate()).isEqualTo(LocalDate.now(clock));
    assertThat(lines.get(2)).startsWith("Jane Doe,ZZ,,,,,,,").contains("state:");
    assertThat(lines.get(3))
        .startsWith("\"Whitcombe, Darius\",WA,,,NOT_VERIFIED,")
        .contains("LICENSE_REVOKED");
    assertThat(lines.get(4)).contains("5 fields but the header has 4");
    String id = lines.get(1).split(",")[6];
    assertThat(
            http.toBlocking()
                .retrieve(
                    HttpRequest.GET("/api/v1/verifications/" + id).header("X-Api-Key", clinicKey)))
        .contains("\"verdict\":\"VERIFIED\"");
  }

  @Test
  void aCsvAnswerNeverHandsASpreadsheetAFormulaEvenBehindATabOrASpace() {
    // security-2026-12 F9: the batch echoed input columns with a leading TAB or CR raw.
    String csv =
        "name,state,note\r\n"
            + "\"\t=1+1 Doe\",WA,\"\r=2+2\"\r\n"
            + "\" @SUM(A1) Roe\",WA,＝HYPERLINK(1)\r\n"
            + "Jane Doe,WA,\"  -3+3\"\r\n";
    List<List<String>> rows = csvRows(batch(csv, "text/csv", "text/csv").body());
    for (List<String> row : rows.subList(1, rows.size())) {
      for (int column : new int[] {0, 2}) {
        String cell = row.get(column);
        String firstVisible = cell.strip();
        assertThat(
                cell.isEmpty()
                    || cell.charAt(0) == '\''
                    || !"=+-@\t\r＝＋－＠"
                        .contains(
                            String.valueOf(firstVisible.isEmpty() ? ' ' : firstVisible.charAt(0))))
            .as("cell %s of %s", column, row)
            .isTrue();
        assertThat(cell)
            .as("not a formula once a spreadsheet trims it")
            .doesNotStartWith("\t")
            .doesNotStartWith("\r");
      }
    }
    assertThat(rows.get(1).get(0)).isEqualTo("'\t=1+1 Doe");
  }

  /** A CSV answer's cells, read as a spreadsheet would (quotes, doubled quotes, CR LF inside). */
  private static List<List<String>> csvRows(String text) {
    List<List<String>> rows = new java.util.ArrayList<>();
    List<String> row = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new java.util.ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    if (!row.isEmpty() || cell.length() > 0) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  @Test
  @SuppressWarnings("unchecked")
  void aJsonBatchAnswersAJsonArrayRowByRow() {
    String json =
        "[{\"name\": \"Marguerite Ostrowski\", \"state\": \"WA\"}, {\"state\": \"WA\"}, 42, "
            + "{\"name\": {\"first\": \"Jane\"}, \"state\": \"WA\"}]";
    List<Map<String, Object>> rows =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST("/api/v1/verifications/batch", json)
                    .contentType("application/json")
                    .header("X-Api-Key", clinicKey),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0))
        .containsEntry("row", 1)
        .containsEntry("verdict", "VERIFIED")
        .containsKey("verificationId");
    assertThat(rows.get(1).get("errors").toString()).contains("name");
    assertThat(rows.get(2)).containsKey("errors");
    assertThat(rows.get(3).get("errors").toString()).contains("name must be a string");
  }

  @Test
  void aBatchOverTheRowLimitIsRefusedWith413AndNothingIsStored() {
    // security-2026-12 F2: a batch past the limit stored the rows before it and then said 413.
    int before = historySize();
    String csv = "name,state\n" + "Jane Doe,KS\n".repeat(51);
    HttpClientResponseException e = batchFailure(csv, "text/csv");
    assertThat(e.getStatus().getCode()).isEqualTo(413);
    assertThat(e.getResponse().getBody(String.class).orElse("")).contains("at most 50 rows");
    assertThat(historySize()).as("no check of the refused batch was kept").isEqualTo(before);
  }

  @Test
  void aBatchWithoutAClinicKeyIsRefused() {
    // security-2026-12 F2: one unauthenticated request stored 10,000 verifications.
    HttpClientResponseException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(
                        HttpRequest.POST("/api/v1/verifications/batch", "name,state\nJane Doe,KS\n")
                            .contentType("text/csv")
                            .accept("text/csv"),
                        String.class));
    assertThat(e.getStatus().getCode()).isEqualTo(401);
    assertThat(e.getResponse().getBody(String.class).orElse("")).contains("X-Api-Key");
  }

  @SuppressWarnings("unchecked")
  private int historySize() {
    Map<String, Object> history =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/verifications?limit=1000").header("X-Api-Key", clinicKey),
                Map.class);
    return ((List<Object>) history.get("verifications")).size();
  }

  @Test
  void aBatchThatCannotBeReadIsAClientError() {
    assertThat(
            batchFailure("name,state\n\"Jane Doe,WA\n", "text/csv")
                .getResponse()
                .getBody(String.class)
                .orElse(""))
        .contains("never closed");
    assertThat(
            batchFailure("who,where\nJane,WA\n", "text/csv")
                .getResponse()
                .getBody(String.class)
                .orElse(""))
        .contains("must name the columns name and state");
    assertThat(batchFailure("{\"name\": \"Jane\"}", "application/json").getStatus().getCode())
        .isEqualTo(400);
    assertThat(batchFailure("[{\"name\": ", "application/json").getStatus().getCode())
        .isEqualTo(400);
    HttpClientResponseException unsupported = batchFailure("name,state", "text/plain");
    assertThat(unsupported.getStatus().getCode()).isEqualTo(415);
    assertThat(unsupported.getResponse().getContentType().map(Object::toString).orElse(""))
        .isEqualTo("application/problem+json");
  }

  /** A stored check as GET serves it, without the {@code currentState} added beside it. */
  private static String asIssued(String served) {
    int at = served.lastIndexOf(",\"currentState\":");
    return at < 0 ? served : served.substring(0, at) + "}";
  }
}
