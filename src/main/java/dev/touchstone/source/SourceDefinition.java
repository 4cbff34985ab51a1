package dev.touchstone.source;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One board or registry, as declared in {@code config/sources/<id>.yml}. Validated when built: an
 * invalid definition fails start-up, not the 3 a.m. sync.
 *
 * @param archive the download is a ZIP archive and this names the entry to read (MO)
 * @param xlsx the sheet and header of an Excel workbook (MI), for adapter {@code xlsx}
 * @param activeOnly the board publishes its active licenses only (AK, MI, LA): a license that drops
 *     off the list, and a name that is not on it, say only that, never why
 * @param url the single file or endpoint of a one-file source
 * @param files the named files of a source made of several (FL)
 * @param maxAge how long after its last successful sync the source's data counts as stale
 * @param minSnapshotFraction a full snapshot with fewer records than this fraction of the last good
 *     one is rejected as broken
 * @param maxUnpublishFraction a full snapshot that would mark more than this fraction of the
 *     source's listed records as no longer listed fails, unless an operator accepts it for one run
 *     (default 0.05): a download cut cleanly at a row boundary looks like a board that dropped
 *     licenses
 * @param lookupUrl the board's own public lookup page, for people to check by hand
 * @param minRequestInterval politeness: calls to this source's host at least this far apart, when
 *     more than {@code touchstone.http.min-request-interval}
 * @param enabled whether the schedule syncs it and verifications consult it (default true)
 * @param disabledReason why a disabled source is not read, in words for operators and patients
 *     (shown in {@code /api/v1/sources} and with the verdict)
 */
