package dev.touchstone.sync;

import dev.touchstone.normalize.ComplaintNormalizer;
import dev.touchstone.normalize.ExclusionNormalizer;
import dev.touchstone.normalize.LicenseNormalizer;
import dev.touchstone.normalize.MappedColumns;
import dev.touchstone.normalize.NpiNormalizer;
import dev.touchstone.normalize.Outcome;
import dev.touchstone.normalize.SourceDates;
import dev.touchstone.registry.LicenseFlag;
import dev.touchstone.registry.LicenseKeys;
import dev.touchstone.registry.LookupKeyRules;
import dev.touchstone.registry.NormalizedLicense;
import dev.touchstone.registry.SnapshotApplier;
import dev.touchstone.registry.WriteCounts;
import dev.touchstone.source.ConditionalGet;
import dev.touchstone.source.FileRole;
import dev.touchstone.source.IncrementalRead;
import dev.touchstone.source.RawRecord;
import dev.touchstone.source.ReadRequest;
import dev.touchstone.source.RecordSink;
import dev.touchstone.source.SourceAdapter;
import dev.touchstone.source.SourceDefinition;
import dev.touchstone.source.SourceDefinition.NamedFile;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One run's fetch → normalize → guard → write for one source, inside the caller's transaction. A
 * read failure or a rejected snapshot throws, and the caller's rollback undoes every write.
 */
final class SourceSnapshot {

  private final SourceDefinition source;
  private final SourceAdapter adapter;
  private final UUID runId;
  private final Instant now;
  private final LocalDate asOf;
  private final Integer lastGoodRecords;
  private final RunReport report;
  private final ConditionalGet conditional;
  private final IncrementalRead incremental;
  private final LicenseKeys keys;

  private final boolean acceptShrink;

  SourceSnapshot(
      SourceDefinition source,
      SourceAdapter adapter,
      UUID runId,
      Instant now,
      LocalDate asOf,
      Integer lastGoodRecords,
      RunReport report,
      ConditionalGet conditional,
      IncrementalRead incremental,
      LicenseKeys keys,
      boolean acceptShrink) {
    this.acceptShrink = acceptShrink;
    this.keys = keys;
    this.source = source;
    this.adapter = adapter;
    this.runId = runId;
    this.now = now;
    this.asOf = asOf;
    this.lastGoodRecords = lastGoodRecords;
    this.report = report;
    this.conditional = conditional;
    this.incremental = incremental;
  }

  WriteCounts apply(Connection connection) throws SQLException {
    return switch (source.records()) {
      case LICENSES -> applyLicenses(connection);
      case EXCLUSIONS -> applyExclusions(connection);
      case NPI_REGISTRATIONS -> applyNpiRegistrations(connection);
    };
  }

  private WriteCounts applyLicenses(Connection connection) throws SQLException {
    int rekeyed =
        LookupKeyRules.align(
            connection, source.id(), source.jurisdiction(), source.license().lookupKeyPattern());
    if (rekeyed > 0) {
      report.warn(
          "the license.lookup-key rule changed: "
              + rekeyed
              + " stored lookup keys were recomputed");
    }
    ComplaintIndex complaints = readComplaints();
    NamedFile main = mainFile();
    LicenseNormalizer normalizer =
        new LicenseNormalizer(
            source,
            source.dateFormatsFor(adapter.name(), main.definition()),
            asOf,
            complaints::actionsFor);
    try (SnapshotApplier<NormalizedLicense> applier =
        SnapshotApplier.licenses(
            connection, source.id(), source.license().lookupKeyPattern(), runId, now)) {
      LicenseMerger merger = source.license().mergeRows() ? new LicenseMerger() : null;
      MappedColumns.Columns columns = MappedColumns.of(source.license());
      Consumer<String> unreadable = merger != null ? merger::unreadableRow : applier::keep;
      read(
          main,
          columns,
          prepared(record -> flagIncomplete(normalizer.normalize(record), complaints), applier),
          outcome ->
              handle(
                  outcome,
                  unreadable,
                  license -> {
                    if (merger != null) {
                      merger.add(license.value());
                    } else {
                      apply(applier, license);
                    }
                  }));
      if (merger != null) {
        for (NormalizedLicense license : merger.licenses()) {
          applier.apply(applier.prepare(license));
        }
        merger.unreadableOnly().forEach(applier::keep);
      }
      normalizer
          .unknownStatusWords()
          .forEach(
              (word, count) ->
                  report.warn(
                      "status '"
                          + word
                          + "' maps to no known status: "
                          + count
                          + " license(s) loaded as UNKNOWN; review the status words"));
      List<String> unlinked = complaints.unlinked();
      if (!unlinked.isEmpty()) {
        report.warn(
            unlinked.size()
                + " complaint entries name licenses the licensure file does not have: "
                + unlinked.subList(0, Math.min(20, unlinked.size())));
      }
      return finish(applier, main);
    }
  }

