import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Picks every Nth massage therapist of a bench board file and writes the requests scripts/bench-api
 * sends: license lookups, name searches, verifications, and a 10,000-row batch CSV.
 *
 * <p>Usage: java scripts/lib/BenchApiRequests.java <board.csv> <out-dir>
 */
public class BenchApiRequests {
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[1]);
    int taken = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        PrintWriter lookups = new PrintWriter(Files.newBufferedWriter(out.resolve("lookup.txt")));
        PrintWriter searches = new PrintWriter(Files.newBufferedWriter(out.resolve("search.txt")));
        PrintWriter verifications =
            new PrintWriter(Files.newBufferedWriter(out.resolve("verify.txt")));
        PrintWriter batch = new PrintWriter(Files.newBufferedWriter(out.resolve("batch.csv")))) {
      batch.print("name,state,licenseNumber,npi\r\n");
      in.readLine();
      int row = 0;
      for (String line = in.readLine(); line != null && taken < 10_000; line = in.readLine()) {
        if (!line.startsWith("Massage Therapist,") || row++ % 50 != 0) {
          continue;
        }
        String number = line.split(",", 3)[1];
        String ownerName = quotedOwner(line);
        String[] parts = ownerName.split(", ");
        String name = (parts.length > 1 ? parts[1].split(" ")[0] + " " : "") + parts[0];
        lookups.println("/api/v1/licenses/TX/" + number);
        searches.println(
            "/api/v1/practitioners?state=TX&name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8));
        verifications.println(
            "POST /api/v1/verifications {\"name\":\""
                + name
                + "\",\"state\":\"TX\",\"licenseNumber\":\""
                + number
                + "\"}");
        batch.print("\"" + name + "\",TX," + number + ",\r\n");
        taken++;
      }
    }
    System.out.println(taken + " therapists picked");
  }

  /** The OWNER NAME column: the quoted field after the expiry date. */
  private static String quotedOwner(String line) {
    int expiry = 0;
    for (int i = 0, commas = 0; i < line.length(); i++) {
      if (line.charAt(i) == '"') {
        i = line.indexOf('"', i + 1);
      } else if (line.charAt(i) == ',' && ++commas == 9) {
        expiry = i + 1;
        break;
      }
    }
    int start = line.indexOf('"', expiry);
    return line.substring(start + 1, line.indexOf('"', start + 1));
  }
}
