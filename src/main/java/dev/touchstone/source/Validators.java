package dev.touchstone.source;

/**
 * What a board's server said identifies a file's version: its ETag and Last-Modified headers,
 * either may be absent.
 */
record Validators(String url, String etag, String lastModified) {
  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }
}
