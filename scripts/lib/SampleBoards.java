import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes synthetic board files in each source's real format: a few thousand invented licensees with
 * the mess real files have (bad dates, sentinels, accents, suffixes inside last names, ZIP+4, lost
 * leading zeros, other professions, repeated rows, unknown status words). Nobody here is a real
 * person: names are random pairs from small pools, numbers are invented.
 *
 * <p>Usage: java scripts/lib/SampleBoards.java <out-dir> [as-of yyyy-MM-dd] [scale]
 */
public class SampleBoards {
  static final String[] FIRST = {
    "Marguerite",
    "Brigid",
    "Thérèse",
    "Rubén",
    "Darius",
    "Loretta",
    "Joost",
    "Emi",
    "Alasdair",
    "Santo",
    "Vernon",
    "Dolores",
    "Bridget",
    "Laszlo",
    "Ramon",
    "Araceli",
    "Anil",
    "Maeve",
    "Teodora",
    "Hanna",
    "Eleanor",
    "Dwayne",
    "Colleen",
    "Hélène",
    "Marcus",
    "Joanna",
    "Travis",
    "Pauline",
    "Simone",
    "Janice",
    "Hector",
    "Clayton",
    "Siobhan",
    "Rosalba",
    "Mei-Lin",
    "Ellis",
    "Luz",
    "Corinne",
    "Delia",
    "Jolie",
    "Catalina",
    "Lucien",
    "Finnegan",
    "Katrin",
    "Eugene",
    "Noemi",
    "Ignacio",
    "Wren",
    "Odile",
    "Bashir",
    "Yusuf",
    "Ingrid",
    "Pilar",
    "Tobias",
    "Ansel",
    "Marisol",
    "Keziah",
    "Orla"
  };
  static final String[] LAST = {
    "Ostrowski",
    "O'Donnell",
    "Lemaître",
    "Castellanos",
    "Whitcombe",
    "Hargreave",
    "Achterberg",
    "Yamaguchi",
    "Drummond-Pike",
    "Pellegrino",
    "Lockhart",
    "Marchetti",
    "Halloran",
    "Szabo",
    "Trujillo",
    "Ibáñez",
    "D'Souza",
    "Kinsella",
    "Wojcik",
    "Bergstrom",
    "Patterson",
    "Mitchell",
    "O'Shaughnessy",
    "Thibodeau",
    "Bellamy",
    "Lieberman",
    "Coleman",
    "Ashworth",
    "Dubois",
    "Prescott",
    "Alvarado",
    "Jefferson",
    "O'Brien",
    "Espinoza",
    "Chen",
    "Holcomb",
    "Navarro",
    "Whitaker",
    "Fernsby",
    "Arceneaux",
    "Núñez",
    "Boudreaux",
    "O'Connell",
    "Strand",
    "Pruitt",
    "Quiroga",
    "Vasquez-Lund",
    "Adebayo",
    "Lindqvist",
    "Okonkwo",
    "Haverford",
    "Delacroix",
    "Marsh",
    "Petrakis",
    "Villanueva",
    "Sørensen",
    "MacAllister"
  };
  static final String[] SUFFIX = {"Jr", "Sr", "II", "III", "IV"};
  static final String[] CITIES_WA = {
    "Spokane", "Tacoma", "Olympia", "Bellingham", "Yakima", "Seattle"
  };
  static final String[][] CITIES_CO = {
    {"Littleton", "80120"},
    {"Arvada", "80003"},
    {"Cañon City", "81212"},
    {"Golden", "80401"},
    {"Longmont", "80501"},
    {"Englewood", "80110"},
    {"Alamosa", "81101"}
  };
  static final String[][] CITIES_CT = {
    {"West Hartford", "06107"},
    {"Bristol", "06010"},
    {"New London", "06320"},
    {"Fairfield", "06824"},
    {"Groton", "06340"},
    {"Meriden", "06450"}
  };
  static final String[][] CITIES_TX = {
    {"AUSTIN", "78756"},
    {"SAN ANTONIO", "78207"},
    {"HOUSTON", "77098"},
    {"EL PASO", "79902"},
    {"PLANO", "75075"},
    {"MCALLEN", "78503"}
  };
  static final String[][] CITIES_FL = {
    {"CAPE CORAL", "33990"},
    {"DAYTONA BEACH", "32118"},
    {"PENSACOLA", "32501"},
    {"MELBOURNE", "32901"},
    {"NAPLES", "34103"},
    {"GAINESVILLE", "32601"}
  };

  final Random random = new Random(20260701L);
  final Path out;
  final LocalDate asOf;
  final int scale;
  final List<String[]> floridaLicensees = new ArrayList<>();

