package dev.touchstone.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.normalize.MappedColumns;
import dev.touchstone.source.xlsx.XlsxAdapter;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.MichiganWorkbook;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the xlsx adapter hands on from Michigan's list: the mapped columns, and nothing else. */
class XlsxAdapterTest {
  private final BoardServer board = new BoardServer();
  private final AdapterTestSupport support = new AdapterTestSupport();
  private final XlsxAdapter adapter = new XlsxAdapter(support.fetcher);

  @AfterEach
  void stop() {
    board.close();
  }

  @Test
  void onlyTheMappedColumnsAreReadNeverTheHomeStreetOrEmail() {
    board.serve(
        "/M-O.xlsx", request -> BoardServer.ok(MichiganWorkbook.bytes(), "application/zip"));
    SourceDefinition source =
        AdapterTestSupport.source("us-mi-lara", Map.of("url", board.url("/M-O.xlsx")));
    MappedColumns.Columns columns = MappedColumns.of(source.license());

    List<RawRecord> rows =
        AdapterTestSupport.readAll(
            adapter, AdapterTestSupport.request(source, columns.mapped(), columns.key()));

    assertThat(rows).hasSize(6);
    RawRecord first = rows.get(0);
    assertThat(first.get("License No.")).isEqualTo("7501044020");
    assertThat(first.get("Issue Date")).isEqualTo("2014-05-02");
    assertThat(first.get("Last Name")).isEqualTo("Lindgren");
    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(row.get("Addr Line 1")).isNull();
              assertThat(row.get("Email")).isNull();
              assertThat(row.values().values())
                  .noneMatch(v -> v != null && (v.contains("@") || v.contains("Cherry")));
            });
  }
}
