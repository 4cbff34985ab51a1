package dev.touchstone.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchstone.database.Database;
import dev.touchstone.database.Sql;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import dev.touchstone.support.RegistryDump;
import dev.touchstone.support.SampleBoards;
import io.micronaut.context.ApplicationContext;
import java.net.InetAddress;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several instances on one database: exactly one runs each source's sync, and a dead one's lease
 * passes on.
 */
class SyncLeaseTest {
  private static final String TEXAS = "us-tx-tdlr";
  private static final String TX_PATH = "/dbproduction2/ltmassage.csv";
  private static final byte[] TEXAS_FILE = Fixtures.bytes("us-tx-tdlr/us-tx-tdlr.csv");

  private BoardServer boards;
  private Map<String, Object> properties;
  private final List<ApplicationContext> contexts = new ArrayList<>();
  private final CountDownLatch downloading = new CountDownLatch(1);
  private final CountDownLatch gate = new CountDownLatch(1);
  private final AtomicInteger downloads = new AtomicInteger();

  @BeforeEach
  void start() {
    boards = SampleBoards.start();
    properties = new HashMap<>(SampleBoards.properties(boards));
  }

  @AfterEach
  void stop() {
    gate.countDown();
    contexts.forEach(ApplicationContext::close);
    boards.close();
  }

  private ApplicationContext instance() {
    ApplicationContext context = ApplicationContext.run(properties, "test");
    contexts.add(context);
    return context;
  }

  /**
   * The Texas file, held back until the test opens the gate, so a run stays in progress as long as
   * the test needs.
   */
  private void holdTexasDownloads() {
    boards.serve(
        TX_PATH,
        request -> {
          downloads.incrementAndGet();
          downloading.countDown();
          try {
            gate.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return BoardServer.ok(TEXAS_FILE, "text/csv");
        });
  }

  private static Object attempt(ApplicationContext instance, CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
      return instance.getBean(SyncService.class).run(TEXAS);
    } catch (SyncAlreadyRunningException e) {
      return e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void twoInstancesRacingForOneSourceRunItsSyncExactlyOnce() throws Exception {
    ApplicationContext first = instance();
    ApplicationContext second = instance();
    holdTexasDownloads();
    CyclicBarrier barrier = new CyclicBarrier(2);
    CompletableFuture<Object> one = CompletableFuture.supplyAsync(() -> attempt(first, barrier));
    CompletableFuture<Object> other = CompletableFuture.supplyAsync(() -> attempt(second, barrier));

    assertThat(downloading.await(30, TimeUnit.SECONDS)).isTrue();
    Object loser = CompletableFuture.anyOf(one, other).get(30, TimeUnit.SECONDS);
    gate.countDown();
    List<Object> outcomes = List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS));

    assertThat(loser)
        .isInstanceOf(SyncAlreadyRunningException.class)
        .extracting(Object::toString)
        .asString()
        .contains("already running on instance");
    assertThat(outcomes)
        .filteredOn(SyncRun.class::isInstance)
        .singleElement()
        .extracting(run -> ((SyncRun) run).outcome())
        .isEqualTo(SyncOutcome.PARTIAL);
    assertThat(downloads).hasValue(1);
    assertThat(first.getBean(SyncRunRepository.class).findAll())
        .singleElement()
        .extracting(SyncRun::inserted)
        .isEqualTo(12);
    assertThat(leaseHolder(first)).isNull();
  }

  @Test
  void afterOneInstanceFinishesAnotherMaySyncTheSameSource() {
    ApplicationContext first = instance();
    ApplicationContext second = instance();
    assertThat(first.getBean(SyncService.class).run(TEXAS).outcome())
        .isEqualTo(SyncOutcome.PARTIAL);
    assertThat(second.getBean(SyncService.class).run(TEXAS).unchanged()).isEqualTo(12);
  }

  @Test
  void aScheduledDueTimeRunsOnceHoweverManyInstancesAskForIt() {
    ApplicationContext first = instance();
    ApplicationContext second = instance();
    Instant due = first.getBean(java.time.Clock.class).instant().minusSeconds(1);

    Optional<SyncRun> ran = first.getBean(SyncService.class).runScheduled(TEXAS, due);
    Optional<SyncRun> again = second.getBean(SyncService.class).runScheduled(TEXAS, due);
    Optional<SyncRun> nextNight =
        second
            .getBean(SyncService.class)
            .runScheduled(TEXAS, second.getBean(java.time.Clock.class).instant());

    assertThat(ran).get().extracting(SyncRun::outcome).isEqualTo(SyncOutcome.PARTIAL);
    assertThat(again).isEmpty();
    assertThat(nextNight).get().extracting(SyncRun::unchanged).isEqualTo(12);
    assertThat(first.getBean(SyncRunRepository.class).findAll()).hasSize(2);
    assertThat(leaseHolder(second)).isNull();
  }

