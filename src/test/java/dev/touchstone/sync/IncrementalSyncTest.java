package dev.touchstone.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.touchstone.registry.LicenseQueries;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import dev.touchstone.support.SampleBoards;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Socrata sources read only what changed since the last good run, with a full snapshot now and then
 * to catch deletions.
 */
class IncrementalSyncTest {
  private static final String WA = "/resource/qxh8-f4bd.json";
  private static final String FIRST_CURSOR = "2026-06-15T10:00:00.000Z";
  private static final ObjectMapper JSON = new ObjectMapper();

  private BoardServer boards;
  private ApplicationContext context;
  private SyncService sync;
  private final List<String> wheres = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    boards = SampleBoards.start();
  }

  private void startService(Map<String, String> overrides) {
    Map<String, Object> properties = new HashMap<>(SampleBoards.properties(boards));
    properties.putAll(overrides);
    context = ApplicationContext.run(properties, "test");
    sync = context.getBean(SyncService.class);
  }

  @AfterEach
  void stop() {
    if (context != null) {
      context.close();
    }
    boards.close();
  }

  /**
   * The Washington sample with Socrata's :updated_at on every row: all 2026-06-01 but one, changed
   * on 2026-06-15.
   */
  private static ArrayNode washington() {
    try {
      ArrayNode rows = (ArrayNode) JSON.readTree(Fixtures.bytes("us-wa-doh/us-wa-doh.json"));
      rows.forEach(row -> ((ObjectNode) row).put(":updated_at", "2026-06-01T08:00:00.000Z"));
      ((ObjectNode) rows.get(2)).put(":updated_at", FIRST_CURSOR);
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Serves the full rows to a full read, and {@code changes} to a read that asks for changes since
   * a time.
   */
  private void serve(ArrayNode full, UnaryOperator<ArrayNode> changes) {
    boards.serve(
        WA,
        request -> {
          String where = request.getUrl().queryParameter("$where");
          wheres.add(where);
          ArrayNode rows =
              where != null && where.contains(":updated_at")
                  ? changes.apply(full.deepCopy())
                  : full;
          return new MockResponse.Builder()
              .code(200)
              .addHeader("Content-Type", "application/json")
              .body(rows.toString())
              .build();
        });
  }

  private static ArrayNode onlyRevocationOf(ArrayNode rows) {
    ArrayNode changed = JSON.createArrayNode();
    ObjectNode row = (ObjectNode) rows.get(0);
    row.put("status", "REVOKED");
    row.put(":updated_at", "2026-06-20T09:30:00.000Z");
    changed.add(row);
    return changed;
  }

  @Test
  void afterAGoodRunOnlyTheRowsChangedSinceAreReadAndNothingElseIsUnpublished() {
    startService(Map.of());
    serve(washington(), IncrementalSyncTest::onlyRevocationOf);
    SyncRun full = sync.run("us-wa-doh");

    SyncRun incremental = sync.run("us-wa-doh");
    SyncRun next = sync.run("us-wa-doh");

    assertThat(full.mode()).isEqualTo(SyncMode.FULL);
    assertThat(incremental.mode()).isEqualTo(SyncMode.INCREMENTAL);
    assertThat(incremental)
        .extracting(SyncRun::fetched, SyncRun::updated, SyncRun::unpublished)
        .containsExactly(1, 1, 0);
    assertThat(wheres.get(1))
        .isEqualTo(
            "(upper(credentialtype) like 'MASSAGE%') AND :updated_at >= '" + FIRST_CURSOR + "'");
    assertThat(wheres.get(2)).endsWith(":updated_at >= '2026-06-20T09:30:00.000Z'");
    LicenseQueries licenses = context.getBean(LicenseQueries.class);
    assertThat(licenses.find("WA", "MA60218734").orElseThrow().status())
        .isEqualTo(LicenseStatus.REVOKED);
    assertThat(licenses.find("WA", "MA60391552").orElseThrow().published()).isTrue();
    assertThat(next.unchanged()).isEqualTo(1);
  }

  @Test
  void whenTheFullSnapshotIsDueTheRunReadsEverythingAndUnpublishesWhatIsGone() {
    startService(Map.of("touchstone.sources.us-wa-doh.socrata.full-snapshot-every", "PT0.001S"));
    ArrayNode rows = washington();
    serve(rows, IncrementalSyncTest::onlyRevocationOf);
    sync.run("us-wa-doh");
    ArrayNode withoutOne = rows.deepCopy();
    withoutOne.remove(1);
    serve(withoutOne, IncrementalSyncTest::onlyRevocationOf);

    SyncRun run = sync.run("us-wa-doh");

    assertThat(run.mode()).isEqualTo(SyncMode.FULL);
    assertThat(run.unpublished()).isEqualTo(1);
    assertThat(wheres).allSatisfy(where -> assertThat(where).doesNotContain(":updated_at"));
    assertThat(
            context
                .getBean(LicenseQueries.class)
                .find("WA", "MA60391552")
                .orElseThrow()
                .published())
        .isFalse();
  }

  @Test
  void afterAFailedRunTheNextOneIsAFullSnapshot() {
    startService(Map.of());
    serve(washington(), IncrementalSyncTest::onlyRevocationOf);
    sync.run("us-wa-doh");
    boards.serve(WA, request -> new MockResponse.Builder().code(404).body("gone").build());
    assertThat(sync.run("us-wa-doh").outcome()).isEqualTo(SyncOutcome.FAILED);
    wheres.clear();
    serve(washington(), IncrementalSyncTest::onlyRevocationOf);

    SyncRun run = sync.run("us-wa-doh");

    assertThat(run.mode()).isEqualTo(SyncMode.FULL);
    assertThat(wheres).singleElement().asString().doesNotContain(":updated_at");
  }

  @Test
  void aSourceWithIncrementalSyncsTurnedOffAlwaysReadsEverything() {
    startService(Map.of("touchstone.sources.us-wa-doh.socrata.incremental", "false"));
    serve(washington(), IncrementalSyncTest::onlyRevocationOf);
    sync.run("us-wa-doh");

    assertThat(sync.run("us-wa-doh").mode()).isEqualTo(SyncMode.FULL);
    assertThat(wheres).allSatisfy(where -> assertThat(where).doesNotContain(":updated_at"));
  }

  @Test
  void aDatasetWithoutChangeTimesIsAlwaysReadInFull() {
    startService(Map.of());
    byte[] plain = Fixtures.bytes("us-wa-doh/us-wa-doh.json");
    boards.serve(
        WA,
        request -> {
          wheres.add(request.getUrl().queryParameter("$where"));
          return BoardServer.ok(plain, "application/json");
        });
    sync.run("us-wa-doh");

    assertThat(sync.run("us-wa-doh").mode()).isEqualTo(SyncMode.FULL);
    assertThat(new String(plain, StandardCharsets.UTF_8)).doesNotContain(":updated_at");
    assertThat(wheres).allSatisfy(where -> assertThat(where).doesNotContain(":updated_at"));
  }

  @Test
  void aSourceThatJoinsTwoDatasetsReadsBothWholeEachWithItsOwnFilterAndOrder() throws IOException {
    startService(Map.of());
    List<String> requests = new CopyOnWriteArrayList<>();
    ArrayNode licenses = (ArrayNode) JSON.readTree(Fixtures.bytes("us-de-dpr/us-de-dpr.json"));
    licenses.forEach(row -> ((ObjectNode) row).put(":updated_at", FIRST_CURSOR));
    ArrayNode actions =
        (ArrayNode) JSON.readTree(Fixtures.bytes("us-de-dpr/us-de-dpr-actions.json"));
    serveDelaware("/resource/pjnv-eaih.json", licenses, requests);
    serveDelaware("/resource/dz6p-akeq.json", actions, requests);
    sync.run("us-de-dpr");
    // The board acts against a license whose own row does not change.
    ObjectNode suspension = actions.addObject();
    suspension.put("license_id_l", "CM-0001342");
    suspension.put("license_type", "Certified Massage Technician");
    suspension.put("item_text", "Suspension");
    suspension.put("disp_start", "2026-06-20T00:00:00.000");
    requests.clear();

    SyncRun second = sync.run("us-de-dpr");

    assertThat(second.mode()).isEqualTo(SyncMode.FULL);
    assertThat(requests)
        .containsExactlyInAnyOrder(
            "/resource/pjnv-eaih.json upper(license_type) like '%MASSAGE%' | license_no,:id",
            "/resource/dz6p-akeq.json upper(license_type) like '%MASSAGE%' | license_id_l,:id");
    var technician = context.getBean(LicenseQueries.class).find("DE", "CM-0001342").orElseThrow();
    assertThat(technician.disciplinaryActions())
        .extracting(action -> action.action())
        .containsExactly("Suspension");
    assertThat(technician.disciplineOnRecord()).isTrue();
  }

  private void serveDelaware(String path, ArrayNode rows, List<String> requests) {
    boards.serve(
        path,
        request -> {
          requests.add(
              path
                  + " "
                  + request.getUrl().queryParameter("$where")
                  + " | "
                  + request.getUrl().queryParameter("$order"));
          return BoardServer.ok(
              rows.toString().getBytes(StandardCharsets.UTF_8), "application/json");
        });
  }
}
