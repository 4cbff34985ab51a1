package dev.touchstone.source;

/**
 * Where a row's city, state and postal code are: separate columns, or one "CITY, ST ZIP" column
 * parsed from the right. Street lines are never read.
 */
public record AddressMapping(String city, String state, String postalCode, String cityStateZip) {

  public AddressMapping {
    if (cityStateZip == null && city == null && postalCode == null) {
      throw new IllegalArgumentException(
          "license.address entries need 'city'/'state'/'postal-code' or 'city-state-zip'");
    }
  }
}
