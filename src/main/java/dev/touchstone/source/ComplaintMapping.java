package dev.touchstone.source;

import java.util.List;
import java.util.Map;

/**
 * A complaints file joined to the main file's licenses (FL {@code dxe004dd.txt}).
 *
 * @param prefixes the profession text to the license prefix that completes the number; rows of
 *     other professions are filtered
 * @param disciplineActivities activity types that are board actions (orders); every other activity
 *     is an allegation and is kept as a complaint, never as discipline
 */
public record ComplaintMapping(
    String licenseNumber,
    String profession,
    Map<String, String> prefixes,
    String respondent,
    String caseNumber,
    String activity,
    String date,
    List<Regex> disciplineActivities) {

  public ComplaintMapping {
    if (licenseNumber == null
        || profession == null
        || prefixes == null
        || prefixes.isEmpty()
        || caseNumber == null
        || activity == null
        || date == null) {
      throw new IllegalArgumentException(
          "complaints needs 'license-number', 'profession', 'prefixes', 'case-number', 'activity' and 'date'");
    }
    prefixes = Map.copyOf(prefixes);
    disciplineActivities =
        disciplineActivities == null ? List.of() : List.copyOf(disciplineActivities);
  }

  public boolean isDiscipline(String activityType) {
    return disciplineActivities.stream().anyMatch(p -> p.matches(activityType));
  }
}
