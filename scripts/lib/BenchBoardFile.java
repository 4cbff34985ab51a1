import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Streams a large board file in the Texas TDLR delimited format: N rows of invented licensees with
 * realistic names, places, dates and mess (quoted commas, suffixes, a few other professions, a few
 * impossible dates). Deterministic for a given N. Names follow a long tail, as real registries do:
 * a few common surnames and given names, and thousands of rarer ones.
 *
 * <p>Usage: java scripts/lib/BenchBoardFile.java <out.csv> [rows] [as-of yyyy-MM-dd]
 */
public class BenchBoardFile {
  static final String[] FIRST = {
    "JANICE",
    "HECTOR",
    "CLAYTON",
    "SIOBHAN",
    "ROSALBA",
    "MEI-LIN",
    "ELLIS",
    "LUZ",
    "CORINNE",
    "DELIA",
    "JOLIE",
    "CATALINA",
    "LUCIEN",
    "FINNEGAN",
    "KATRIN",
    "EUGENE",
    "NOEMI",
    "IGNACIO",
    "WREN",
    "ODILE",
    "BASHIR",
    "YUSUF",
    "INGRID",
    "PILAR",
    "TOBIAS",
    "ANSEL",
    "MARISOL",
    "KEZIAH",
    "ORLA",
    "THERESE",
    "RUBEN",
    "DARIUS",
    "LORETTA",
    "JOOST",
    "EMI"
  };
  static final String[] LAST = {
    "PRESCOTT",
    "ALVARADO",
    "JEFFERSON",
    "O'BRIEN",
    "ESPINOZA",
    "CHEN",
    "HOLCOMB",
    "NAVARRO",
    "WHITAKER",
    "FERNSBY",
    "ARCENEAUX",
    "NUNEZ",
    "BOUDREAUX",
    "O'CONNELL",
    "STRAND",
    "PRUITT",
    "QUIROGA",
    "VASQUEZ-LUND",
    "ADEBAYO",
    "LINDQVIST",
    "OKONKWO",
    "HAVERFORD",
    "DELACROIX",
    "MARSH",
    "PETRAKIS",
    "VILLANUEVA",
    "SORENSEN",
    "MACALLISTER"
  };
  static final String[] MORE_FIRST = {
    "ROBERT",
    "ELIZABETH",
    "KATHERINE",
    "WILLIAM",
    "MARGARET",
    "JOSEPH",
    "PATRICIA",
    "MICHAEL",
    "JENNIFER",
    "DAVID",
    "SUSAN",
    "THOMAS",
    "REBECCA",
    "CHRISTOPHER",
    "VICTORIA",
    "ANTHONY",
    "SAMANTHA",
    "DANIEL",
    "ALEXANDRA",
    "NICHOLAS",
    "OLIVIA",
    "BENJAMIN",
    "ISABEL",
    "JONATHAN",
    "GABRIELLE",
    "MATTHEW",
    "NATALIA",
    "ANDRES",
    "PRIYA",
    "ANIKA",
    "TOMAS",
    "SOFIA",
    "MATEO",
    "AMARA",
    "KWAME",
    "HANA",
    "LEILANI",
    "DMITRI",
    "ASTRID",
    "FARAH",
    "GIDEON",
    "BEATRIZ"
  };
  static final String[] ONSET = {
    "AN", "BER", "CAL", "DOR", "EL", "FITZ", "GAR", "HOL", "IN", "JEN", "KAR", "LOW", "MAR", "NOR",
    "OST", "PEL", "QUIN", "ROS", "STAN", "TOR", "UL", "VAN", "WEL", "YAR", "ZIM", "BRAD", "CRAN",
    "DUN", "FEN", "GRE"
  };
  static final String[] MIDDLE = {"", "A", "E", "I", "O", "ER", "EN", "AL", "IL", "OR"};
  static final String[] CODA = {
    "SON", "MAN", "BY", "WICK", "RIDGE", "STROM", "OVA", "ESCU", "SKI", "ELLI", "AND", "FORD", "ER",
    "INEN", "ADZE", "HOLT", "LEY", "TON", "BERG", "EZ"
  };
  static final String[][] PLACES = {
    {"AUSTIN", "78756"},
    {"SAN ANTONIO", "78207"},
    {"HOUSTON", "77098"},
    {"EL PASO", "79902"},
    {"PLANO", "75075"},
    {"MCALLEN", "78503"},
    {"LUBBOCK", "79401"},
    {"ODESSA", "79761"},
    {"TYLER", "75701"},
    {"WACO", "76701"}
  };
  static final String[] SUFFIX = {"JR", "SR", "II", "III"};

