package dev.touchstone.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.touchstone.source.delimited.DelimitedAdapter;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedAdapterTest {
  private final BoardServer board = new BoardServer();
  private final AdapterTestSupport support = new AdapterTestSupport();
  private final DelimitedAdapter adapter = new DelimitedAdapter(support.fetcher);

  @AfterEach
  void stop() {
    board.close();
  }

  private List<RawRecord> read(String id, String path, byte[] body, Set<String> mapped) {
    board.serve(path, request -> BoardServer.ok(body, "text/plain"));
    SourceDefinition source = AdapterTestSupport.source(id, urlOverride(id, board.url(path)));
    return AdapterTestSupport.readAll(
        adapter, AdapterTestSupport.request(source, mapped, Set.of()));
  }

  private static Map<String, String> urlOverride(String id, String url) {
    return id.equals("us-fl-mqa") ? Map.of("files.licensure.url", url) : Map.of("url", url);
  }

  @Test
  void quotedCommasStayInOneFieldAndColumnsMatchIgnoringCase() {
    List<RawRecord> rows =
        read(
            "us-tx-tdlr",
            "/tx.csv",
            Fixtures.bytes("us-tx-tdlr/us-tx-tdlr.csv"),
            Set.of("LICENSE NUMBER", "OWNER NAME", "BUSINESS CITY, STATE ZIP"));
    assertThat(rows).hasSize(14);
    assertThat(rows.get(0).get("owner name")).isEqualTo("PRESCOTT, JANICE MARIE");
    assertThat(rows.get(4).get("BUSINESS CITY, STATE ZIP")).isEqualTo("HOUSTON, TX 77098");
  }

  @Test
  void pipeFileWithTrailingDelimiterCrlfAndLatin1DecodesEveryField() {
    List<RawRecord> rows =
        read(
            "us-fl-mqa",
            "/PROF_ALL.txt",
            Fixtures.bytes("us-fl-mqa/us-fl-mqa.txt"),
            Set.of("Other-License", "Last-Name", "Practice-Location-Address-ZIPcode"));
    assertThat(rows).hasSize(12).allSatisfy(row -> assertThat(row.problem()).isNull());
    assertThat(rows.get(4).get("Last-Name")).isEqualTo("NÚÑEZ");
    assertThat(rows.get(0).get("Practice-Location-Address-ZIPcode")).isEqualTo("33990");
  }

  @Test
  void columnsTheMappingDoesNotReadAreNeverMaterialized() {
    List<RawRecord> rows =
        read(
            "us-fl-mqa",
            "/PROF_ALL.txt",
            Fixtures.bytes("us-fl-mqa/us-fl-mqa.txt"),
            Set.of("Last-Name"));
    assertThat(rows.get(0).get("Last-Name")).isEqualTo("WHITAKER");
    assertThat(rows.get(0).get("Email")).isNull();
    assertThat(rows.get(0).get("Birth-Year-Range")).isNull();
    assertThat(rows.get(0).get("Mailing-Address-Phone-Number")).isNull();
  }

  @Test
  void aRowWithAnExtraDelimiterIsAFieldCountProblemAndTheRestLoad() {
    String file =
        "pro_cde|Profession-Name\r\n3601|Massage|Therapist|\r\n3601|Massage Therapist|\r\n";
    List<RawRecord> rows =
        read("us-fl-mqa", "/f.txt", file.getBytes(StandardCharsets.ISO_8859_1), Set.of());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).problem()).contains("expected 2 fields, found 3");
    assertThat(rows.get(1).get("profession-name")).isEqualTo("Massage Therapist");
  }

  @Test
  void utf8FileWithAWindows1252LineReadsBoth() {
    byte[] header = "LICENSE TYPE,LICENSE NUMBER,OWNER NAME\n".getBytes(StandardCharsets.UTF_8);
    byte[] utf8 = "Massage Therapist,MT1,\"NÚÑEZ, ANA\"\n".getBytes(StandardCharsets.UTF_8);
    byte[] cp1252 =
        "Massage Therapist,MT2,\"PEÑA, JOSÉ\"\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    byte[] body = new byte[header.length + utf8.length + cp1252.length];
    System.arraycopy(header, 0, body, 0, header.length);
    System.arraycopy(utf8, 0, body, header.length, utf8.length);
    System.arraycopy(cp1252, 0, body, header.length + utf8.length, cp1252.length);
    List<RawRecord> rows = read("us-tx-tdlr", "/mixed.csv", body, Set.of());
    assertThat(rows)
        .extracting(r -> r.get("OWNER NAME"))
        .containsExactly("NÚÑEZ, ANA", "PEÑA, JOSÉ");
  }

  @Test
  void positionalBindingIgnoresHowTheHeaderSpellsAColumn() {
    String file =
        Fixtures.bytes("us-oig-leie/us-oig-leie.csv").length > 0
            ? new String(Fixtures.bytes("us-oig-leie/us-oig-leie.csv"), StandardCharsets.UTF_8)
                .replace("\"WVRSTATE\"", "\"WAIVERSTATE\"")
            : "";
    List<RawRecord> rows =
        read(
            "us-oig-leie",
            "/leie.csv",
            file.getBytes(StandardCharsets.UTF_8),
            Set.of("WVRSTATE", "BUSNAME"));
    assertThat(rows).hasSize(10);
    assertThat(rows.get(5).get("WVRSTATE")).isEqualTo("LA");
    assertThat(rows.get(1).get("BUSNAME")).isEqualTo("PALMETTO TOUCH THERAPEUTIC MASSAGE, INC");
  }

  @Test
  void aHeaderlessLayoutUsesTheDeclaredColumns(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("old.csv");
    Files.writeString(file, "Massage Therapist,MT9,\"DOE, JO\"\n");
    SourceDefinition base = AdapterTestSupport.source("us-tx-tdlr", Map.of("url", file.toString()));
    DelimitedFormat headerless =
        new DelimitedFormat(
            ",",
            "\"",
            false,
            List.of("LICENSE TYPE", "LICENSE NUMBER", "OWNER NAME"),
            false,
            false,
            "UTF-8",
            List.of());
    SourceDefinition source =
        new SourceDefinition(
            base.id(),
            base.name(),
            base.jurisdiction(),
            base.kind(),
            base.adapter(),
            base.enabled(),
            base.disabledReason(),
            base.records(),
            base.activeOnly(),
            file.toString(),
            null,
            base.maxAge(),
            base.minSnapshotFraction(),
            base.maxUnpublishFraction(),
            null,
            null,
            base.dateFormats(),
            base.sentinels(),
            headerless,
            null,
            null,
            null,
            null,
            base.xlsx(),
            base.license(),
            null);
    List<RawRecord> rows =
        AdapterTestSupport.readAll(
            adapter, AdapterTestSupport.request(source, Set.of("OWNER NAME"), Set.of()));
    assertThat(rows)
        .singleElement()
        .satisfies(row -> assertThat(row.get("owner name")).isEqualTo("DOE, JO"));
  }

  @Test
  void aLocalFilePathIsReadLikeADownload(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tx.csv");
    Files.write(file, Fixtures.bytes("us-tx-tdlr/us-tx-tdlr.csv"));
    SourceDefinition source =
        AdapterTestSupport.source("us-tx-tdlr", Map.of("url", file.toString()));
    assertThat(
            AdapterTestSupport.readAll(
                adapter, AdapterTestSupport.request(source, Set.of(), Set.of())))
        .hasSize(14);
  }

  @Test
  void anHtmlErrorPageInsteadOfCsvFailsTheRead() {
    board.serve(
        "/tx.csv",
        r ->
            new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "text/html")
                .body("<!DOCTYPE html><html><body>Maintenance</body></html>")
                .build());
    SourceDefinition source =
        AdapterTestSupport.source("us-tx-tdlr", Map.of("url", board.url("/tx.csv")));
    assertThatThrownBy(
            () ->
                AdapterTestSupport.readAll(
                    adapter, AdapterTestSupport.request(source, Set.of(), Set.of())))
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("HTML");
  }

  @Test
  void anHtmlPageServedAsTextIsStillRecognized() {
    assertThatThrownBy(
            () ->
                read(
                    "us-tx-tdlr",
                    "/tx.csv",
                    "<html><body>Not found</body></html>\n".getBytes(),
                    Set.of()))
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("HTML");
  }

  @Test
  void aRenamedMappedColumnFailsTheReadNamingIt() {
    byte[] renamed =
        new String(Fixtures.bytes("us-tx-tdlr/us-tx-tdlr.csv"), StandardCharsets.UTF_8)
            .replace("OWNER NAME", "LICENSEE NAME")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> read("us-tx-tdlr", "/tx.csv", renamed, Set.of("OWNER NAME", "LICENSE NUMBER")))
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("OWNER NAME");
  }

  @Test
  void anEmptyFileFailsTheRead() {
    assertThatThrownBy(() -> read("us-tx-tdlr", "/tx.csv", new byte[0], Set.of()))
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void aFileCutOffMidLineFailsTheRead() {
    byte[] full = Fixtures.bytes("us-tx-tdlr/us-tx-tdlr.csv");
    byte[] cut = java.util.Arrays.copyOf(full, full.length - 40);
    assertThatThrownBy(() -> read("us-tx-tdlr", "/tx.csv", cut, Set.of()))
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void aFileCutOffInsideAQuotedFieldFailsTheRead() {
    String cut = "LICENSE TYPE,LICENSE NUMBER,OWNER NAME\nMassage Therapist,MT1,\"DOE, J";
    assertThatThrownBy(() -> read("us-tx-tdlr", "/tx.csv", cut.getBytes(), Set.of()))
        .isInstanceOf(SourceReadException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void aConnectionResetMidBodyFailsTheRead() {
    board.serve(
        "/tx.csv",
        r ->
            new MockResponse.Builder()
                .code(200)
                .body(Fixtures.buffer("us-tx-tdlr/us-tx-tdlr.csv"))
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
    SourceDefinition source =
        AdapterTestSupport.source("us-tx-tdlr", Map.of("url", board.url("/tx.csv")));
    assertThatThrownBy(
            () ->
                AdapterTestSupport.readAll(
                    adapter, AdapterTestSupport.request(source, Set.of(), Set.of())))
        .isInstanceOf(SourceReadException.class);
  }

  @Test
  void aQuotedFieldMaySpanLinesAndHoldDoubledQuotes() {
    String file =
        "LICENSE TYPE,LICENSE NUMBER,OWNER NAME\r\nMassage Therapist,MT1,\"DOE, \"\"JO\"\"\r\nANN\"\r\nMassage Therapist,MT2,\"ROE, AL\"\r\n";
    List<RawRecord> rows =
        read("us-tx-tdlr", "/tx.csv", file.getBytes(StandardCharsets.UTF_8), Set.of());
    assertThat(rows)
        .extracting(r -> r.get("OWNER NAME"))
        .containsExactly("DOE, \"JO\"\nANN", "ROE, AL");
    assertThat(rows).extracting(RawRecord::row).containsExactly(1, 2);
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsIgnored() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text =
        "LICENSE TYPE,LICENSE NUMBER\nMassage Therapist,MT1\n".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, body, 0, bom.length);
    System.arraycopy(text, 0, body, bom.length, text.length);
    List<RawRecord> rows = read("us-tx-tdlr", "/tx.csv", body, Set.of("LICENSE TYPE"));
    assertThat(rows)
        .singleElement()
        .satisfies(row -> assertThat(row.get("LICENSE TYPE")).isEqualTo("Massage Therapist"));
  }
}
