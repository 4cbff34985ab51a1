package dev.touchstone.source;

/**
 * Paging and filtering for a Socrata {@code /resource} endpoint.
 *
 * @param where a SoQL {@code $where} clause selecting the massage rows
 * @param order the {@code $order} clause; Socrata has no implicit order, so paging needs one
 * @param pageSize rows per page ({@code $limit}); paging stops at the first short page
 * @param appToken sent as {@code X-App-Token} when set, to avoid per-address throttling
 * @param incremental whether runs after a good one read only the rows changed since ({@code
 *     :updated_at}); default true
 * @param fullSnapshotEvery how often a full snapshot runs anyway, the only kind that notices
 *     deleted rows; default P7D
 */
public record SocrataSettings(
    String where,
    String order,
    Integer pageSize,
    String appToken,
    java.util.List<String> dateFormats,
    Boolean incremental,
    java.time.Duration fullSnapshotEvery) {

  public SocrataSettings {
    incremental = incremental == null || incremental;
    fullSnapshotEvery =
        fullSnapshotEvery == null ? java.time.Duration.ofDays(7) : fullSnapshotEvery;
    if (fullSnapshotEvery.isNegative() || fullSnapshotEvery.isZero()) {
      throw new IllegalArgumentException(
          "socrata.full-snapshot-every must be a positive ISO-8601 duration such as P7D");
    }
    order = order == null || order.isBlank() ? ":id" : order;
    pageSize = pageSize == null ? 1000 : pageSize;
    dateFormats = dateFormats == null ? java.util.List.of() : java.util.List.copyOf(dateFormats);
    if (pageSize < 1 || pageSize > 50_000) {
      throw new IllegalArgumentException(
          "socrata.page-size must be between 1 and 50000, got " + pageSize);
    }
  }
}
