package dev.touchstone.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchstone.source.SourceReadException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ReadAheadTest {

  @Test
  void everyItemArrivesInOrder() {
    List<Integer> received = new ArrayList<>();
    ReadAhead.<Integer>stream(
        "test",
        emit -> {
          for (int i = 0; i < 10_000; i++) {
            emit.accept(i);
          }
        },
        received::add);
    assertThat(received).hasSize(10_000).isSorted();
  }

  @Test
  void aReadFailureReachesTheWritingThreadAfterWhatWasReadBeforeIt() {
    List<Integer> received = new ArrayList<>();
    assertThatThrownBy(
            () ->
                ReadAhead.<Integer>stream(
                    "test",
                    emit -> {
                      emit.accept(1);
                      throw new SourceReadException("the download broke");
                    },
                    received::add))
        .isInstanceOf(SourceReadException.class)
        .hasMessage("the download broke");
    assertThat(received).containsExactly(1);
  }

  @Test
  @Timeout(10)
  void aWriteFailureStopsTheReaderInsteadOfLeavingItBlocked() {
    AtomicInteger produced = new AtomicInteger();
    assertThatThrownBy(
            () ->
                ReadAhead.<Integer>stream(
                    "test",
                    emit -> {
                      for (int i = 0; i < 10_000_000; i++) {
                        emit.accept(i);
                        produced.incrementAndGet();
                      }
                    },
                    item -> {
                      if (item == 100) {
                        throw new IllegalStateException("the database said no");
                      }
                    }))
        .hasMessage("the database said no");
    assertThat(produced.get()).isLessThan(10_000_000);
  }
}
