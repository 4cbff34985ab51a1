package dev.touchstone.verification;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a stored check is read by people: {@code <touchstone.public-base-url>/verify/<id>}, for the
 * printed page, its QR code and the batch answers. Without a configured base, the page uses the
 * address the browser asked for and a batch gives the path alone.
 */
@Singleton
public class CheckAddresses {
  private final String base;

  CheckAddresses(VerificationSettings settings) {
    String configured = settings.publicBaseUrl();
    this.base =
        configured == null || configured.isBlank()
            ? null
            : configured.strip().replaceAll("/+$", "");
  }

  /** The configured public base, without a trailing slash. */
  public Optional<String> base() {
    return Optional.ofNullable(base);
  }

  /** A clinic's check's share address ({@link SharedChecks}) under the configured base. */
  public String shared(String token) {
    return (base == null ? "" : base) + "/shared/" + token;
  }

  /**
   * The check's address under {@code base}, or under the configured one when {@code base} is null.
   */
  public String of(UUID id, String base) {
    String root = base != null ? base : this.base == null ? "" : this.base;
    return root + "/verify/" + id;
  }
}