public record SourceDefinition(
    String id,
    String name,
    String jurisdiction,
    SourceKind kind,
    String adapter,
    Boolean enabled,
    String disabledReason,
    RecordKind records,
    Boolean activeOnly,
    String url,
    Map<String, FileDefinition> files,
    Duration maxAge,
    Double minSnapshotFraction,
    Double maxUnpublishFraction,
    String lookupUrl,
    Duration minRequestInterval,
    List<String> dateFormats,
    List<String> sentinels,
    DelimitedFormat delimited,
    ArchiveSettings archive,
    SocrataSettings socrata,
    JsonApiSettings jsonApi,
    HtmlSettings html,
    XlsxSettings xlsx,
    LicenseMapping license,
    ExclusionMapping exclusion) {

  public SourceDefinition {
    require(id, "id");
    require(name, "name");
    require(adapter, "adapter");
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "id '" + id + "' must be lower-case words joined by '-', e.g. us-wa-doh");
    }
    if (jurisdiction == null || !jurisdiction.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          "jurisdiction must be a two-letter upper-case code (a state, or US), got '"
              + jurisdiction
              + "'");
    }
    if (kind == null) {
      throw new IllegalArgumentException(
          "kind is required: LICENSING_BOARD, NATIONAL_REGISTRY or EXCLUSION_LIST");
    }
    enabled = enabled == null || enabled;
    disabledReason =
        disabledReason == null || disabledReason.isBlank() ? null : disabledReason.strip();
    records = records == null ? RecordKind.LICENSES : records;
    activeOnly = activeOnly != null && activeOnly;
    files = files == null ? Map.of() : new LinkedHashMap<>(files);
    maxAge = maxAge == null ? Duration.ofDays(2) : maxAge;
    minSnapshotFraction = minSnapshotFraction == null ? 0.5 : minSnapshotFraction;
    maxUnpublishFraction = maxUnpublishFraction == null ? 0.05 : maxUnpublishFraction;
    if (maxUnpublishFraction < 0 || maxUnpublishFraction > 1) {
      throw new IllegalArgumentException(
          "max-unpublish-fraction must be between 0 and 1, got " + maxUnpublishFraction);
    }
    dateFormats = dateFormats == null ? List.of() : List.copyOf(dateFormats);
    sentinels = sentinels == null ? List.of() : List.copyOf(sentinels);
    delimited = delimited == null ? DelimitedFormat.csv() : delimited;
    xlsx = xlsx == null ? XlsxSettings.defaults() : xlsx;
    if ((url == null || url.isBlank()) == files.isEmpty()) {
      throw new IllegalArgumentException(
          "exactly one of 'url' (one file) or 'files' (several named files) is required");
    }
    if (!files.isEmpty()
        && files.values().stream().filter(f -> f.role() == FileRole.MAIN).count() != 1) {
      throw new IllegalArgumentException("files must name exactly one file with role MAIN");
    }
    if ((archive != null || files.values().stream().anyMatch(f -> f.archive() != null))
        && !"delimited".equals(adapter)) {
      throw new IllegalArgumentException(
          "archive (a ZIP entry to read) works with adapter delimited only, not " + adapter);
    }
    if (minSnapshotFraction < 0 || minSnapshotFraction > 1) {
      throw new IllegalArgumentException(
          "min-snapshot-fraction must be between 0 and 1, got " + minSnapshotFraction);
    }
    if (minRequestInterval != null && minRequestInterval.isNegative()) {
      throw new IllegalArgumentException(
          "min-request-interval must not be negative, got " + minRequestInterval);
    }
    if (maxAge.isNegative() || maxAge.isZero()) {
      throw new IllegalArgumentException(
          "max-age must be a positive ISO-8601 duration such as P2D");
    }
    if (records == RecordKind.LICENSES && license == null) {
      throw new IllegalArgumentException(
          "license (the field mapping) is required for a source of licenses");
    }
    if (license != null
        && license.discipline() != null
        && license.discipline().indicator() == null
        && license.discipline().cases() == null
        && files.values().stream().noneMatch(f -> f.role() == FileRole.COMPLAINTS)) {
      throw new IllegalArgumentException(
          "license.discipline.absent-means-none alone needs a file with role COMPLAINTS: without"
              + " cases on the rows or a joined file of actions, no license can be said to have"
              + " none");
    }
    if (records == RecordKind.EXCLUSIONS && exclusion == null) {
      throw new IllegalArgumentException(
          "exclusion (the field mapping) is required for an exclusion list");
    }
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
  }

  /** Every file of the source, the main one first; a one-file source has one named "main". */
  public List<NamedFile> allFiles() {
    List<NamedFile> all = new ArrayList<>();
    if (files.isEmpty()) {
      all.add(
          new NamedFile("main", new FileDefinition(url, FileRole.MAIN, null, null, null, null)));
      return all;
    }
    files.forEach(
        (fileName, file) -> {
          if (file.role() == FileRole.MAIN) {
            all.add(0, new NamedFile(fileName, file));
          } else {
            all.add(new NamedFile(fileName, file));
          }
        });
    return all;
  }

  /** The delimited layout of a file: its own if declared, else the source's. */
  public DelimitedFormat delimitedFormat(FileDefinition file) {
    return file.delimited() != null ? file.delimited() : delimited;
  }

  /** The archive entry a file is read from: its own if declared, else the source's, or none. */
  ArchiveSettings archiveSettings(FileDefinition file) {
    return file.archive() != null ? file.archive() : archive;
  }

  /** The Socrata filter and order of a file: its own if declared, else the source's. */
  public SocrataSettings socrataSettings(FileDefinition file) {
    return file.socrata() != null ? file.socrata() : socrata;
  }

  /** Whether the source joins a second file to its main one (FL complaints, DE actions). */
  public boolean joinsFiles() {
    return files.values().stream().anyMatch(f -> f.role() != FileRole.MAIN);
  }

  /** The date formats in force for a file read by the named adapter. */
  public List<String> dateFormatsFor(String adapterName, FileDefinition file) {
    DelimitedFormat fileFormat = delimitedFormat(file);
    if ("delimited".equals(adapterName) && !fileFormat.dateFormats().isEmpty()) {
      return fileFormat.dateFormats();
    }
    SocrataSettings fileSocrata = socrataSettings(file);
    if ("socrata".equals(adapterName)
        && fileSocrata != null
        && !fileSocrata.dateFormats().isEmpty()) {
      return fileSocrata.dateFormats();
    }
    return dateFormats;
  }

  /** A file with the name the source gives it. */
  public record NamedFile(String name, FileDefinition definition) {
    /** The last path segment of the URL, which is what an operator sees in a quarantine listing. */
    public String displayName() {
      String url = definition.url();
      int query = url.indexOf('?');
      String path = query >= 0 ? url.substring(0, query) : url;
      int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
      String base = slash >= 0 ? path.substring(slash + 1) : path;
      return base.isBlank() ? name : base;
    }
  }
}
