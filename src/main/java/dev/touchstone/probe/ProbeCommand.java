package dev.touchstone.probe;

import dev.touchstone.normalize.ExclusionNormalizer;
import dev.touchstone.normalize.LicenseNormalizer;
import dev.touchstone.normalize.MappedColumns;
import dev.touchstone.normalize.NpiNormalizer;
import dev.touchstone.normalize.Outcome;
import dev.touchstone.normalize.SourceDates;
import dev.touchstone.registry.LicenseKeys;
import dev.touchstone.source.FileDefinition;
import dev.touchstone.source.RawRecord;
import dev.touchstone.source.ReadRequest;
import dev.touchstone.source.RecordSink;
import dev.touchstone.source.SourceAdapter;
import dev.touchstone.source.SourceDefinition;
import dev.touchstone.source.SourceDefinition.NamedFile;
import dev.touchstone.source.SourceDefinitions;
import dev.touchstone.source.SourceReadException;
import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code java -jar touchstone.jar probe <source-id> [url-or-file]}: reads a source exactly as a
 * sync would (its adapter, its normalizer) but writes nothing, and prints what an operator needs to
 * add or check a board: see {@link ProbeReport}. Exit status 0 when the source was read and every
 * mapped column is there, 1 when it could not be read or a mapped column is missing, 2 for a bad
 * call.
 */
public final class ProbeCommand {
  private final PrintStream out;

  public ProbeCommand(PrintStream out) {
    this.out = out;
  }

  public int run(String sourceId, String url, Map<String, Object> properties) {
    Map<String, Object> settings = new HashMap<>(properties);
    // The probe writes nothing: the service's context starts on a throwaway database of its own.
    settings.put(
        "datasources.default.url", "jdbc:h2:mem:probe-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    settings.put("datasources.default.username", "sa");
    settings.put("datasources.default.password", "");
    settings.put("datasources.default.driver-class-name", "org.h2.Driver");
    settings.put("datasources.default.dialect", "H2");
    settings.put("touchstone.sync.scheduled", "false");
    settings.put("touchstone.sync.on-startup", "none");
    try (ApplicationContext context = ApplicationContext.builder().properties(settings).start()) {
      SourceDefinitions sources = context.getBean(SourceDefinitions.class);
      Optional<SourceDefinition> found = sources.find(sourceId);
      if (found.isEmpty()) {
        out.println(
            "no source '"
                + sourceId
                + "'; configured: "
                + sources.all().stream().map(SourceDefinition::id).toList());
        return 2;
      }
      SourceDefinition source = found.get();
      return probe(
          source,
          sources.adapterFor(source),
          mainFile(source, url),
          LocalDate.now(context.getBean(Clock.class)),
          context.getBean(LicenseKeys.class));
    }
  }

  private static NamedFile mainFile(SourceDefinition source, String url) {
    NamedFile main = source.allFiles().get(0);
    if (url == null) {
      return main;
    }
    FileDefinition file = main.definition();
    return new NamedFile(
        main.name(),
        new FileDefinition(
            url, file.role(), file.delimited(), file.archive(), file.socrata(), file.complaints()));
  }

  private int probe(
      SourceDefinition source,
      SourceAdapter adapter,
      NamedFile file,
      LocalDate asOf,
      LicenseKeys keys) {
    out.println(
        "Probe of "
            + source.id()
            + " ("
            + source.name()
            + "), adapter "
            + source.adapter()
            + ", as of "
            + asOf);
    out.println("Reading " + file.definition().url() + " — nothing is written");
    SourceDates dates =
        new SourceDates(
            source.dateFormatsFor(adapter.name(), file.definition()), source.sentinels());
    MappedColumns.Columns columns;
    Function<RawRecord, Outcome<?>> normalize;
    switch (source.records()) {
      case LICENSES -> {
        columns = MappedColumns.of(source.license());
        LicenseNormalizer normalizer =
            new LicenseNormalizer(
                source,
                source.dateFormatsFor(adapter.name(), file.definition()),
                asOf,
                key -> List.of());
        normalize = normalizer::normalize;
      }
      case EXCLUSIONS -> {
        columns = MappedColumns.of(source.exclusion());
        normalize = new ExclusionNormalizer(source.exclusion(), dates)::normalize;
      }
      default -> {
        columns = new MappedColumns.Columns(Set.of("number"), Set.of("number"));
        normalize =
            new NpiNormalizer(NpiNormalizer.MASSAGE_THERAPIST_TAXONOMY, keys::lookupKey, dates)
                ::normalize;
      }
    }
    ProbeReport report =
        new ProbeReport(
            columns.mapped(),
            source.records() == dev.touchstone.source.RecordKind.LICENSES
                ? source.license()
                : null);
    try {
      adapter.read(
          new ReadRequest(source, file, columns.mapped(), columns.key()),
          new RecordSink() {
            @Override
            public void accept(RawRecord record) {
              report.row(record, normalize.apply(record));
            }

            @Override
            public void warn(String message) {
              report.warn(message);
            }

            @Override
            public void columns(List<String> names) {
              report.header(names);
            }
          });
    } catch (SourceReadException | dev.touchstone.database.DatabaseException e) {
      report.print(out);
      out.println();
      out.println("COULD NOT READ: " + e.getMessage());
      return 1;
    }
    return report.print(out) ? 0 : 1;
  }
}
