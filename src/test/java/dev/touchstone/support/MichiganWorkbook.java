package dev.touchstone.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Michigan's monthly "M-O" license list as a real XLSX: a title line above the header, real date
 * cells, numeric license numbers, shared strings, and the home street and personal e-mail columns
 * that must never be read.
 */
public final class MichiganWorkbook {
  public static final List<String> HEADER =
      List.of(
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
          "Email");

  /** Last, first, middle, suffix, profession, number, status, issued, expires, city. */
  static final Object[][] ROWS = {
    {
      "Lindgren",
      "Astrid",
      "M",
      null,
      "Massage Therapist",
      7501044020L,
      "Active",
      LocalDate.of(2014, 5, 2),
      LocalDate.of(2027, 3, 31),
      "Grand Rapids"
    },
    {
      "Haddad",
      "Samir",
      null,
      "Jr",
      "Massage Therapist",
      7501051177L,
      "Disciplinary Limited",
      LocalDate.of(2016, 8, 19),
      LocalDate.of(2027, 3, 31),
      "Dearborn"
    },
    {
      "Kowalski",
      "Joanna",
      "E",
      null,
      "Massage Therapist",
      7501060309L,
      "Suspended",
      LocalDate.of(2018, 1, 9),
      LocalDate.of(2027, 3, 31),
      "Warren"
    },
    {
      "Beauchamp",
      "Renée",
      null,
      null,
      "Massage Therapist",
      7501072245L,
      "Active - In Late Renewal",
      LocalDate.of(2020, 2, 29),
      LocalDate.of(2026, 3, 31),
      "Traverse City"
    },
    {
      "Odum",
      "Terrell",
      null,
      null,
      "Massage Therapist",
      7501080012L,
      "Active",
      "02/30/2021",
      LocalDate.of(2027, 3, 31),
      "Flint"
    },
    {
      "Quinlan",
      "Maura",
      null,
      null,
      "Nurse - Registered",
      4704171261L,
      "Active",
      LocalDate.of(2011, 6, 1),
      LocalDate.of(2027, 3, 31),
      "Lansing"
    },
  };

  private MichiganWorkbook() {}

  public static byte[] bytes() {
    return bytes(HEADER, "Licensees");
  }

  /** The list with the given header titles, on a sheet of the given name. */
  public static byte[] bytes(List<String> header, String sheetName) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(sheetName);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yyyy"));
      sheet.createRow(0).createCell(0).setCellValue("BPL license list: professions M-O");
      Row titles = sheet.createRow(1);
      for (int i = 0; i < header.size(); i++) {
        titles.createCell(i).setCellValue(header.get(i));
      }
      int r = 2;
      for (Object[] data : ROWS) {
        Row row = sheet.createRow(r++);
        text(row, 0, data[0]);
        text(row, 1, data[1]);
        text(row, 2, data[2]);
        text(row, 3, data[3]);
        text(row, 5, data[4]);
        text(row, 6, "License");
        row.createCell(7).setCellValue((Long) data[5]);
        text(row, 8, data[6]);
        dateCell(row, 9, data[7], date);
        dateCell(row, 10, data[8], date);
        text(row, 12, (100 + r) + " Cherry Blossom Ln");
        text(row, 13, data[9]);
        text(row, 14, "Kent");
        text(row, 15, "MI");
        text(row, 16, data[1].toString().toLowerCase() + "@example.net");
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(Row row, int column, Object value) {
    if (value != null) {
      row.createCell(column).setCellValue(value.toString());
    }
  }

  private static void dateCell(Row row, int column, Object value, CellStyle style) {
    if (value instanceof LocalDate day) {
      var cell = row.createCell(column);
      cell.setCellValue(day);
      cell.setCellStyle(style);
    } else {
      text(row, column, value);
    }
  }
}
