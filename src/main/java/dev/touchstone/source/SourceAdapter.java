package dev.touchstone.source;

/**
 * Reads one format. Implementations are beans chosen by {@link #name()} from a source definition's
 * {@code adapter} field; a name that matches no bean fails start-up.
 *
 * <p>An adapter streams: it hands each record to the sink as it is read and never holds a whole
 * download in memory. A record it cannot split is passed on as {@link RawRecord#malformed}; a
 * download it cannot trust as a whole throws {@link SourceReadException}.
 */
public interface SourceAdapter {

  /** The name definitions use to select this adapter, e.g. {@code delimited}. */
  String name();

  /**
   * Checks that this adapter can read the definition.
   *
   * @throws IllegalArgumentException naming the field that is missing or wrong
   */
  default void check(SourceDefinition source) {}

  /** Reads every record of one file, in order. */
  void read(ReadRequest request, RecordSink sink);
}
