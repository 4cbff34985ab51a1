package dev.touchstone.source;

import java.util.Set;

/**
 * What an adapter is asked to read.
 *
 * @param mappedColumns every column the mapping reads: a delimited header must have them all
 * @param keyColumns columns without which no record can load; a JSON source in which none of its
 *     records carries one of them has renamed or dropped it
 * @param conditional the run's conditional GETs, for adapters that download whole files
 * @param incremental the run's change cursor, for adapters that can list changes since a time
 */
public record ReadRequest(
    SourceDefinition source,
    SourceDefinition.NamedFile file,
    Set<String> mappedColumns,
    Set<String> keyColumns,
    ConditionalGet conditional,
    IncrementalRead incremental) {

  public ReadRequest(
      SourceDefinition source,
      SourceDefinition.NamedFile file,
      Set<String> mappedColumns,
      Set<String> keyColumns) {
    this(source, file, mappedColumns, keyColumns, ConditionalGet.off(), IncrementalRead.full());
  }

  public String url() {
    return file.definition().url();
  }

  public String fileName() {
    return file.displayName();
  }

  public DelimitedFormat delimitedFormat() {
    return source.delimitedFormat(file.definition());
  }

  ArchiveSettings archive() {
    return source.archiveSettings(file.definition());
  }

  public SocrataSettings socrataSettings() {
    return source.socrataSettings(file.definition());
  }
}
