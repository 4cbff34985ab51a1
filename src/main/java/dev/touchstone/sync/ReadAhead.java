package dev.touchstone.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads and normalizes on a second thread while the calling thread writes, through a small bounded
 * queue: the download is still streamed (at most a few thousand rows are in flight), but parsing no
 * longer waits for the database, nor the database for parsing.
 *
 * <p>Either side failing stops both: a read failure is rethrown on the calling thread (so its
 * transaction rolls back), and a write failure cancels the reader.
 */
final class ReadAhead<T> {
  private static final int CHUNK = 512;
  private static final List<Object> END = List.of();

  private final BlockingQueue<List<?>> queue = new ArrayBlockingQueue<>(8);
  private final AtomicReference<Throwable> readFailure = new AtomicReference<>();
  private volatile boolean cancelled;

  /** What the reading thread runs: it hands each item to the given consumer, in order. */
  @FunctionalInterface
  interface Source<T> {
    void produce(Consumer<T> emit);
  }

  /** Runs {@code source} on a new thread and hands its items to {@code sink} on this one. */
  static <T> void stream(String name, Source<T> source, Consumer<T> sink) {
    new ReadAhead<T>().run(name, source, sink);
  }

  @SuppressWarnings("unchecked")
  private void run(String name, Source<T> source, Consumer<T> sink) {
    Thread reader = new Thread(() -> produce(source), name);
    reader.setDaemon(true);
    reader.start();
    try {
      while (true) {
        List<?> chunk = queue.take();
        if (chunk == END) {
          break;
        }
        for (Object item : chunk) {
          sink.accept((T) item);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while syncing", e);
    } catch (RuntimeException | Error e) {
      cancelled = true;
      throw e;
    } finally {
      cancelled = cancelled || readFailure.get() != null;
      queue.clear();
      try {
        reader.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Throwable failure = readFailure.get();
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
  }

  private void produce(Source<T> source) {
    List<Object> chunk = new ArrayList<>(CHUNK);
    try {
      source.produce(
          item -> {
            if (cancelled) {
              throw new CancelledException();
            }
            chunk.add(item);
            if (chunk.size() == CHUNK) {
              put(new ArrayList<>(chunk));
              chunk.clear();
            }
          });
      put(new ArrayList<>(chunk));
    } catch (CancelledException e) {
      return;
    } catch (Throwable e) {
      // What was read before the failure still arrives, so the failed run's counts are true.
      try {
        put(new ArrayList<>(chunk));
      } catch (CancelledException cancelled) {
        return;
      }
      readFailure.set(e);
    }
    try {
      put(END);
    } catch (CancelledException e) {
      // the writing side has already stopped
    }
  }

  private void put(List<?> chunk) {
    try {
      while (!queue.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
        if (cancelled) {
          throw new CancelledException();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException();
    }
  }

  /** The writing side gave up; the reader unwinds quietly. */
  private static final class CancelledException extends RuntimeException {
    CancelledException() {
      super(null, null, false, false);
    }
  }
}
