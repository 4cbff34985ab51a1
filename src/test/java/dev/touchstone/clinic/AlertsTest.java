package dev.touchstone.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.sync.SyncService;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Alerts made by the sync for the organizations watching the licenses it changed: once per change,
 * never for others.
 */
class AlertsTest {
  private static final String TX = "/dbproduction2/ltmassage.csv";
  private static final String TEXAS =
      new String(Fixtures.bytes("us-tx-tdlr/us-tx-tdlr.csv"), StandardCharsets.UTF_8);
  private static final String WA = "/resource/qxh8-f4bd.json";
  private static final String WASHINGTON =
      new String(Fixtures.bytes("us-wa-doh/us-wa-doh.json"), StandardCharsets.UTF_8);

  private BoardServer boards;
  private ApplicationContext context;
  private SyncService sync;
  private Watchlist watchlist;
  private Alerts alerts;
  private UUID watching;
  private UUID other;

  @BeforeEach
  void start() {
    boards = SampleBoards.start();
    context = ApplicationContext.run(Map.copyOf(SampleBoards.properties(boards)), "test");
    sync = context.getBean(SyncService.class);
    watchlist = context.getBean(Watchlist.class);
    alerts = context.getBean(Alerts.class);
    Organizations organizations = context.getBean(Organizations.class);
    watching = organizations.create("Riverside Physical Therapy").id();
    other = organizations.create("Lakeview Spine Clinic").id();
  }

  @AfterEach
  void stop() {
    context.close();
    boards.close();
  }

  private void serveTexas(String body) {
    boards.serve(TX, request -> BoardServer.ok(body.getBytes(StandardCharsets.UTF_8), "text/csv"));
  }

  private void watch(String jurisdiction, String number) {
    watchlist.add(watching, new Watchlist.Wanted(jurisdiction, number, "staff"));
  }

  private List<Alerts.Alert> alertsOf(UUID organization) {
    return alerts.list(organization, null, 100);
  }

