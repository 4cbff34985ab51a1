package dev.touchstone.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where batch and export answers are spooled ({@code touchstone.spool.directory}, by default {@code
 * touchstone-spool} in the system's temporary folder). Each running instance writes into a folder
 * of its own and holds a lock on it; at start-up the folders nobody holds (an instance that was
 * killed mid-answer) are deleted, so a crash leaves nothing behind for long (security-2026-12 F3).
 */
@Singleton
final class Spool {
  private static final Logger LOG = LoggerFactory.getLogger(Spool.class);
  private static final String LOCK = ".lock";
  private static final Duration STARTING = Duration.ofMinutes(10);

  private final Path folder;
  private final FileChannel lockChannel;

  Spool(@Nullable @Value("${touchstone.spool.directory:}") String directory) throws IOException {
    Path root =
        directory == null || directory.isBlank()
            ? Path.of(System.getProperty("java.io.tmpdir"), "touchstone-spool")
            : Path.of(directory);
    Files.createDirectories(root);
    sweep(root);
    folder = Files.createDirectories(root.resolve(UUID.randomUUID().toString()));
    lockChannel =
        FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    lockChannel.lock();
  }

  /** A new, empty file for one answer. */
  Path newFile(String prefix, String suffix) throws IOException {
    return Files.createTempFile(folder, prefix, suffix);
  }

  /** The answers spooled now and not yet sent or abandoned. */
  long pending() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> !file.getFileName().toString().equals(LOCK)).count();
    }
  }

  @PreDestroy
  void close() throws IOException {
    lockChannel.close();
    deleteTree(folder);
  }

  /** Deletes the folders of instances that are gone: nobody holds their lock. */
  private static void sweep(Path root) throws IOException {
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Files::isDirectory)) {
      for (Path other : folders) {
        if (abandoned(other)) {
          LOG.info("Deleting the spool files an earlier run left in {}", other);
          deleteTree(other);
        }
      }
    }
  }

  private static boolean abandoned(Path other) throws IOException {
    Path lock = other.resolve(LOCK);
    if (!Files.exists(lock)) {
      // a folder without its lock yet may be an instance starting right now
      return Files.getLastModifiedTime(other).toInstant().isBefore(Instant.now().minus(STARTING));
    }
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
      FileLock held = channel.tryLock();
      if (held == null) {
        return false;
      }
      held.release();
      return true;
    } catch (OverlappingFileLockException sameProcess) {
      return false; // another instance in this process (tests run several) holds it
    }
  }

  private static void deleteTree(Path top) throws IOException {
    try (Stream<Path> paths = Files.walk(top)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.deleteIfExists(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
