package dev.touchstone.registry;

/**
 * A practitioner's id says what proves who they are: {@code npi-<NPI>} for the licenses one
 * individual NPI declares, {@code lic-<id>} for a license nothing links to another.
 */
public final class PractitionerIds {
  private static final String NPI = "npi-";
  private static final String LICENSE = "lic-";

  private PractitionerIds() {}

  public static String ofNpi(long npi) {
    return NPI + String.format("%010d", npi);
  }

  public static String ofLicense(long licenseId) {
    return LICENSE + licenseId;
  }

  /** Whether the text has the shape of a practitioner id. */
  public static boolean isWellFormed(String id) {
    return id != null && (id.matches("npi-\\d{10}") || id.matches("lic-\\d{1,18}"));
  }

  public static Long npi(String id) {
    return id.startsWith(NPI) ? Long.parseLong(id.substring(NPI.length())) : null;
  }

  public static Long licenseId(String id) {
    return id.startsWith(LICENSE) ? Long.parseLong(id.substring(LICENSE.length())) : null;
  }
}
