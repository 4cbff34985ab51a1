package dev.touchstone.registry;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the registry needs to know of the configured sources. The source definitions provide it; the
 * registry sits below them and names only this.
 */
public interface SourceCatalog {
  /**
   * The public lookup page of a configured source, or null when it has none or is not configured.
   */
  String lookupUrl(String sourceId);

  /** Whether a configured source lists active licenses only (false when it is not configured). */
  boolean activeOnly(String sourceId);

  /**
   * Each jurisdiction's {@code license.lookup-key} rule (keyed by upper-case code), for those that
   * declare one.
   */
  Map<String, Pattern> lookupKeyRules();
}
