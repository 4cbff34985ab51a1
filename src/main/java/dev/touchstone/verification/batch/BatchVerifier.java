package dev.touchstone.verification.batch;

import dev.touchstone.verification.InvalidField;
import dev.touchstone.verification.Jurisdictions;
import dev.touchstone.verification.Verification;
import dev.touchstone.verification.VerificationRequest;
import dev.touchstone.verification.VerificationStore;
import dev.touchstone.verification.Verifier;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;

/**
 * Verifies a batch row by row, reading and writing as it goes: a bad row gets its own error and
 * the batch goes on; every verified row is stored like a single verification.
 */
@Singleton
public class BatchVerifier {
  private final Verifier verifier;
  private final VerificationStore store;
  private final Jurisdictions jurisdictions;
  private final int maxRows;

  public BatchVerifier(Verifier verifier, VerificationStore store, Jurisdictions jurisdictions,
      @Value("${touchstone.batch.max-rows:10000}") int maxRows) {
    this.verifier = verifier;
    this.store = store;
    this.jurisdictions = jurisdictions;
    this.maxRows = maxRows;
  }

  /** Runs the batch; throws {@link BatchTooLargeException} at the first row past the limit. */
  public int run(BatchReader in, BatchWriter out) throws IOException {
    out.start(in.columns());
    int rows = 0;
    for (BatchRow row = in.next(); row != null; row = in.next()) {
      if (++rows > maxRows) {
        throw new BatchTooLargeException(maxRows);
      }
      if (row.readError() != null) {
        out.refused(row, List.of(new InvalidField("row", row.readError())));
        continue;
      }
      VerificationRequest request = row.request().tidy();
      List<InvalidField> problems = request.problems(jurisdictions);
      if (!problems.isEmpty()) {
        out.refused(row, problems);
        continue;
      }
      Verification verification = verifier.verify(request);
      store.save(verification);
      out.verified(row, verification);
    }
    out.finish();
    return rows;
  }
}