  /**
   * A license one of whose joined cases could not be read is stored flagged: its record may lack
   * that case, so it must not read as "no discipline".
   */
  private static Outcome<NormalizedLicense> flagIncomplete(
      Outcome<NormalizedLicense> outcome, ComplaintIndex complaints) {
    if (outcome instanceof Outcome.Loaded<NormalizedLicense> loaded
        && complaints.incomplete(loaded.value().licenseKey())) {
      return new Outcome.Loaded<>(loaded.value().withFlag(LicenseFlag.INCOMPLETE_RECORD));
    }
    return outcome;
  }

  private ComplaintIndex readComplaints() {
    ComplaintIndex index = new ComplaintIndex();
    for (NamedFile file : source.allFiles()) {
      if (file.definition().role() != FileRole.COMPLAINTS) {
        continue;
      }
      SourceDates dates =
          new SourceDates(
              source.dateFormatsFor(adapter.name(), file.definition()), source.sentinels());
      ComplaintNormalizer normalizer =
          new ComplaintNormalizer(file.definition().complaints(), dates);
      // A complaints file that answers 304 is skipped: if the main file changed, the run starts
      // over and reads it.
      try {
        read(
            file,
            MappedColumns.of(file.definition().complaints()),
            normalizer::normalize,
            outcome -> {
              if (outcome instanceof Outcome.Loaded<ComplaintNormalizer.Entry> loaded) {
                index.add(loaded.value());
              } else {
                if (outcome instanceof Outcome.Quarantined<?> quarantined
                    && quarantined.key() != null) {
                  index.unreadable(quarantined.key());
                }
                count(outcome);
              }
            });
      } catch (ConditionalGet.NotModifiedException unchanged) {
        continue;
      }
    }
    return index;
  }

  private WriteCounts applyExclusions(Connection connection) throws SQLException {
    NamedFile main = mainFile();
    ExclusionNormalizer normalizer =
        new ExclusionNormalizer(
            source.exclusion(),
            new SourceDates(
                source.dateFormatsFor(adapter.name(), main.definition()), source.sentinels()));
    try (var applier = SnapshotApplier.exclusions(connection, source.id(), now)) {
      read(
          main,
          MappedColumns.of(source.exclusion()),
          prepared(normalizer::normalize, applier),
          outcome -> handle(outcome, applier::keep, e -> apply(applier, e)));
      return finish(applier, main);
    }
  }

  private WriteCounts applyNpiRegistrations(Connection connection) throws SQLException {
    NamedFile main = mainFile();
    NpiNormalizer normalizer =
        new NpiNormalizer(
            NpiNormalizer.MASSAGE_THERAPIST_TAXONOMY,
            keys::lookupKey,
            new SourceDates(
                source.dateFormatsFor(adapter.name(), main.definition()), source.sentinels()));
    try (var applier = SnapshotApplier.npiRegistrations(connection, source.id(), now)) {
      read(
          main,
          new MappedColumns.Columns(Set.of(), Set.of("number")),
          prepared(normalizer::normalize, applier),
          outcome -> handle(outcome, applier::keep, r -> apply(applier, r)));
      return finish(applier, main);
    }
  }

