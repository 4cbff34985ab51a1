package dev.touchstone.registry;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A license as our model has it, ready to be written.
 *
 * @param licenseNumber as the board displays it
 * @param licenseKey upper case letters and digits of the number: unique within a source
 * @param lookupKey the key without leading zeros in digit runs, for lenient lookups
 * @param disciplineOnRecord null when the source does not say
 */
public record NormalizedLicense(
    String jurisdiction,
    String licenseNumber,
    String licenseKey,
    String lookupKey,
    LicenseType licenseType,
    String sourceLicenseType,
    LicenseStatus status,
    String sourceStatus,
    PersonName name,
    LocalDate issuedOn,
    LocalDate expiresOn,
    String city,
    String state,
    String postalCode,
    Boolean disciplineOnRecord,
    List<Action> actions,
    Set<LicenseFlag> flags,
    String detailUrl) {

  public NormalizedLicense {
    actions = actions.isEmpty() ? List.of() : actions.stream().sorted(Action.ORDER).toList();
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
  }

  public long contentHash() {
    ContentHash hash =
        new ContentHash()
            .add(jurisdiction)
            .add(licenseNumber)
            .add(licenseType)
            .add(sourceLicenseType)
            .add(status)
            .add(sourceStatus)
            .add(name.raw())
            .add(name.full())
            .add(name.first())
            .add(name.middle())
            .add(name.last())
            .add(name.suffix())
            .add(name.organization())
            .add(issuedOn)
            .add(expiresOn)
            .add(city)
            .add(state)
            .add(postalCode)
            .add(disciplineOnRecord)
            .add(new TreeSet<>(flags))
            .add(detailUrl);
    for (Action action : actions) {
      hash.add(action.kind())
          .add(action.date())
          .add(action.action())
          .add(action.description())
          .add(action.caseNumber());
    }
    return hash.value();
  }

  /** The same license with other discipline and flags: how rows of one license are combined. */
  public NormalizedLicense withDiscipline(
      Boolean disciplineOnRecord, List<Action> actions, Set<LicenseFlag> flags) {
    return new NormalizedLicense(
        jurisdiction,
        licenseNumber,
        licenseKey,
        lookupKey,
        licenseType,
        sourceLicenseType,
        status,
        sourceStatus,
        name,
        issuedOn,
        expiresOn,
        city,
        state,
        postalCode,
        disciplineOnRecord,
        actions,
        flags,
        detailUrl);
  }

  public NormalizedLicense withFlag(LicenseFlag flag) {
    Set<LicenseFlag> more = EnumSet.of(flag);
    more.addAll(flags);
    return withDiscipline(disciplineOnRecord, actions, more);
  }

  public String flagsText() {
    return String.join(",", new TreeSet<>(flags.stream().map(Enum::name).toList()));
  }
}
