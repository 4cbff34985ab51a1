package dev.touchstone.verification.batch;

import dev.touchstone.verification.CheckAddresses;
import dev.touchstone.verification.InvalidField;
import dev.touchstone.verification.Jurisdictions;
import dev.touchstone.verification.SharedChecks;
import dev.touchstone.verification.Verification;
import dev.touchstone.verification.VerificationRequest;
import dev.touchstone.verification.VerificationStore;
import dev.touchstone.verification.Verifier;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Verifies a batch row by row, reading and writing as it goes: a bad row gets its own error and the
 * batch goes on; every verified row is stored like a single verification.
 */
@Singleton
public class BatchVerifier {
  private final Verifier verifier;
  private final VerificationStore store;
  private final Jurisdictions jurisdictions;
  private final int maxRows;
  private final CheckAddresses addresses;
  private final SharedChecks shares;

  /** Verifications stored in one transaction before their answers are written. */
  private static final int WINDOW = 200;

  BatchVerifier(
      Verifier verifier,
      VerificationStore store,
      Jurisdictions jurisdictions,
      BatchSettings settings,
      CheckAddresses addresses,
      SharedChecks shares) {
    this.addresses = addresses;
    this.shares = shares;
    this.verifier = verifier;
    this.store = store;
    this.jurisdictions = jurisdictions;
    this.maxRows = settings.maxRows();
  }

  /**
   * Who asked for a batch: an organization, through one of its keys (by label), whose history the
   * checks join like single ones.
   */
  public record Requester(UUID organizationId, String keyLabel) {}

  /** A batch nobody's history keeps. */
  public int run(BatchReader in, BatchWriter out) throws IOException {
    return run(in, out, null, () -> true);
  }

  /**
   * Counts the batch's rows without verifying or storing any, so a batch past the limit is refused
   * before anything is kept (security-2026-12 F2: a 10,001-row batch stored 10,000 first).
   *
   * @throws BatchTooLargeException at the first row past the limit
   * @throws BatchFormatException when the input cannot be read as a batch at all
   */
  public int count(BatchReader in) throws IOException {
    int rows = 0;
    while (in.next() != null) {
      if (++rows > maxRows) {
        throw new BatchTooLargeException(maxRows);
      }
    }
    return rows;
  }

  /**
   * Runs the batch; throws {@link BatchTooLargeException} at the first row past the limit.
   *
   * @param requester the organization whose history keeps the checks, or null
   * @param stillWanted asked before each row; once false the batch stops with {@link
   *     BatchAbandonedException}, keeping the checks already answered and dropping the rest
   */
  public int run(BatchReader in, BatchWriter out, Requester requester, BooleanSupplier stillWanted)
      throws IOException {
    out.start(in.columns());
    List<Answer> window = new ArrayList<>(WINDOW);
    int rows = 0;
    for (BatchRow row = in.next(); row != null; row = in.next()) {
      if (!stillWanted.getAsBoolean()) {
        throw new BatchAbandonedException(rows);
      }
      if (++rows > maxRows) {
        settle(window, out, requester);
        throw new BatchTooLargeException(maxRows);
      }
      window.add(answer(row));
      if (window.size() == WINDOW) {
        settle(window, out, requester);
      }
    }
    settle(window, out, requester);
    out.finish();
    return rows;
  }

  /** A row's answer: its problems, or its verification. */
  private record Answer(BatchRow row, List<InvalidField> problems, Verification verification) {}

  private Answer answer(BatchRow row) {
    if (row.readError() != null) {
      return new Answer(row, List.of(new InvalidField("row", row.readError())), null);
    }
    VerificationRequest request = row.request().tidy();
    List<InvalidField> problems = request.problems(jurisdictions);
    if (!problems.isEmpty()) {
      return new Answer(row, problems, null);
    }
    return new Answer(row, List.of(), verifier.verify(request));
  }

  /**
   * Stores the window's verifications in one transaction, then writes its answers in order, so no
   * answer names a verification that is not kept.
   */
  private void settle(List<Answer> window, BatchWriter out, Requester requester)
      throws IOException {
    List<Verification> checks =
        window.stream().map(Answer::verification).filter(Objects::nonNull).toList();
    UUID organization = requester == null ? null : requester.organizationId();
    store.saveAll(checks, organization, requester == null ? null : requester.keyLabel());
    // A clinic's checks are its own: each opens for others only at its share address.
    Map<UUID, String> shared =
        organization == null
            ? Map.of()
            : shares.addressesOf(checks.stream().map(Verification::id).toList(), organization);
    for (Answer answer : window) {
      if (answer.verification() == null) {
        out.refused(answer.row(), answer.problems());
      } else {
        UUID id = answer.verification().id();
        out.verified(
            answer.row(),
            answer.verification(),
            organization == null ? addresses.of(id, null) : shared.get(id));
      }
    }
    window.clear();
  }
}
