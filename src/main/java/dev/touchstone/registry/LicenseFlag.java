package dev.touchstone.registry;

/**
 * Data-quality facts a reader must see (API.md). The date-dependent ones are computed when read.
 */
public enum LicenseFlag {
  EXPIRED_BY_DATE,
  EXPIRATION_MISSING,
  NAME_PARSE_AMBIGUOUS,
  ZIP_REPAIRED,
  /**
   * The board gives this license in several rows (one per disciplinary case), or joins cases to it
   * from a second file, and one of them could not be read: what is shown may lack a case.
   */
  INCOMPLETE_RECORD
}