  /**
   * Reads and normalizes one file on a read-ahead thread, handing each outcome to {@code consumer}
   * on this one.
   */
  private <T> void read(
      NamedFile file,
      MappedColumns.Columns columns,
      java.util.function.Function<RawRecord, Outcome<T>> normalize,
      Consumer<Outcome<T>> consumer) {
    ReadAhead.<Outcome<T>>stream(
        "sync-read-" + source.id(),
        emit ->
            adapter.read(
                new ReadRequest(
                    source, file, columns.mapped(), columns.key(), conditional, incremental),
                new RecordSink() {
                  @Override
                  public void accept(RawRecord record) {
                    emit.accept(normalize.apply(record));
                  }

                  @Override
                  public void warn(String message) {
                    report.warn(message);
                  }
                }),
        outcome -> {
          report.fetched();
          consumer.accept(outcome);
        });
  }

  /** Normalizes and hashes on the read-ahead thread, leaving the writing thread only the writes. */
  @SuppressWarnings("unchecked")
  private static <T>
      java.util.function.Function<RawRecord, Outcome<SnapshotApplier.Prepared<T>>> prepared(
          java.util.function.Function<RawRecord, Outcome<T>> normalize,
          SnapshotApplier<T> applier) {
    return record -> {
      Outcome<T> outcome = normalize.apply(record);
      return outcome instanceof Outcome.Loaded<T> loaded
          ? new Outcome.Loaded<>(applier.prepare(loaded.value()))
          : (Outcome<SnapshotApplier.Prepared<T>>) (Outcome<?>) outcome;
    };
  }

  /**
   * A loaded record goes to {@code loaded}; the key of a quarantined one, where its row gave one,
   * to {@code unreadable}.
   */
  private <T> void handle(
      Outcome<SnapshotApplier.Prepared<T>> outcome,
      Consumer<String> unreadable,
      Consumer<SnapshotApplier.Prepared<T>> loaded) {
    if (outcome instanceof Outcome.Loaded<SnapshotApplier.Prepared<T>> value) {
      loaded.accept(value.value());
      return;
    }
    if (outcome instanceof Outcome.Quarantined<?> quarantined && quarantined.key() != null) {
      unreadable.accept(quarantined.key());
    }
    count(outcome);
  }

  private void count(Outcome<?> outcome) {
    if (outcome instanceof Outcome.Filtered<?> filtered) {
      report.filtered(filtered.what());
    } else if (outcome instanceof Outcome.Quarantined<?> quarantined) {
      report.quarantined(quarantined);
    }
  }

  private static <T> void apply(SnapshotApplier<T> applier, SnapshotApplier.Prepared<T> record) {
    try {
      applier.apply(record);
    } catch (SQLException e) {
      throw new dev.touchstone.database.DatabaseException(e);
    }
  }

  /**
   * Ends the snapshot: a full one must be big enough to trust (the guard) and unpublishes what it
   * no longer lists; an incremental one holds only changes, so it is neither checked for size nor
   * allowed to unpublish anything.
   */
  private WriteCounts finish(SnapshotApplier<?> applier, NamedFile main) throws SQLException {
    WriteCounts soFar = applier.flush();
    if (incremental.isIncremental()) {
      warnOfClashes(soFar);
      return soFar;
    }
    SnapshotGuard.check(
        main.displayName(), soFar.records(), lastGoodRecords, source.minSnapshotFraction());
    SnapshotApplier.Shrink shrink = applier.shrink();
    SnapshotGuard.checkShrink(
        main.displayName(),
        source.id(),
        shrink.wouldUnpublish(),
        shrink.listedBefore(),
        source.maxUnpublishFraction(),
        acceptShrink);
    if (acceptShrink && shrink.wouldUnpublish() > 0) {
      report.warn(
          "an operator accepted this run's shrink: "
              + shrink.wouldUnpublish()
              + " of "
              + shrink.listedBefore()
              + " listed records are marked no longer listed");
    }
    warnOfClashes(soFar);
    return applier.finish();
  }

  private void warnOfClashes(WriteCounts counts) {
    if (counts.clashes() > 0) {
      report.warn(
          counts.clashes()
              + " records appeared more than once with different values; the later row was kept");
    }
  }

  private NamedFile mainFile() {
    return source.allFiles().get(0);
  }
}
