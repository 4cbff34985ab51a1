package dev.touchstone.normalize;

import dev.touchstone.registry.Action;
import dev.touchstone.registry.ActionKind;
import dev.touchstone.registry.LicenseFlag;
import dev.touchstone.registry.LicenseNumbers;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.LicenseType;
import dev.touchstone.registry.NormalizedLicense;
import dev.touchstone.registry.PersonName;
import dev.touchstone.registry.PersonNames;
import dev.touchstone.source.AddressMapping;
import dev.touchstone.source.DisciplineMapping;
import dev.touchstone.source.LicenseMapping;
import dev.touchstone.source.NameMapping;
import dev.touchstone.source.RawRecord;
import dev.touchstone.source.SourceDefinition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns a board's raw row into a {@link NormalizedLicense}, or says why it was filtered or
 * quarantined. One instance serves one run: it counts the status words it did not know.
 */
public final class LicenseNormalizer {
  private final SourceDefinition source;
  private final LicenseMapping mapping;
  private final SourceDates dates;
  private final StatusWords statusWords;
  private final NumberTemplate number;
  private final NumberTemplate detailUrl;
  private final LocalDate asOf;
  private final Function<String, List<Action>> joinedActions;
  private final Map<String, Integer> unknownStatusWords = new TreeMap<>();

  /** A board uses a handful of type texts across millions of rows: classify each once. */
  private final Map<String, Optional<LicenseType>> types = new java.util.HashMap<>();

  /**
   * @param asOf the sync's "today", from which a source without a status column derives it
   * @param joinedActions complaint-file entries for a license key (empty when there are none)
   */
  public LicenseNormalizer(
      SourceDefinition source,
      List<String> dateFormats,
      LocalDate asOf,
      Function<String, List<Action>> joinedActions) {
    this.source = source;
    this.mapping = source.license();
    this.dates = new SourceDates(dateFormats, source.sentinels());
    this.statusWords = new StatusWords(mapping.status());
    this.number = new NumberTemplate(mapping.number());
    this.detailUrl =
        mapping.detailUrl() != null && mapping.detailUrl().contains("{")
            ? new NumberTemplate(mapping.detailUrl())
            : null;
    this.asOf = asOf;
    this.joinedActions = joinedActions;
  }

  public Map<String, Integer> unknownStatusWords() {
    return unknownStatusWords;
  }

  public Outcome<NormalizedLicense> normalize(RawRecord record) {
    if (record.problem() != null) {
      return new Outcome.Quarantined<>(
          record.file(), record.row(), QuarantineReason.FIELD_COUNT, record.problem(), null);
    }
    String typeText = record.get(mapping.type().field());
    Optional<LicenseType> type =
        typeText == null
            ? Optional.empty()
            : types.size() < 1000
                ? types.computeIfAbsent(typeText, mapping.type()::classify)
                : mapping.type().classify(typeText);
    if (type.isEmpty()) {
      return new Outcome.Filtered<>(typeText == null ? "(no type)" : typeText);
    }
    String notALicense = mapping.status().notALicense(record::get);
    if (notALicense != null) {
      return new Outcome.Filtered<>("not a license (status " + notALicense + ")");
    }
    String key = null;
    try {
      String displayed = number.render(record);
      key = LicenseNumbers.key(displayed);
      if (key.isEmpty()) {
        throw new RowRejectedException(
            QuarantineReason.MISSING_KEY_FIELD,
            "license number '" + displayed + "' has no letters or digits");
      }
      return new Outcome.Loaded<>(build(record, type.get(), typeText, displayed, key));
    } catch (RowRejectedException e) {
      String where = key == null ? "" : " (license " + key + ")";
      return new Outcome.Quarantined<>(
          record.file(), record.row(), e.reason(), e.getMessage() + where, key);
    }
  }

  private NormalizedLicense build(
      RawRecord record, LicenseType type, String typeText, String displayed, String key) {
    Set<LicenseFlag> flags = EnumSet.noneOf(LicenseFlag.class);
    PersonName name = name(record, type);
    if (name == null) {
      throw new RowRejectedException(QuarantineReason.MISSING_NAME, "no licensee name");
    }
    if (name.ambiguous()) {
      flags.add(LicenseFlag.NAME_PARSE_AMBIGUOUS);
    }
    LocalDate issuedOn =
        dates.parse(mapping.dates().issuedOn(), record.get(mapping.dates().issuedOn()));
    LocalDate expiresOn =
        dates.parse(mapping.dates().expiresOn(), record.get(mapping.dates().expiresOn()));
    for (String column : mapping.dates().validate()) {
      dates.parse(column, record.get(column));
    }
    StatusWords.Resolved status = statusWords.resolve(record, expiresOn, asOf);
    if (expiresOn == null && mapping.status().deriveFromExpiry()) {
      // The status comes from the expiry date alone, and the board gives none: say so.
      flags.add(LicenseFlag.EXPIRATION_MISSING);
    }
    if (status.status() == LicenseStatus.UNKNOWN && !mapping.status().deriveFromExpiry()) {
      unknownStatusWords.merge(
          status.sourceStatus() == null ? "(no status)" : status.sourceStatus(), 1, Integer::sum);
    }
    String[] place = address(record, flags);
    List<Action> actions = new ArrayList<>(caseActions(record));
    actions.addAll(joinedActions.apply(key));
    Boolean disciplineOnRecord = discipline(record, actions);
    return new NormalizedLicense(
        source.jurisdiction(),
        displayed,
        key,
        LicenseNumbers.lookupKey(displayed, mapping.lookupKeyPattern()),
        type,
        typeText,
        status.status(),
        status.sourceStatus(),
        name,
        issuedOn,
        expiresOn,
        place[0],
        place[1],
        place[2],
        disciplineOnRecord,
        actions,
        flags,
        detailUrl(record));
  }