  @Test
  void aLiveLeaseOfAnotherInstanceRefusesTheSyncNamesItsHolderAndSurvivesARestart() {
    ApplicationContext instance = instance();
    SyncRun theirs =
        instance
            .getBean(SyncRunRepository.class)
            .save(SyncRun.started(UUID.randomUUID(), TEXAS, Instant.now()));
    setLease(
        instance,
        "far-host/4242/aaaa0000/bbbb1111",
        theirs.id(),
        Instant.now().plus(Duration.ofHours(1)));
    List<String> before = RegistryDump.of(instance.getBean(Database.class));

    assertThatThrownBy(() -> instance.getBean(SyncService.class).run(TEXAS))
        .isInstanceOf(SyncAlreadyRunningException.class)
        .hasMessageContaining("far-host/4242/aaaa0000/bbbb1111");
    instance.close();
    ApplicationContext restarted = instance();

    assertThat(restarted.getBean(SyncRunRepository.class).findById(theirs.id()))
        .get()
        .extracting(SyncRun::outcome)
        .isEqualTo(SyncOutcome.RUNNING);
    assertThat(RegistryDump.of(restarted.getBean(Database.class))).isEqualTo(before);
  }

  @Test
  void anExpiredLeaseIsTakenOverAndTheDeadHoldersRunIsMarkedAborted() {
    ApplicationContext instance = instance();
    SyncRunRepository runs = instance.getBean(SyncRunRepository.class);
    SyncRun dead =
        runs.save(
            SyncRun.started(UUID.randomUUID(), TEXAS, Instant.now().minus(Duration.ofHours(2))));
    setLease(
        instance,
        "far-host/4242/aaaa0000/bbbb1111",
        dead.id(),
        Instant.now().minus(Duration.ofMinutes(1)));

    SyncRun mine = instance.getBean(SyncService.class).run(TEXAS);

    assertThat(mine.outcome()).isEqualTo(SyncOutcome.PARTIAL);
    assertThat(runs.findById(dead.id()))
        .get()
        .satisfies(
            run -> {
              assertThat(run.outcome()).isEqualTo(SyncOutcome.ABORTED);
              assertThat(run.error()).contains("stopped before it finished");
            });
  }

  @Test
  void aHolderOnThisHostWhoseProcessIsGoneIsDeadAtOnceThoughItsLeaseHasNotExpired()
      throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    ApplicationContext instance = instance();
    String holder = SyncLeases.Holder.machine() + "/" + gone.pid() + "/aaaa0000/bbbb1111";
    SyncRun killed =
        instance
            .getBean(SyncRunRepository.class)
            .save(SyncRun.started(UUID.randomUUID(), TEXAS, Instant.now()));
    setLease(instance, holder, killed.id(), Instant.now().plus(Duration.ofHours(1)));

