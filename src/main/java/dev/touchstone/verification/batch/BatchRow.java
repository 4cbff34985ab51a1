package dev.touchstone.verification.batch;

import dev.touchstone.verification.VerificationRequest;
import java.util.List;

/**
 * One row of a batch as read: its number (1 for the first data row), the values of every input
 * column in order (echoed back in CSV), the request, and what made the row unusable, if anything.
 */
record BatchRow(int row, List<String> values, VerificationRequest request, String readError) {}