  SampleBoards(Path out, LocalDate asOf, int scale) {
    this.out = out;
    this.asOf = asOf;
    this.scale = scale;
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "config/samples");
    LocalDate asOf = LocalDate.parse(args.length > 1 ? args[1] : "2026-07-01");
    int scale = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    Files.createDirectories(out);
    SampleBoards boards = new SampleBoards(out, asOf, scale);
    boards.washington();
    boards.colorado();
    boards.connecticut();
    boards.texas();
    boards.florida();
    boards.nppes();
    boards.leie();
    boards.illinois();
    boards.ohio();
    boards.delaware();
    boards.alaska();
    boards.missouri();
    boards.michigan();
    Files.writeString(out.resolve("AS_OF"), asOf + "\n");
    System.out.println("wrote samples to " + out + " as of " + asOf);
  }

  String first() {
    return FIRST[random.nextInt(FIRST.length)];
  }

  String last() {
    return LAST[random.nextInt(LAST.length)];
  }

  String initial() {
    return random.nextInt(3) == 0 ? null : String.valueOf((char) ('A' + random.nextInt(26)));
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  LocalDate issued() {
    return asOf.minusDays(200 + random.nextInt(8000));
  }

  LocalDate expiry() {
    return chance(75)
        ? asOf.plusDays(30 + random.nextInt(700))
        : asOf.minusDays(10 + random.nextInt(1500));
  }

  static String json(String value) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') s.append('\\');
      s.append(c);
    }
    return s.append('"').toString();
  }

  static void field(StringBuilder row, String name, String value) {
    if (value == null) return;
    if (row.length() > 1) row.append(",\n    ");
    row.append(json(name)).append(": ").append(json(value));
  }

  void washington() throws IOException {
    // Since HELMS (2025-04-29) numbers read TYPE.PREFIX.DIGITS and status words are mixed case
    // (FORMATS.md section 11);
    // LMT is a stand-in for the unconfirmed massage type abbreviation. Some dates come as ISO
    // timestamps.
    DateTimeFormatter f = DateTimeFormatter.ofPattern("uuuuMMdd");
    DateTimeFormatter iso = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'00:00:00.000");
    String[] statuses = {
      "Active",
      "Active",
      "Active",
      "Active",
      "Active",
      "Expired",
      "Expired",
      "Inactive",
      "Retired",
      "Closed",
      "Suspended",
      "Revoked",
      "Pending",
      "Active With Conditions",
      "Summary Suspension",
      "Voluntary Surrender",
      "Expired – Active MSL",
      "Retired Active",
      "Superseded",
      "Unlicensed"
    };
    List<String> rows = new ArrayList<>();
    rows.add(
        washingtonRow(
            "LMT.MA.60000001",
            "Jane",
            "Q.",
            "Doe",
            "Massage Therapist License",
            "Active",
            asOf.minusYears(7),
            asOf.plusMonths(20),
            "No",
            f));
    // Licensed in Washington and Florida under one NPI (see nppes()): one practitioner, found as
    // "Bob Whitfield" too.
    rows.add(
        washingtonRow(
            "LMT.MA.60000002",
            "Robert",
            "J",
            "Whitfield",
            "Massage Therapist License",
            "Active",
            asOf.minusYears(4),
            asOf.plusMonths(14),
            "No",
            f));
    // Shares a name with an exclusion-list entry in Washington that has no NPI (see leie()): a
    // possible exclusion.
    rows.add(
        washingtonRow(
            "LMT.MA.60000003",
            "Darnell",
            null,
            "Okafor",
            "Massage Therapist License",
            "Active",
            asOf.minusYears(3),
            asOf.plusMonths(9),
            "No",
            f));
    for (int i = 0; i < 800 * scale; i++) {
      String digits = String.valueOf(60100000 + i * 37);
      String number = "LMT.MA." + digits;
      String status = pick(statuses);
      LocalDate expires =
          status.startsWith("Active")
              ? asOf.plusDays(20 + random.nextInt(700))
              : asOf.minusDays(30 + random.nextInt(1500));
      String lastName = last() + (chance(3) ? " " + pick(SUFFIX) : "");
      String type =
          chance(6)
              ? "Registered Nurse License"
              : chance(3) ? "Massage Therapist Intraoral Endorsement" : "Massage Therapist License";
      if (type.startsWith("Registered")) number = "RN.RN." + digits;
      if (type.endsWith("Endorsement")) number = "IME.ME." + digits;
      boolean disciplined =
          status.equals("Suspended")
              || status.equals("Revoked")
              || status.startsWith("Active With")
              || status.equals("Summary Suspension");
      String action = disciplined ? "Yes" : chance(3) ? "Pending" : chance(5) ? null : "No";
      String row =
          washingtonRow(
              number,
              first(),
              initial(),
              lastName,
              type,
              status,
              issued(),
              expires,
              action,
              chance(30) ? iso : f);
      if (chance(1)) row = row.replace(expires.format(f), expires.getYear() + "0231");
      rows.add(row);
    }
    write("us-wa-doh.json", "[\n" + String.join(",\n", rows) + "\n]\n", StandardCharsets.UTF_8);
  }

  String washingtonRow(
      String number,
      String first,
      String middle,
      String last,
      String type,
      String status,
      LocalDate issued,
      LocalDate expires,
      String action,
      DateTimeFormatter f) {
    StringBuilder row = new StringBuilder("{");
    field(row, "credentialnumber", number);
    field(row, "lastname", last);
    field(row, "firstname", first);
    field(row, "middlename", middle);
    field(row, "credentialtype", type);
    field(row, "status", status);
    field(row, "birthyear", String.valueOf(1950 + random.nextInt(50)));
    field(row, "firstissuedate", issued.format(f));
    field(row, "lastissuedate", expires.minusYears(2).format(f));
    field(row, "expirationdate", status.equalsIgnoreCase("Closed") ? null : expires.format(f));
    field(row, "actiontaken", action);
    return "  " + row.append("\n  }");
  }

  void colorado() throws IOException {
    String ts = "uuuu-MM-dd'T'00:00:00.000";
    DateTimeFormatter f = DateTimeFormatter.ofPattern(ts);
    // The status words and program actions seen in the real data (FORMATS.md section 11), plus one
    // no mapping knows.
    String[] statuses = {
      "Active",
      "Active",
      "Active",
      "Active",
      "Active - With Conditions",
      "Expired",
      "Inactive",
      "Revoked",
      "Surrendered",
      "Voluntary Surrender",
      "Suspended",
      "Summary Suspension",
      "Retired",
      "Beyond 6 Years Expired",
      "Active - Pending Renewal"
    };
    String[] actions = {
      "CLS Stipulation",
      "CLS Letter of Admonition",
      "Fine",
      "Probation",
      "CLS Revocation",
      "Formal Complaint-Charges with OAC",
      "ID Hearing Formal Complaint/Charges Filed with OAC"
    };
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 600 * scale; i++) {
      String type = chance(6) ? "PT" : chance(5) ? "MSMT" : "MT";
      String number = String.valueOf(20000 + i * 11);
      String status = pick(statuses);
      String[] city = pick(CITIES_CO);
      String first = first();
      String last = last();
      String middle = initial();
      String suffix = chance(3) ? pick(SUFFIX).toUpperCase() : null;
      LocalDate issued = issued();
      LocalDate expires =
          status.startsWith("Active")
              ? asOf.plusDays(30 + random.nextInt(500))
              : asOf.minusDays(30 + random.nextInt(1500));
      int cases =
          status.equals("Revoked") || status.startsWith("Active - W")
              ? 1 + random.nextInt(2)
              : chance(8) ? 1 : 0;
      for (int c = 0; c <= Math.max(0, cases - 1); c++) {
        StringBuilder row = new StringBuilder("{");
        field(row, "lastname", last);
        field(row, "firstname", first);
        field(row, "middlename", middle);
        field(row, "suffix", suffix);
        field(row, "city", city[0]);
        field(row, "state", "CO");
        field(
            row, "mailzipcode", city[1] + (chance(15) ? "-" + (1000 + random.nextInt(8999)) : ""));
        field(row, "licensetype", type);
        field(row, "licensenumber", number);
        field(row, "licensefirstissuedate", issued.format(f));
        field(
            row,
            "licenseexpirationdate",
            chance(1) ? expires.getYear() + "-11-31T00:00:00.000" : expires.format(f));
        field(row, "licensestatusdescription", status);
        if (cases > 0) {
          LocalDate effective = asOf.minusDays(100 + random.nextInt(2000));
          field(
              row,
              "casenumber",
              effective.getYear() + "-" + String.format("%06d", 1000 + i * 3 + c));
          field(
              row,
              "programaction",
              status.equals("Revoked")
                  ? "CLS Revocation"
                  : status.startsWith("Active - W") ? "Probation" : pick(actions));
          field(row, "disciplineeffectivedate", effective.format(f));
          if (chance(50)) field(row, "disciplinecompletedate", effective.plusDays(60).format(f));
        }
        rows.add(
            "  "
                + row.append(
                        ",\n    \"linktoverifylicense\": {\"url\": \"https://www.colorado.gov/dora/licensing/Lookup/PrintLicenseDetails.aspx?cred=")
                    .append(2000000 + i)
                    .append("&contact=")
                    .append(3000000 + i)
                    .append("\"}\n  }"));
      }
    }
    write("us-co-dora.json", "[\n" + String.join(",\n", rows) + "\n]\n", StandardCharsets.UTF_8);
  }

  void connecticut() throws IOException {
    DateTimeFormatter f = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'00:00:00.000");
    // The statuses seen live (FORMATS.md section 11), applications (APPROVED, QUALIFIED, EXPIRED
    // APPLICATION) among them.
    String[][] statuses = {
      {"ACTIVE", null},
      {"ACTIVE", "CURRENT"},
      {"ACTIVE", null},
      {"ACTIVE", "LICENSED"},
      {"INACTIVE", "FAILED TO RENEW"},
      {"INACTIVE", "LAPSED DUE TO NON-RENEWAL"},
      {"INACTIVE", null},
      {"REVOKED", null},
      {"SUSPENDED", null},
      {"SURRENDERED", null},
      {"ACTIVE IN RENEWAL", "IN RENEWAL"},
      {"LAPSED", null},
      {"RETIRED", "NOT ACTIVELY ENGAGING"},
      {"CLOSED", null},
      {"APPROVED", null},
      {"QUALIFIED", "NONE"},
      {"EXPIRED APPLICATION", null}
    };
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 500 * scale; i++) {
      String[] status = pick(statuses);
      boolean engineer = chance(6);
      String number = String.format("%06d", 1000 + i * 7);
      String[] city = pick(CITIES_CT);
      String name =
          (first()
                  + " "
                  + (chance(60) ? initial() + " " : "")
                  + last()
                  + (chance(3) ? " " + pick(SUFFIX) : ""))
              .replace(" null ", " ")
              .toUpperCase();
      LocalDate expires =
          status[0].equals("ACTIVE")
              ? asOf.plusDays(30 + random.nextInt(500))
              : asOf.minusDays(30 + random.nextInt(1500));
      StringBuilder row = new StringBuilder("{");
      field(row, "credentialid", String.valueOf(3000000 + i));
      field(row, "name", name);
      field(row, "type", "INDIVIDUAL");
      field(row, "fullcredentialcode", engineer ? "PEN.00" + number.substring(2) : "73." + number);
      field(row, "credentialtype", engineer ? "PEN" : "73");
      field(row, "credentialnumber", String.valueOf(Integer.parseInt(number)));
      field(row, "credential", engineer ? "PROFESSIONAL ENGINEER" : "Massage Therapist");
      field(row, "status", status[0]);
      field(row, "statusreason", status[1]);
      field(row, "active", status[0].equals("ACTIVE") ? "1" : "0");
      field(row, "issuedate", issued().format(f));
      field(
          row,
          "effectivedate",
          chance(5) ? "1800-12-27T00:00:00.000" : expires.minusYears(1).format(f));
      field(
          row,
          "expirationdate",
          chance(1) ? expires.getYear() + "-09-31T00:00:00.000" : expires.format(f));
      field(row, "address", (10 + random.nextInt(900)) + " Main St");
      field(row, "city", city[0]);
      field(row, "state", "CT");
      field(row, "zip", chance(20) ? city[1] + (1000 + random.nextInt(8999)) : city[1]);
      rows.add("  " + row.append("\n  }"));
    }
    write("us-ct-dcp.json", "[\n" + String.join(",\n", rows) + "\n]\n", StandardCharsets.UTF_8);
  }

  static String csv(String value) {
    if (value == null) return "";
    return value.contains(",") || value.contains("\"")
        ? "\"" + value.replace("\"", "\"\"") + "\""
        : value;
  }

  void texas() throws IOException {
    DateTimeFormatter f = DateTimeFormatter.ofPattern("MMdduuuu");
    StringBuilder file =
        new StringBuilder(
            "LICENSE TYPE,LICENSE NUMBER,BUSINESS COUNTY,BUSINESS NAME,BUSINESS ADDRESS-LINE1,"
                + "BUSINESS ADDRESS-LINE2,\"BUSINESS CITY, STATE ZIP\",BUSINESS TELEPHONE,LICENSE EXPIRATION DATE (MMDDCCYY),OWNER NAME,"
                + "MAILING ADDRESS LINE1,MAILING ADDRESS LINE2,\"MAILING ADDRESS CITY, STATE ZIP\",MAILING ADDRESS COUNTY,OWNER TELEPHONE,"
                + "LICENSE SUBTYPE,CONTINUING EDUCATION FLAG\n");
    for (int i = 0; i < 700 * scale; i++) {
      int kind = random.nextInt(20);
      String[] city = pick(CITIES_TX);
      String place = chance(50) ? city[0] + " TX " + city[1] : city[0] + ", TX " + city[1];
      // A few rows carry no expiry date at all: the board then gives nothing to derive a status
      // from.
      String expires =
          chance(1) ? "0230" + (asOf.getYear() + 1) : chance(1) ? "" : expiry().format(f);
      String owner =
          (last()
                  + ", "
                  + first()
                  + (chance(40) ? " " + initial() : "")
                  + (chance(3) ? " " + pick(SUFFIX) : ""))
              .replace(" null", "")
              .toUpperCase();
      String phone = "512555" + String.format("%04d", 100 + random.nextInt(99));
      if (kind < 15) {
        file.append(
                String.join(
                    ",",
                    "Massage Therapist",
                    "MT" + (100000 + i * 13),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    expires,
                    csv(owner),
                    (100 + i) + " ELM ST",
                    "",
                    csv(place),
                    "TRAVIS",
                    phone,
                    "",
                    "Y"))
            .append('\n');
      } else if (kind < 17) {
        String business = (last() + " Therapeutics, LLC").toUpperCase();
        file.append(
                String.join(
                    ",",
                    "Massage Establishment",
                    "ME" + String.format("%06d", 1000 + i),
                    "HARRIS",
                    csv(business),
                    "2400 WESTHEIMER RD",
                    "STE 110",
                    csv(place),
                    phone,
                    expires,
                    csv(owner),
                    "PO BOX 66120",
                    "",
                    csv(place),
                    "HARRIS",
                    phone,
                    "",
                    ""))
            .append('\n');
      } else if (kind < 18) {
        file.append(
                String.join(
                    ",",
                    "Massage School",
                    "MS" + String.format("%06d", 100 + i),
                    "NUECES",
                    (last() + " INSTITUTE OF MASSAGE").toUpperCase(),
                    "4402 S PADRE ISLAND DR",
                    "",
                    csv(place),
                    phone,
                    expires,
                    (last() + " INSTITUTE INC").toUpperCase(),
                    "4402 S PADRE ISLAND DR",
                    "",
                    csv(place),
                    "NUECES",
                    phone,
                    "",
                    ""))
            .append('\n');
      } else if (kind == 18 && chance(50)) {
        // TDLR's massage student permits (about 4,000 a year): never a license to practice. Type
        // text and MP prefix are stand-ins.
        file.append(
                String.join(
                    ",",
                    "Massage Therapy Student Permit",
                    "MP" + (200000 + i),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    expires,
                    csv(owner),
                    (100 + i) + " PECAN ST",
                    "",
                    csv(place),
                    "BASTROP",
                    phone,
                    "",
                    "N"))
            .append('\n');
      } else if (kind < 19) {
        file.append(
                String.join(
                    ",",
                    "Massage Therapy Instructor",
                    "MI" + String.format("%06d", 1000 + i),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    expires,
                    csv(owner),
                    "1650 N MESA ST",
                    "",
                    csv(place),
                    "EL PASO",
                    phone,
                    "",
                    "Y"))
            .append('\n');
      } else {
        file.append(
                String.join(
                    ",",
                    "Journeyman Electrician",
                    String.valueOf(200000 + i),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    expires,
                    csv(owner),
                    "88 INDUSTRIAL BLVD",
                    "",
                    csv(place),
                    "MIDLAND",
                    phone,
                    "",
                    "N"))
            .append('\n');
      }
    }
    write("us-tx-tdlr.csv", file.toString(), StandardCharsets.UTF_8);
  }

  void florida() throws IOException {
    DateTimeFormatter f = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    StringBuilder file =
        new StringBuilder(
            "pro_cde|Profession-Name|lic_id|Expire-Date|Original-Date|Rank-Code|License-Number|"
                + "Status-Effective-Date|Board-Action-Indicator|License-Status-Description|Last-Name|First-Name|Middle-Name|Name-Suffix|"
                + "Business-Name|License-Active-Status-Description|County|County-Description|Mailing-Address-Line1|Mailing-Address-line2|"
                + "Mailing-Address-line3|Mailing-Address-City|Mailing-Address-State|Mailing-Address-ZIPcode|Mailing-Address-Area-Code|"
                + "Mailing-Address-Phone-Number|Mailing-Address-Phone-Extension|Practice-Location-Address-Line1|"
                + "Practice-Location-Address-line2|Practice-Location-Address-line3|Practice-Location-Address-City|"
                + "Practice-Location-Address-State|Practice-Location-Address-ZIPcode|Email|Mod-Cdes|Prescribe-Ind|Dispensing-Ind|"
                + "Birth-Year-Range|Other-License \r\n");
    String[][] statuses = {
      {"Clear", "Active"},
      {"Clear", "Active"},
      {"Clear", "Active"},
      {"Clear", "Active"},
      {"Probation", "Active"},
      {"Revoked", "Inactive"},
      {"Clear", "Delinquent Active"},
      {"Clear", "Inactive"},
      {"Suspended", "Active"},
      {"Clear", "Retired"},
      {"Clear", "Null and Void"}
    };
    for (int i = 0; i < 700 * scale; i++) {
      String[] status = pick(statuses);
      String[] city = pick(CITIES_FL);
      boolean osteopath = chance(5);
      boolean establishment = !osteopath && chance(10);
      String rank = osteopath ? "OS" : establishment ? "MM" : "MA";
      String number = String.valueOf((establishment ? 40000 : 50000) + i * 7);
      String discipline = status[0].equals("Clear") ? "N" : "Y";
      String first = establishment ? "" : first().toUpperCase();
      String last = establishment ? "" : last().toUpperCase();
      String business = establishment ? (last() + " MASSAGE STUDIO, LLC").toUpperCase() : "";
      String expiry = chance(1) ? "11/31/" + (asOf.getYear() + 1) : expiry().format(f);
      // pro_cde 1401 is Massage Therapist [confirmed]; 1402 for establishments is likely, not
      // confirmed.
      String[] cells = {
        osteopath ? "1901" : establishment ? "1402" : "1401",
        osteopath
            ? "Osteopathic Physician"
            : establishment ? "Massage Establishment" : "Massage Therapist",
        String.valueOf(8800000 + i),
        expiry,
        issued().format(f),
        rank,
        number,
        asOf.minusDays(random.nextInt(900)).format(f),
        discipline,
        status[0],
        last,
        first,
        establishment ? "" : nullToEmpty(initial()),
        !establishment && chance(3) ? "JR" : "",
        business,
        status[1],
        "36",
        "Lee",
        (100 + i) + " MAIN ST",
        "",
        "",
        city[0],
        "FL",
        city[1] + "1234",
        "239",
        "5550117",
        "",
        chance(60) ? (100 + i) + " PRACTICE WAY" : "",
        "",
        "",
        chance(60) ? city[0] : "",
        chance(60) ? "FL" : "",
        chance(60) ? city[1] : "",
        "someone" + i + "@example.com",
        "",
        "",
        "",
        "30 - 40",
        ""
      };
      file.append(String.join("|", cells)).append("|\r\n");
      if (!osteopath)
        floridaLicensees.add(
            new String[] {rank, number, last, first, business, discipline, city[0], city[1]});
    }
    String[] whitfield = {
      "1401",
      "Massage Therapist",
      "8899999",
      asOf.plusMonths(26).format(f),
      asOf.minusYears(9).format(f),
      "MA",
      "49993",
      asOf.minusYears(1).format(f),
      "N",
      "Clear",
      "WHITFIELD",
      "ROBERT",
      "J",
      "",
      "",
      "Active",
      "36",
      "Lee",
      "1 MAIN ST",
      "",
      "",
      "NAPLES",
      "FL",
      "341031234",
      "239",
      "5550117",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "rwhitfield@example.com",
      "",
      "",
      "",
      "30 - 40",
      ""
    };
    file.append(String.join("|", whitfield)).append("|\r\n");
    write("us-fl-mqa.txt", file.toString(), StandardCharsets.ISO_8859_1);
    StringBuilder complaints =
        new StringBuilder(
            "Respondent Name|License Number|Profession|Addr Line 1|Addr Line 2|City|State|Zip|"
                + "Case Number|Case Activity Type|Case Activity Date|\r\n");
    int caseNumber = 10000;
    for (String[] licensee : floridaLicensees) {
      if (!(licensee[5].equals("Y") || chance(4))) continue;
      String respondent = licensee[4].isEmpty() ? licensee[2] + ", " + licensee[3] : licensee[4];
      String profession = licensee[0].equals("MM") ? "Massage Establishment" : "Massage Therapist";
      String caseId = asOf.getYear() - 2 + "-" + caseNumber++;
      LocalDate filed = asOf.minusDays(300 + random.nextInt(600));
      complaints
          .append(
              String.join(
                  "|",
                  respondent,
                  licensee[1],
                  profession,
                  "1 MAIN ST",
                  "",
                  licensee[6],
                  "FL",
                  licensee[7],
                  caseId,
                  "AC Filed",
                  filed.format(f)))
          .append("|\r\n");
      if (licensee[5].equals("Y")) {
        complaints
            .append(
                String.join(
                    "|",
                    respondent,
                    licensee[1],
                    profession,
                    "1 MAIN ST",
                    "",
                    licensee[6],
                    "FL",
                    licensee[7],
                    caseId,
                    "Final Order Filed",
                    filed.plusDays(200).format(f)))
            .append("|\r\n");
      }
    }
    write("us-fl-mqa-complaints.txt", complaints.toString(), StandardCharsets.ISO_8859_1);
  }

  static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  void nppes() throws IOException {
    List<String> results = new ArrayList<>();
    int n = 0;
    for (String[] licensee : floridaLicensees) {
      if (licensee[0].equals("MM") || !chance(15)) continue;
      String npi = npi(100000000 + n++ * 7919);
      results.add(
          "    {\"number\": \""
              + npi
              + "\", \"enumeration_type\": \"NPI-1\", \"basic\": {\"first_name\": "
              + json(licensee[3])
              + ", \"last_name\": "
              + json(licensee[2])
              + ", \"name_prefix\": \"--\", \"name_suffix\": \"--\", \"credential\": \"LMT\", "
              + "\"enumeration_date\": \"2015-05-28\", \"status\": \"A\"}, \"addresses\": [{\"address_purpose\": \"LOCATION\", "
              + "\"city\": "
              + json(licensee[6])
              + ", \"state\": \"FL\", \"postal_code\": \""
              + licensee[7]
              + "3112\", "
              + "\"telephone_number\": \"239-555-0117\"}], \"taxonomies\": [{\"code\": \"225700000X\", \"desc\": \"Massage Therapist\", "
              + "\"state\": \"FL\", \"license\": \""
              + licensee[0]
              + " "
              + licensee[1]
              + "\", \"primary\": true}], \"other_names\": []}");
    }
    results.add(
        "    {\"number\": \""
            + npi(123456789)
            + "\", \"enumeration_type\": \"NPI-1\", \"basic\": {\"first_name\": "
            + "\"ROBERT\", \"last_name\": \"WHITFIELD\", \"middle_name\": \"J\", \"name_prefix\": \"--\", \"name_suffix\": \"--\", "
            + "\"credential\": \"LMT\", \"enumeration_date\": \"2016-03-14\", \"status\": \"A\"}, \"addresses\": [{\"address_purpose\": "
            + "\"LOCATION\", \"city\": \"NAPLES\", \"state\": \"FL\", \"postal_code\": \"341031234\"}], \"taxonomies\": ["
            + "{\"code\": \"225700000X\", \"desc\": \"Massage Therapist\", \"state\": \"FL\", \"license\": \"MA49993\", \"primary\": true}, "
            + "{\"code\": \"225700000X\", \"desc\": \"Massage Therapist\", \"state\": \"WA\", \"license\": \"MA60000002\", \"primary\": false}], "
            + "\"other_names\": []}");
    write(
        "us-npi-nppes.json",
        "{\n  \"result_count\": "
            + results.size()
            + ",\n  \"results\": [\n"
            + String.join(",\n", results)
            + "\n  ]\n}\n",
        StandardCharsets.UTF_8);
  }

  /** A ten-digit NPI with a valid check digit for the nine-digit base. */
  static String npi(int base) {
    String digits = String.valueOf(base);
    int sum = 24;
    for (int i = 0; i < 9; i++) {
      int d = digits.charAt(8 - i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    return digits + (10 - sum % 10) % 10;
  }

  void leie() throws IOException {
    DateTimeFormatter f = DateTimeFormatter.ofPattern("uuuuMMdd");
    String[] types = {"1128b4", "1128a1", "1128a2", "1128b7", "1128b14", "1128a3"};
    String[] states = {"FL", "TX", "WA", "CO", "CT", "NY", "CA", "GA"};
    StringBuilder file =
        new StringBuilder(
            "\"LASTNAME\",\"FIRSTNAME\",\"MIDNAME\",\"BUSNAME\",\"GENERAL\",\"SPECIALTY\",\"UPIN\",\"NPI\","
                + "\"DOB\",\"ADDRESS\",\"CITY\",\"STATE\",\"ZIP\",\"EXCLTYPE\",\"EXCLDATE\",\"REINDATE\",\"WAIVERDATE\",\"WVRSTATE\"\r\n");
    for (int i = 0; i < 300 * scale; i++) {
      boolean business = chance(10);
      String excluded = asOf.minusDays(30 + random.nextInt(3000)).format(f);
      String[] cells = {
        business ? "" : last().toUpperCase(),
        business ? "" : first().toUpperCase(),
        business ? "" : nullToEmpty(initial()),
        business ? (last() + " THERAPEUTIC MASSAGE, INC").toUpperCase() : "",
        business ? "OTHER BUSINESS" : "IND- LIC HC SERV PRO",
        chance(70) ? "MASSAGE THERAPIST" : "NURSE/NURSES AIDE",
        "",
        chance(20) ? npi(300000000 + i * 31) : "0000000000",
        business ? "" : "19" + (50 + random.nextInt(49)) + "0415",
        (100 + i) + " MAIN ST, STE 2",
        "SOMEWHERE",
        pick(states),
        String.format("%05d", 1000 + random.nextInt(98000)),
        pick(types),
        chance(1) ? asOf.getYear() + "0631" : excluded,
        "00000000",
        "00000000",
        ""
      };
      StringBuilder row = new StringBuilder();
      for (String cell : cells) {
        if (row.length() > 0) row.append(',');
        row.append('"').append(cell.replace("\"", "\"\"")).append('"');
      }
      file.append(row).append("\r\n");
    }
    file.append(
        "\"OKAFOR\",\"DARNELL\",\"\",\"\",\"IND- LIC HC SERV PRO\",\"MASSAGE THERAPIST\",\"\",\"0000000000\",\"\","
            + "\"\",\"TACOMA\",\"WA\",\"98402\",\"1128b4\",\""
            + asOf.minusYears(2).format(f)
            + "\",\"00000000\",\"00000000\",\"\"\r\n");
    write("us-oig-leie.csv", file.toString(), StandardCharsets.UTF_8);
  }

  void illinois() throws IOException {
    // Socrata pzzh-kp68: every profession in one dataset; massage rows are known by `description`.
    // Dates are text MM/DD/YYYY; discipline sits on the row (FORMATS.md section 12).
    DateTimeFormatter f = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    String[][] statuses = {
      {"ACTIVE", null},
      {"ACTIVE", null},
      {"ACTIVE", null},
      {"ACTIVE", null},
      {"NOT RENEWED", null},
      {"EXPIRED", null},
      {"INACTIVE", null},
      {"PROBATION", "PROBATION"},
      {"SUSPENDED", "INDEFINITE SUSPENSION"},
      {"REVOKED", "REVOKED"}
    };
    String[] reasons = {
      "UNPROFESSIONAL CONDUCT",
      "PRACTICING ON A NON-RENEWED LICENSE",
      "FAILURE TO COMPLETE CONTINUING EDUCATION",
      "SEXUAL MISCONDUCT WITH A CLIENT"
    };
    String[] cities = {"CHICAGO", "EVANSTON", "NAPERVILLE", "AURORA", "ROCKFORD", "PEORIA"};
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 500 * scale; i++) {
      boolean massage = !chance(8);
      String[] status = pick(statuses);
      LocalDate issued = issued();
      LocalDate expires =
          status[0].equals("ACTIVE") || status[0].equals("PROBATION")
              ? asOf.plusDays(30 + random.nextInt(500))
              : asOf.minusDays(30 + random.nextInt(1500));
      StringBuilder row = new StringBuilder("{");
      field(row, "license_type", massage ? "MASSAGE THERAPY" : "NAIL TECHNOLOGY");
      field(
          row, "description", massage ? "LICENSED MASSAGE THERAPIST" : "LICENSED NAIL TECHNICIAN");
      field(row, "license_number", (massage ? "227" : "193") + String.format("%06d", 100 + i * 7));
      field(row, "license_status", status[0]);
      field(row, "business", "N");
      field(row, "first_name", first().toUpperCase());
      field(row, "middle", initial());
      field(row, "last_name", last().toUpperCase());
      field(row, "suffix", chance(3) ? pick(SUFFIX).toUpperCase() : null);
      // One date in a hundred is a day no calendar has, as in real extracts.
      field(row, "original_issue_date", chance(1) ? "02/30/" + issued.getYear() : issued.format(f));
      field(row, "effective_date", asOf.minusDays(random.nextInt(300)).format(f));
      field(row, "expiration_date", expires.format(f));
      field(row, "city", pick(cities));
      field(row, "state", "IL");
      field(row, "ever_disciplined", status[1] != null || chance(3) ? "Y" : "N");
      if (status[1] != null) {
        field(row, "discipline_start_date", asOf.minusDays(60 + random.nextInt(900)).format(f));
        field(row, "action", status[1]);
        field(row, "discipline_reason", pick(reasons));
      }
      rows.add("  " + row.append("\n  }"));
    }
    write("us-il-idfpr.json", "[\n" + String.join(",\n", rows) + "\n]\n", StandardCharsets.UTF_8);
  }

  void ohio() throws IOException {
    // The eLicense "Licensure – Individual" CSV export: every board's licensees, LICENSEE_NAME as
    // LAST, FIRST MIDDLE (a suffix after the last name), status refined by SUB_STATUS.
    DateTimeFormatter f = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    String[][] statuses = {
      {"Active", ""},
      {"Active", ""},
      {"Active", ""},
      {"Active", ""},
      {"Active", "Probation"},
      {"Expired", ""},
      {"Inactive", ""},
      {"Suspended", ""},
      {"Revoked", ""},
      {"Surrendered", ""}
    };
    String[][] cities = {
      {"Columbus", "Franklin", "43215"},
      {"Cleveland", "Cuyahoga", "44113"},
      {"Cincinnati", "Hamilton", "45202"},
      {"Toledo", "Lucas", "43604"},
      {"Dayton", "Montgomery", "45402"}
    };
    StringBuilder file =
        new StringBuilder(
            "LICENSEE_NAME,BOARD,LICENSE_NUMBER,TYPE,STATUS,SUB_STATUS,SUB_CATEGORY,BOARD_ACTION,"
                + "PARCEL_CITY,PARCEL_STATE,PARCEL_COUNTY,PARCEL_ZIP_CODE,PARCEL_COUNTRY,"
                + "COMPACT_ELIGIBILITY,ISSUE_DATE,EFFECTIVE_DATE,EXPIRATION_DATE,ENDORSEMENT_TYPE,"
                + "ENDORSEMENT_STATUS,MED_SCHOOL_NAME,MED_GRADUATION_YEAR,"
                + "NATIONAL_CERTIFICATION_NAME,NATIONAL_CERTIFICATION_EXPIRATION\n");
    for (int i = 0; i < 500 * scale; i++) {
      boolean massage = !chance(10);
      String[] status = pick(statuses);
      String[] city = pick(cities);
      LocalDate issued = issued();
      LocalDate expires =
          status[0].equals("Active")
              ? asOf.plusDays(30 + random.nextInt(600))
              : asOf.minusDays(30 + random.nextInt(1500));
      String suffix = chance(3) ? " " + pick(SUFFIX).toUpperCase() : "";
      String name =
          (last() + suffix + ", " + first() + (chance(40) ? " " + initial() : ""))
              .replace(" null", "")
              .toUpperCase();
      String action =
          status[0].equals("Revoked") || status[0].equals("Suspended") || !status[1].isEmpty()
              ? "Yes"
              : "No";
      file.append(
              String.join(
                  ",",
                  csv(name),
                  "State Medical Board of Ohio",
                  massage ? "33." + String.format("%06d", 10000 + i * 9) : "35." + (140000 + i),
                  massage ? "Massage Therapist" : "Medical Doctor",
                  status[0],
                  status[1],
                  "",
                  action,
                  city[0],
                  "OH",
                  city[1],
                  city[2] + (chance(10) ? "-" + (1000 + random.nextInt(8999)) : ""),
                  "USA",
                  chance(20) ? "Y" : "N",
                  chance(1) ? "02/30/" + issued.getYear() : issued.format(f),
                  asOf.minusDays(random.nextInt(400)).format(f),
                  expires.format(f),
                  "",
                  "",
                  massage ? "" : "Ohio State University College of Medicine",
                  massage ? "" : String.valueOf(issued.getYear() - 1),
                  "",
                  ""))
          .append("\r\n");
    }
    write("us-oh-smb.csv", file.toString(), StandardCharsets.UTF_8);
  }

  void delaware() throws IOException {
    // Two Socrata datasets: the licenses (pjnv-eaih, every DPR profession, floating timestamps)
    // and the register of board actions (dz6p-akeq), joined by license number. Facilities put
    // their whole name in last_name (FORMATS.md section 12).
    DateTimeFormatter f = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'00:00:00.000");
    String[] statuses = {
      "Active",
      "Active",
      "Active",
      "Active",
      "Active",
      "Expired",
      "Delinquent",
      "Inactive",
      "Probation",
      "Suspended",
      "Revoked",
      "Closed"
    };
    String[][] types = {
      {"Massage Therapist", "MT"},
      {"Massage Therapist", "MT"},
      {"Massage Therapist", "MT"},
      {"Certified Massage Technician", "CM"},
      {"Massage Establishment", "ME"}
    };
    String[] cities = {"Wilmington", "Dover", "Newark", "Middletown", "Lewes", "Rehoboth Beach"};
    String[] actionsFor = {"Letter of Reprimand", "Probation", "Fine", "Remedial Education"};
    List<String> licenses = new ArrayList<>();
    List<String> actions = new ArrayList<>();
    for (int i = 0; i < 300 * scale; i++) {
      boolean massage = !chance(10);
      String[] type = massage ? pick(types) : new String[] {"Registered Nurse", "L1"};
      String status = pick(statuses);
      boolean place = type[1].equals("ME");
      String first = place ? null : first();
      String last = place ? last() + " Massage & Wellness LLC" : last();
      String number = type[1] + "-" + String.format("%07d", 1000 + i * 13);
      LocalDate issued = issued();
      boolean current = status.equals("Active") || status.equals("Probation");
      LocalDate expires =
          current
              ? asOf.plusDays(30 + random.nextInt(700))
              : asOf.minusDays(30 + random.nextInt(1500));
      StringBuilder row = new StringBuilder("{");
      field(row, "last_name", last);
      field(row, "first_name", first);
      field(row, "combined_name", first == null ? last : first + " " + last);
      field(row, "license_no", number);
      field(row, "profession_id", massage ? "Massage & Bodywork" : "Nursing");
      field(row, "license_type", type[0]);
      field(row, "city", pick(cities));
      field(row, "state", "DE");
      field(row, "zip_code", "19" + String.format("%03d", random.nextInt(1000)));
      field(row, "country", "US");
      // One date in a hundred is a day no calendar has, as in real extracts.
      field(
          row,
          "issue_date",
          chance(1) ? issued.getYear() + "-02-30T00:00:00.000" : issued.format(f));
      field(row, "expiration_date", expires.format(f));
      // Always N in the real dataset, revoked licenses included: never read.
      field(row, "disciplinary_action", "N");
      field(row, "license_status", status);
      licenses.add(" " + row.append("\n }"));
      boolean acted =
          status.equals("Probation")
              || status.equals("Suspended")
              || status.equals("Revoked")
              || chance(4);
      if (acted) {
        String kind =
            switch (status) {
              case "Probation" -> "Probation";
              case "Suspended" -> "Suspension";
              case "Revoked" -> "Revocation";
              default -> pick(actionsFor);
            };
        StringBuilder action = new StringBuilder("{");
        field(action, "last_name", last);
        field(action, "first_name", first);
        field(action, "license_id_l", number);
        field(action, "profession_id", massage ? "Massage & Bodywork" : "Nursing");
        field(action, "license_type", type[0]);
        field(action, "item_text", kind);
        field(action, "disp_start", asOf.minusDays(60 + random.nextInt(1500)).format(f));
        actions.add(" " + action.append("\n }"));
      }
    }
    write("us-de-dpr.json", "[\n" + String.join(",\n", licenses) + "\n]\n", StandardCharsets.UTF_8);
    write(
        "us-de-dpr-actions.json",
        "[\n" + String.join(",\n", actions) + "\n]\n",
        StandardCharsets.UTF_8);
  }

  void alaska() throws IOException {
    // The weekly "Professional License Download": every profession, active licenses only, Owners
    // as "Last, First M", saved as UTF-8 with a byte-order mark. ADDRESS1/ADDRESS2 hold street
    // addresses that Touchstone never reads.
    DateTimeFormatter f = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    String[] cities = {"Anchorage", "Fairbanks", "Juneau", "Wasilla", "Sitka", "Kenai"};
    StringBuilder file =
        new StringBuilder(
            "\uFEFFLicenseNum,Owners,DBA,Program,ProfType,Status,DateIssued,DateEffective,"
                + "DateExpired,ADDRESS1,ADDRESS2,CITY,STATE,ZIP\r\n");
    for (int i = 0; i < 200 * scale; i++) {
      boolean massage = !chance(15);
      LocalDate issued = issued();
      String owner =
          last()
              + (chance(3) ? " " + pick(SUFFIX) : "")
              + ", "
              + first()
              + (chance(40) ? " " + initial() : "");
      file.append(
              String.join(
                  ",",
                  massage ? "MAS" + (1000 + i * 11) : "NUR" + (100000 + i),
                  csv(owner.replace(" null", "")),
                  chance(10) ? csv(last() + " Massage") : "",
                  massage ? "Massage Therapy" : "Nursing",
                  massage ? "Massage Therapist" : "Registered Nurse",
                  "Active",
                  chance(1) ? "11/31/" + issued.getYear() : issued.format(f),
                  asOf.minusDays(random.nextInt(600)).format(f),
                  asOf.plusDays(30 + random.nextInt(700)).format(f),
                  csv((100 + random.nextInt(9000)) + " " + last() + " St"),
                  chance(20) ? csv("Apt " + (1 + random.nextInt(40))) : "",
                  pick(cities),
                  "AK",
                  "99" + (500 + random.nextInt(450))))
          .append("\r\n");
    }
    write("us-ak-cbpl.csv", file.toString(), StandardCharsets.UTF_8);
  }

  void missouri() throws IOException {
    // MOPRO's "Massage Therapists" download: a ZIP holding a tab-delimited TXT, unquoted, whose
    // business address lines (ba_address, ba_2address) Touchstone never reads.
    DateTimeFormatter f = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    String[][] statuses = {
      {"ACTIVE", "N"},
      {"ACTIVE", "N"},
      {"ACTIVE", "N"},
      {"ACTIVE", "N"},
      {"ACTIVE", "N"},
      {"PROBATION", "Y"},
      {"EXPIRED", "N"},
      {"INACTIVE", "N"},
      {"SUSPENDED", "Y"},
      {"REVOKED", "Y"}
    };
    String[][] cities = {
      {"KANSAS CITY", "JACKSON", "64111"},
      {"ST. LOUIS", "ST. LOUIS CITY", "63101"},
      {"SPRINGFIELD", "GREENE", "65806"},
      {"COLUMBIA", "BOONE", "65201"},
      {"JOPLIN", "JASPER", "64801"}
    };
    StringBuilder file =
        new StringBuilder(
            String.join(
                    "\t",
                    "prc_first_name",
                    "prc_middle_name",
                    "prc_last_name",
                    "prc_suffix",
                    "ba_address",
                    "ba_2address",
                    "ba_city",
                    "ba_state",
                    "ba_zip",
                    "ba_cnty",
                    "ba_cntry",
                    "lic_profession",
                    "lic_number",
                    "lst_description",
                    "lic_orig_issue_date",
                    "lic_exp_date",
                    "discipline",
                    "les_description",
                    "prc_dba_name")
                + "\r\n");
    for (int i = 0; i < 300 * scale; i++) {
      String[] status = pick(statuses);
      String[] city = pick(cities);
      LocalDate issued = issued();
      boolean current = status[0].equals("ACTIVE") || status[0].equals("PROBATION");
      LocalDate expires =
          current
              ? asOf.plusDays(30 + random.nextInt(600))
              : asOf.minusDays(30 + random.nextInt(1500));
      String middle = initial();
      file.append(
              String.join(
                  "\t",
                  first().toUpperCase(),
                  middle == null ? "" : middle,
                  last().toUpperCase(),
                  chance(3) ? pick(SUFFIX).toUpperCase() : "",
                  (100 + random.nextInt(9000)) + " " + last().toUpperCase() + " ST",
                  chance(20) ? "SUITE " + (100 + random.nextInt(400)) : "",
                  city[0],
                  "MO",
                  city[2] + (chance(10) ? "-" + (1000 + random.nextInt(8999)) : ""),
                  city[1],
                  "USA",
                  "MASSAGE THERAPIST",
                  String.valueOf(issued.getYear()) + String.format("%06d", 1000 + i * 7),
                  status[0],
                  chance(1) ? "09/31/" + issued.getYear() : issued.format(f),
                  expires.format(f),
                  status[1],
                  expires.isBefore(asOf) ? "EXPIRED" : "NOT EXPIRED",
                  chance(10) ? last().toUpperCase() + " MASSAGE" : ""))
          .append("\r\n");
    }
    try (java.util.zip.ZipOutputStream zip =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(out.resolve("us-mo-pr.zip")))) {
      // Fixed entry times, so the same seed writes the same bytes.
      java.time.LocalDateTime time = asOf.atStartOfDay();
      java.util.zip.ZipEntry note = new java.util.zip.ZipEntry("ReadMe.txt");
      note.setTimeLocal(time);
      zip.putNextEntry(note);
      zip.write("Tab-delimited; one line per license.\r\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      java.util.zip.ZipEntry list = new java.util.zip.ZipEntry("MASSAGE THERAPISTS.txt");
      list.setTimeLocal(time);
      zip.putNextEntry(list);
      zip.write(file.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  void michigan() throws IOException {
    // LARA's monthly "M-O" list as a real XLSX workbook (written part by part: this script has no
    // libraries): a title line above the header, shared strings, real date cells, numeric license
    // numbers, other professions, and a home street and a personal e-mail column never read.
    String[] header = {
      "Last Name",
      "First Name",
      "Middle Name",
      "Suffix",
      "Facility Name",
      "Profession",
      "Type",
      "License No.",
      "Status",
      "Issue Date",
      "Expiration",
      "Specialities",
      "Addr Line 1",
      "Addr City",
      "County",
      "State",
      "Email"
    };
    String[] statuses = {
      "Active",
      "Active",
      "Active",
      "Active",
      "Active",
      "Active",
      "Active - In Late Renewal",
      "Limited",
      "Disciplinary Limited",
      "Suspended"
    };
    String[][] cities = {
      {"Detroit", "Wayne"},
      {"Grand Rapids", "Kent"},
      {"Lansing", "Ingham"},
      {"Ann Arbor", "Washtenaw"},
      {"Traverse City", "Grand Traverse"}
    };
    List<String> strings = new ArrayList<>();
    Map<String, Integer> stringIndex = new HashMap<>();
    java.util.function.Function<String, String> shared =
        text -> {
          Integer at = stringIndex.get(text);
          if (at == null) {
            at = strings.size();
            strings.add(text);
            stringIndex.put(text, at);
          }
          return "<c t=\"s\"><v>" + at + "</v></c>";
        };
    LocalDate epoch = LocalDate.of(1899, 12, 30);
    java.util.function.Function<LocalDate, String> dateCell =
        day ->
            "<c s=\"1\"><v>" + java.time.temporal.ChronoUnit.DAYS.between(epoch, day) + "</v></c>";
    StringBuilder rows = new StringBuilder();
    rows.append("<row>").append(shared.apply("BPL license list: professions M-O")).append("</row>");
    rows.append("<row>");
    for (String title : header) {
      rows.append(shared.apply(title));
    }
    rows.append("</row>");
    for (int i = 0; i < 300 * scale; i++) {
      boolean massage = !chance(30);
      String[] city = pick(cities);
      LocalDate issued = issued();
      String middle = initial();
      String first = first();
      rows.append("<row>")
          .append(shared.apply(last()))
          .append(shared.apply(first))
          .append(middle == null ? "<c/>" : shared.apply(middle))
          .append(chance(3) ? shared.apply(pick(SUFFIX)) : "<c/>")
          .append("<c/>")
          .append(shared.apply(massage ? "Massage Therapist" : "Nurse - Registered"))
          .append(shared.apply("License"))
          .append("<c><v>" + (massage ? 7501000000L + 1000 + i * 17 : 4704100000L + i) + "</v></c>")
          .append(shared.apply(pick(statuses)))
          // One date in a hundred is text for a day no calendar has, as in real extracts.
          .append(chance(1) ? shared.apply("02/30/" + issued.getYear()) : dateCell.apply(issued))
          .append(dateCell.apply(asOf.plusDays(30 + random.nextInt(700))))
          .append("<c/>")
          .append(shared.apply((100 + random.nextInt(9000)) + " " + last() + " St"))
          .append(shared.apply(city[0]))
          .append(shared.apply(city[1]))
          .append(shared.apply("MI"))
          .append(shared.apply(first.toLowerCase() + i + "@example.net"))
          .append("</row>");
    }
    StringBuilder sst =
        new StringBuilder(
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
                + strings.size()
                + "\" uniqueCount=\""
                + strings.size()
                + "\">");
    for (String text : strings) {
      sst.append("<si><t>").append(xml(text)).append("</t></si>");
    }
    sst.append("</sst>");
    String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    Map<String, String> parts = new java.util.LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "</Types>");
    parts.put(
        "_rels/.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\""
            + rel
            + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
    parts.put(
        "xl/workbook.xml",
        "<workbook xmlns=\""
            + main
            + "\" xmlns:r=\""
            + rel
            + "\"><sheets>"
            + "<sheet name=\"Licensees\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.put(
        "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\""
            + rel
            + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\""
            + rel
            + "/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\""
            + rel
            + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>");
    // Style 1 is the built-in date format 14 (m/d/yyyy).
    parts.put(
        "xl/styles.xml",
        "<styleSheet xmlns=\""
            + main
            + "\"><fonts count=\"1\"><font/></fonts>"
            + "<fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
            + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"2\"><xf/>"
            + "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
    parts.put("xl/sharedStrings.xml", sst.toString());
    parts.put(
        "xl/worksheets/sheet1.xml",
        "<worksheet xmlns=\"" + main + "\"><sheetData>" + rows + "</sheetData></worksheet>");
    try (java.util.zip.ZipOutputStream zip =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(out.resolve("us-mi-lara.xlsx")))) {
      java.time.LocalDateTime time = asOf.atStartOfDay();
      for (Map.Entry<String, String> part : parts.entrySet()) {
        java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry(part.getKey());
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(
            ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + part.getValue())
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  void write(String name, String text, Charset charset) throws IOException {
    try (Writer writer = Files.newBufferedWriter(out.resolve(name), charset)) {
      writer.write(text);
    }
  }
}