    assertThat(instance.getBean(SyncService.class).run(TEXAS).outcome())
        .isEqualTo(SyncOutcome.PARTIAL);
    assertThat(instance.getBean(SyncRunRepository.class).findById(killed.id()))
        .get()
        .extracting(SyncRun::outcome)
        .isEqualTo(SyncOutcome.ABORTED);
  }

  @Test
  void aHolderThatSharesOnlyThisHostsNameIsJudgedByItsLeaseNotTakenOver() throws Exception {
    // security-2026-12 F14: another container with the same host name and the same pid (1, say)
    // had its live lease taken at once.
    ApplicationContext instance = instance();
    String sameNameElsewhere =
        InetAddress.getLocalHost().getHostName()
            + "/"
            + ProcessHandle.current().pid()
            + "/aaaa0000/bbbb1111";
    setLease(
        instance, sameNameElsewhere, UUID.randomUUID(), Instant.now().plus(Duration.ofHours(1)));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> instance.getBean(SyncService.class).run(TEXAS))
        .isInstanceOf(SyncAlreadyRunningException.class)
        .hasMessageContaining(sameNameElsewhere);
    assertThat(SyncLeases.Holder.machine()).doesNotContain("unknown-host").contains("~");
  }

  @Test
  void runsLeftRunningByACrashedProcessAreMarkedAbortedWhenTheServiceStartsAgain()
      throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    ApplicationContext crashed = instance();
    SyncRunRepository runs = crashed.getBean(SyncRunRepository.class);
    SyncRun killed = runs.save(SyncRun.started(UUID.randomUUID(), TEXAS, Instant.now()));
    setLease(
        crashed,
        SyncLeases.Holder.machine() + "/" + gone.pid() + "/aaaa0000/bbbb1111",
        killed.id(),
        Instant.now().plus(Duration.ofMinutes(2)));
    SyncRun leaseless = runs.save(SyncRun.started(UUID.randomUUID(), "us-wa-doh", Instant.now()));
    crashed.close();

    ApplicationContext restarted = instance();

    SyncRunRepository after = restarted.getBean(SyncRunRepository.class);
    assertThat(List.of(killed.id(), leaseless.id()))
        .allSatisfy(
            id ->
                assertThat(after.findById(id))
                    .get()
                    .satisfies(
                        run -> {
                          assertThat(run.outcome()).isEqualTo(SyncOutcome.ABORTED);
                          assertThat(run.error()).contains("nothing it wrote was kept");
                        }));
    assertThat(restarted.getBean(SyncService.class).run(TEXAS).outcome())
        .isEqualTo(SyncOutcome.PARTIAL);
  }

  @Test
  void aRunWhoseLeaseWasTakenOverWhileItWorkedCommitsNothing() throws Exception {
    ApplicationContext instance = instance();
    List<String> before = RegistryDump.of(instance.getBean(Database.class));
    holdTexasDownloads();
    CompletableFuture<SyncRun> run =
        CompletableFuture.supplyAsync(() -> instance.getBean(SyncService.class).run(TEXAS));
    assertThat(downloading.await(30, TimeUnit.SECONDS)).isTrue();

    setLease(
        instance,
        "far-host/4242/aaaa0000/bbbb1111",
        UUID.randomUUID(),
        Instant.now().plus(Duration.ofHours(1)));
    gate.countDown();

    SyncRun discarded = run.get(30, TimeUnit.SECONDS);
    assertThat(discarded.outcome()).isEqualTo(SyncOutcome.FAILED);
    assertThat(discarded.error()).contains("lost the sync lease", "far-host");
    assertThat(RegistryDump.of(instance.getBean(Database.class))).isEqualTo(before);
    assertThat(leaseHolder(instance)).isEqualTo("far-host/4242/aaaa0000/bbbb1111");
  }

  @Test
  void aRunningSyncKeepsRenewingItsLease() throws Exception {
    ApplicationContext instance = instance();
    SyncLeases leases = instance.getBean(SyncLeases.class);
    holdTexasDownloads();
    CompletableFuture<SyncRun> run =
        CompletableFuture.supplyAsync(() -> instance.getBean(SyncService.class).run(TEXAS));
    assertThat(downloading.await(30, TimeUnit.SECONDS)).isTrue();
    setLease(
        instance,
        leases.holder(),
        leases.all().get(TEXAS).runId(),
        Instant.now().minus(Duration.ofMinutes(1)));

    leases.renew();

    SyncLeases.Lease renewed = leases.all().get(TEXAS);
    assertThat(renewed.expiresAt()).isAfter(Instant.now());
    assertThat(leases.isLive(renewed)).isTrue();
    gate.countDown();
    assertThat(run.get(30, TimeUnit.SECONDS).outcome()).isEqualTo(SyncOutcome.PARTIAL);
  }

  private static void setLease(
      ApplicationContext context, String holder, UUID runId, Instant expiresAt) {
    context
        .getBean(Database.class)
        .inTransaction(
            connection -> {
              try (PreparedStatement update =
                  connection.prepareStatement(
                      "UPDATE sync_lease SET holder = ?, run_id = ?, acquired_at = ?, expires_at = ? WHERE source_id = ?")) {
                update.setString(1, holder);
                update.setObject(2, runId);
                Sql.instant(update, 3, Instant.now());
                Sql.instant(update, 4, expiresAt);
                update.setString(5, TEXAS);
                return update.executeUpdate();
              }
            });
  }

  private static String leaseHolder(ApplicationContext context) {
    return context.getBean(SyncLeases.class).all().get(TEXAS).holder();
  }
}