  private PersonName name(RawRecord record, LicenseType type) {
    NameMapping names = mapping.name();
    String organization =
        names.organization() == null ? null : PersonNames.clean(record.get(names.organization()));
    if (organization != null && names.organizationFor().contains(type)) {
      return PersonName.organization(organization);
    }
    PersonName person =
        switch (names.format()) {
          case PARTS ->
              record.get(names.first()) == null && record.get(names.last()) == null
                  ? null
                  : PersonNames.fromParts(
                      record.get(names.first()),
                      record.get(names.middle()),
                      record.get(names.last()),
                      record.get(names.suffix()));
          case LAST_COMMA_FIRST ->
              PersonNames.fromLastCommaFirst(
                  record.get(names.full()), type == LicenseType.MASSAGE_THERAPIST);
          case FIRST_LAST -> PersonNames.fromFirstLast(record.get(names.full()));
        };
    if (person == null && organization != null) {
      return PersonName.organization(organization);
    }
    return person;
  }

  /**
   * City, state, postal code from the first candidate that has any; street lines are never read.
   */
  private String[] address(RawRecord record, Set<LicenseFlag> flags) {
    for (AddressMapping candidate : mapping.address()) {
      String city;
      String state;
      String zip;
      if (candidate.cityStateZip() != null) {
        CityStateZip parsed = CityStateZip.parse(record.get(candidate.cityStateZip()));
        if (parsed == null) {
          continue;
        }
        city = parsed.city();
        state = parsed.state();
        zip = parsed.zip();
      } else {
        city = record.get(candidate.city());
        state = record.get(candidate.state());
        zip = record.get(candidate.postalCode());
      }
      if (city == null && zip == null) {
        continue;
      }
      PostalCodes.PostalCode postal = PostalCodes.normalize(zip);
      if (postal != null && postal.repaired()) {
        flags.add(LicenseFlag.ZIP_REPAIRED);
      }
      return new String[] {
        city,
        state == null ? null : state.toUpperCase(Locale.ROOT),
        postal == null ? null : postal.code()
      };
    }
    return new String[3];
  }

  private List<Action> caseActions(RawRecord record) {
    DisciplineMapping discipline = mapping.discipline();
    if (discipline == null || discipline.cases() == null) {
      return List.of();
    }
    DisciplineMapping.Cases cases = discipline.cases();
    if (record.get(cases.presence()) == null) {
      return List.of();
    }
    String caseNumber = cases.caseNumber() == null ? null : record.get(cases.caseNumber());
    String action = record.get(cases.action());
    LocalDate date =
        cases.date() == null ? null : dates.parse(cases.date(), record.get(cases.date()));
    LocalDate completed =
        cases.completedDate() == null
            ? null
            : dates.parse(cases.completedDate(), record.get(cases.completedDate()));
    String reason = cases.reason() == null ? null : record.get(cases.reason());
    // "open" only where the board says when cases close: elsewhere a missing date means nothing.
    String state =
        completed != null
            ? "completed " + completed
            : cases.completedDate() != null ? "open" : null;
    String description = reason == null ? state : state == null ? reason : reason + "; " + state;
    ActionKind kind = cases.isAllegation(action) ? ActionKind.COMPLAINT : ActionKind.DISCIPLINE;
    return List.of(
        new Action(
            kind, date, action == null ? "Disciplinary action" : action, description, caseNumber));
  }

  /**
   * Adds the indicator's undated action when no detailed one exists; says whether discipline is on
   * record.
   */
  private Boolean discipline(RawRecord record, List<Action> actions) {
    DisciplineMapping discipline = mapping.discipline();
    boolean detailed = actions.stream().anyMatch(a -> a.kind() == ActionKind.DISCIPLINE);
    if (discipline == null) {
      return detailed ? Boolean.TRUE : null;
    }
    if (discipline.indicator() != null) {
      DisciplineMapping.Indicator indicator = discipline.indicator();
      String value = record.get(indicator.field());
      String word = value == null ? null : value.toUpperCase(Locale.ROOT);
      if (word != null && indicator.yes().contains(word)) {
        if (!detailed) {
          actions.add(
              new Action(
                  ActionKind.DISCIPLINE, null, indicator.action(), indicator.description(), null));
        }
        return Boolean.TRUE;
      }
      if (detailed) {
        return Boolean.TRUE;
      }
      if (word != null && indicator.pending().contains(word)) {
        // An allegation on record: no finding, so no discipline, but never silently "none".
        actions.add(
            new Action(
                ActionKind.COMPLAINT,
                null,
                indicator.pendingAction(),
                indicator.pendingDescription(),
                null));
        return Boolean.FALSE;
      }
      return word != null && indicator.no().contains(word) ? Boolean.FALSE : null;
    }
    return detailed ? Boolean.TRUE : (discipline.absentMeansNone() ? Boolean.FALSE : null);
  }

  private String detailUrl(RawRecord record) {
    if (mapping.detailUrl() == null) {
      return null;
    }
    if (detailUrl == null) {
      return record.get(mapping.detailUrl());
    }
    try {
      return detailUrl.render(record);
    } catch (RowRejectedException missingPart) {
      return null;
    }
  }
}