  @Test
  void aStatusChangeOnAWatchedLicenseIsOneAlertAndARerunOfTheSameSyncAddsNone() {
    sync.run("us-tx-tdlr");
    watch("TX", "MT142207");
    serveTexas(TEXAS.replace("10312027,\"PRESCOTT", "03312026,\"PRESCOTT"));

    sync.run("us-tx-tdlr");
    sync.run("us-tx-tdlr");

    assertThat(alertsOf(watching))
        .filteredOn(a -> a.kind() == AlertKind.STATUS_CHANGED)
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.summary())
                  .isEqualTo(
                      "License TX MT142207 (staff): status changed from active to expired: "
                          + "may not practice until it is renewed");
              assertThat(alert.severity()).isEqualTo(AlertSeverity.URGENT);
              assertThat(alert)
                  .extracting(Alerts.Alert::from, Alerts.Alert::to)
                  .containsExactly("ACTIVE", "EXPIRED");
            });
    assertThat(alertsOf(other)).isEmpty();
  }

  @Test
  void anExpiryInsideTheWarningDaysAlertsOnceAndARenewalWithdrawsIt() {
    serveTexas(TEXAS.replace("10312027,\"PRESCOTT", "07202026,\"PRESCOTT"));
    sync.run("us-tx-tdlr");
    watch("TX", "MT142207");

    sync.run("us-tx-tdlr");
    sync.run("us-tx-tdlr");
    List<Alerts.Alert> expiring =
        alertsOf(watching).stream().filter(a -> a.kind() == AlertKind.EXPIRES_SOON).toList();
    assertThat(expiring)
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.summary()).contains("expires on 2026-07-20, in 19 days");
              assertThat(alert.cancelledAt()).isNull();
            });

    serveTexas(TEXAS.replace("10312027,\"PRESCOTT", "07202028,\"PRESCOTT"));
    sync.run("us-tx-tdlr");

    assertThat(alertsOf(watching))
        .filteredOn(a -> a.kind() == AlertKind.EXPIRES_SOON)
        .singleElement()
        .satisfies(alert -> assertThat(alert.cancelledAt()).isNotNull());
  }

  @Test
  void theWarningDaysAreTheOrganizationsOwn() {
    serveTexas(TEXAS.replace("10312027,\"PRESCOTT", "07202026,\"PRESCOTT"));
    sync.run("us-tx-tdlr");
    context.getBean(Organizations.class).setExpiryAlertDays(watching, List.of(14, 7));
    watch("TX", "MT142207");

    sync.run("us-tx-tdlr");

    assertThat(alertsOf(watching)).noneMatch(a -> a.kind() == AlertKind.EXPIRES_SOON);
    assertThat(AlertGenerator.tightestThreshold("60,30,7", 19)).isEqualTo(30);
    assertThat(AlertGenerator.tightestThreshold("60,30,7", 5)).isEqualTo(7);
    assertThat(AlertGenerator.tightestThreshold("60,30,7", 61)).isNull();
  }

  @Test
  void watchingALicenseThatExpiresInsideTheWarningDaysAlertsAtOnceAndTheNextSyncNotAgain() {
    serveTexas(TEXAS.replace("10312027,\"PRESCOTT", "07202026,\"PRESCOTT"));
    sync.run("us-tx-tdlr");
    watch("TX", "MT142207");

    assertThat(alertsOf(watching))
        .extracting(Alerts.Alert::kind)
        .containsExactly(AlertKind.EXPIRES_SOON);
    sync.run("us-tx-tdlr");
    assertThat(alertsOf(watching)).hasSize(1);
  }

  @Test
  void aLicenseTheBoardPublishesAfterItWasWatchedIsAnnounced() {
    sync.run("us-tx-tdlr");
    watch("TX", "MT150001");
    assertThat(alertsOf(watching)).isEmpty();
    serveTexas(
        TEXAS
            + "Massage Therapist,MT150001,,,,,,,05312028,\"QUINTERO, ALMA\",1 MAIN ST,,EL PASO TX 79901,EL PASO,,,N\n");

    sync.run("us-tx-tdlr");

    assertThat(alertsOf(watching))
        .extracting(Alerts.Alert::kind)
        .containsExactly(AlertKind.LICENSE_FOUND);
  }

  @Test
  void newDisciplineAndALicenseNoLongerListedAreAlerts() {
    sync.run("us-wa-doh");
    watch("WA", "MA60218734");
    watch("WA", "MA60391552");
    String changed =
        WASHINGTON
            .replaceFirst("\"actiontaken\": \"No\"", "\"actiontaken\": \"Yes\"")
            .replace(
                "\"credentialnumber\": \"LMT.MA.60391552\"",
                "\"credentialnumber\": \"LMT.MA.60391552-GONE\"");
    boards.serve(
        WA,
        request -> BoardServer.ok(changed.getBytes(StandardCharsets.UTF_8), "application/json"));

    sync.run("us-wa-doh");

    assertThat(alertsOf(watching))
        .extracting(Alerts.Alert::kind)
        .contains(AlertKind.DISCIPLINE_ADDED, AlertKind.NO_LONGER_PUBLISHED);
  }

  @Test
  void anExclusionListEntryWithTheWatchedLicenseesNpiIsAConfirmedAlert() {
    sync.run("us-fl-mqa");
    sync.run("us-npi-nppes");
    watch("FL", "MA72915");
    String leie =
        new String(Fixtures.bytes("us-oig-leie/us-oig-leie.csv"), StandardCharsets.UTF_8)
            + "\"WHITAKER\",\"CORINNE\",\"L\",\"\",\"IND- LIC HC SERV PRO\",\"MASSAGE THERAPIST\",\"\",\"1582034173\",\"\","
            + "\"\",\"CAPE CORAL\",\"FL\",\"33990\",\"1128b4\",\"20260415\",\"00000000\",\"00000000\",\"\"\r\n";
    boards.serve(
        "/exclusions/UPDATED.csv",
        request -> BoardServer.ok(leie.getBytes(StandardCharsets.UTF_8), "text/csv"));

    sync.run("us-oig-leie");

    assertThat(alertsOf(watching))
        .filteredOn(a -> a.kind() == AlertKind.EXCLUSION_CONFIRMED)
        .singleElement()
        .satisfies(
            alert ->
                assertThat(alert.summary()).contains("names this licensee by NPI", "2026-04-15"));
  }

  @Test
  void aPossibleExclusionOfAWatchedLicenseIsAnAlertOnce() {
    sync.run("us-wa-doh");
    watch("WA", "MA60307716");

    sync.run("us-oig-leie");
    sync.run("us-oig-leie");

    assertThat(alertsOf(watching))
        .filteredOn(a -> a.kind() == AlertKind.EXCLUSION_POSSIBLE)
        .singleElement()
        .satisfies(
            alert ->
                assertThat(alert.summary())
                    .contains("federal exclusion list names DARIUS WHITCOMBE"));
    assertThat(alertsOf(other)).isEmpty();
  }
}
