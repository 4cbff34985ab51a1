package dev.touchstone.source;

/**
 * One file of a source made of several (FL: licensure and complaints; DE: two Socrata datasets).
 *
 * @param url where to fetch it: http(s) or a local file path
 * @param delimited this file's own layout, when it differs from the source's
 * @param archive the ZIP entry to read, when this file is an archive and the source's is not
 * @param socrata this dataset's own filter and order, when it differs from the source's: a second
 *     dataset has other columns to select and order by
 */
public record FileDefinition(
    String url,
    FileRole role,
    DelimitedFormat delimited,
    ArchiveSettings archive,
    SocrataSettings socrata,
    ComplaintMapping complaints) {

  public FileDefinition {
    role = role == null ? FileRole.MAIN : role;
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("files.<name>.url is required");
    }
    if (role == FileRole.COMPLAINTS && complaints == null) {
      throw new IllegalArgumentException(
          "a file with role COMPLAINTS needs a 'complaints' mapping");
    }
  }
}
