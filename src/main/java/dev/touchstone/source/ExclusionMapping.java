package dev.touchstone.source;

/** The columns of an exclusion list (HHS-OIG LEIE). The date of birth is never mapped. */
public record ExclusionMapping(
    String lastName,
    String firstName,
    String middleName,
    String businessName,
    String general,
    String specialty,
    String npi,
    String city,
    String state,
    String postalCode,
    String type,
    String excludedOn,
    String reinstatedOn,
    String waiverOn,
    String waiverState) {

  public ExclusionMapping {
    if (type == null || excludedOn == null || lastName == null || businessName == null) {
      throw new IllegalArgumentException(
          "exclusion needs 'type', 'excluded-on', 'last-name' and 'business-name'");
    }
  }
}