  /** A common surname a third of the time, otherwise one of 6,000 rarer ones. */
  static String lastName(Random random) {
    if (random.nextInt(3) == 0) {
      return LAST[random.nextInt(LAST.length)];
    }
    return ONSET[random.nextInt(ONSET.length)]
        + MIDDLE[random.nextInt(MIDDLE.length)]
        + CODA[random.nextInt(CODA.length)];
  }

  static String firstName(Random random) {
    return random.nextBoolean()
        ? FIRST[random.nextInt(FIRST.length)]
        : MORE_FIRST[random.nextInt(MORE_FIRST.length)];
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    LocalDate asOf = LocalDate.parse(args.length > 2 ? args[2] : "2026-07-01");
    DateTimeFormatter f = DateTimeFormatter.ofPattern("MMdduuuu");
    Random random = new Random(rows);
    try (BufferedWriter w =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
      w.write(
          "LICENSE TYPE,LICENSE NUMBER,BUSINESS COUNTY,BUSINESS NAME,BUSINESS ADDRESS-LINE1,BUSINESS ADDRESS-LINE2,"
              + "\"BUSINESS CITY, STATE ZIP\",BUSINESS TELEPHONE,LICENSE EXPIRATION DATE (MMDDCCYY),OWNER NAME,MAILING ADDRESS LINE1,"
              + "MAILING ADDRESS LINE2,\"MAILING ADDRESS CITY, STATE ZIP\",MAILING ADDRESS COUNTY,OWNER TELEPHONE,LICENSE SUBTYPE,"
              + "CONTINUING EDUCATION FLAG\n");
      StringBuilder line = new StringBuilder(256);
      for (int i = 0; i < rows; i++) {
        line.setLength(0);
        String[] place = PLACES[random.nextInt(PLACES.length)];
        String cityStateZip =
            random.nextBoolean()
                ? place[0] + " TX " + place[1]
                : "\"" + place[0] + ", TX " + place[1] + "\"";
        LocalDate expires = asOf.plusDays(random.nextInt(1460) - 400);
        String expiry =
            random.nextInt(10_000) == 0 ? "0230" + (asOf.getYear() + 1) : expires.format(f);
        String owner =
            lastName(random)
                + ", "
                + firstName(random)
                + (random.nextInt(3) == 0 ? " " + (char) ('A' + random.nextInt(26)) : "")
                + (random.nextInt(40) == 0 ? " " + SUFFIX[random.nextInt(SUFFIX.length)] : "");
        String phone = "512555" + String.format("%04d", random.nextInt(10_000));
        int kind = random.nextInt(100);
        String type =
            kind < 90
                ? "Massage Therapist"
                : kind < 95
                    ? "Massage Establishment"
                    : kind < 97 ? "Massage Therapy Instructor" : "Journeyman Electrician";
        String prefix = kind < 90 ? "MT" : kind < 95 ? "ME" : kind < 97 ? "MI" : "";
        String business =
            type.equals("Massage Establishment")
                ? "\"" + LAST[random.nextInt(LAST.length)] + " THERAPEUTICS, LLC\""
                : "";
        line.append(type)
            .append(',')
            .append(prefix)
            .append(String.format("%07d", i))
            .append(",TRAVIS,")
            .append(business)
            .append(',')
            .append(business.isEmpty() ? "" : (100 + i % 9000) + " MAIN ST")
            .append(",,")
            .append(business.isEmpty() ? "" : cityStateZip)
            .append(',')
            .append(business.isEmpty() ? "" : phone)
            .append(',')
            .append(expiry)
            .append(",\"")
            .append(owner)
            .append("\",")
            .append(100 + i % 9000)
            .append(" ELM ST,,")
            .append(cityStateZip)
            .append(",TRAVIS,")
            .append(phone)
            .append(",,Y\n");
        w.append(line);
      }
    }
  }
}
