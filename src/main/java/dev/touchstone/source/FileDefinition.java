package dev.touchstone.source;

/**
 * One file of a source made of several (FL: licensure and complaints).
 *
 * @param url where to fetch it: http(s) or a local file path
 */
public record FileDefinition(
    String url, FileRole role, DelimitedFormat delimited, ComplaintMapping complaints) {

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
