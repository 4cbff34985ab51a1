import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves one directory's files on 127.0.0.1, streamed with their length, so a sync is measured over
 * real HTTP without the disk cache of a local path.
 *
 * <p>Usage: java scripts/lib/LoopbackFileServer.java <dir> <port>
 */
public class LoopbackFileServer {
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]).toAbsolutePath();
    HttpServer server =
        HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[1])), 16);
    server.createContext(
        "/",
        exchange -> {
          Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
          if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          exchange.getResponseHeaders().add("Content-Type", "text/csv");
          exchange.sendResponseHeaders(200, Files.size(file));
          try (InputStream in = Files.newInputStream(file);
              OutputStream out = exchange.getResponseBody()) {
            in.transferTo(out);
          }
        });
    server.start();
    System.out.println("serving " + root + " on http://127.0.0.1:" + args[1] + "/");
  }
}
