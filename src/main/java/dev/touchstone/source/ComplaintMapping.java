package dev.touchstone.source;

import java.util.List;
import java.util.Map;

/**
 * A file of cases or actions joined to the main file's licenses by number (FL {@code dxe004dd.txt},
 * DE's register of disciplinary actions).
 *
 * @param prefixes the profession text to the license prefix that completes the number; rows of
 *     other professions are filtered. An empty prefix means the number is complete as written (DE
 *     {@code MT-0007788})
 * @param caseNumber the case's number, when the file has one (DE's register has none)
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
        || activity == null
        || date == null) {
      throw new IllegalArgumentException(
          "complaints needs 'license-number', 'profession', 'prefixes', 'activity' and 'date'");
    }
    prefixes = Map.copyOf(prefixes);
    disciplineActivities =
        disciplineActivities == null ? List.of() : List.copyOf(disciplineActivities);
  }

  public boolean isDiscipline(String activityType) {
    return disciplineActivities.stream().anyMatch(p -> p.matches(activityType));
  }
}
