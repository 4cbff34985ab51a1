package dev.touchstone.page;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads back a QR code drawn as the page draws it: unit squares of one SVG path. */
final class QrPictures {
  private static final Pattern SQUARE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
  private static final int SCALE = 4;

  private QrPictures() {}

  static String decode(int size, String path) throws Exception {
    int width = size * SCALE;
    int[] pixels = new int[width * width];
    Arrays.fill(pixels, 0xFFFFFFFF);
    Matcher square = SQUARE.matcher(path);
    while (square.find()) {
      int x = Integer.parseInt(square.group(1));
      int y = Integer.parseInt(square.group(2));
      for (int dy = 0; dy < SCALE; dy++) {
        Arrays.fill(
            pixels,
            (y * SCALE + dy) * width + x * SCALE,
            (y * SCALE + dy) * width + (x + 1) * SCALE,
            0xFF000000);
      }
    }
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, width, pixels)));
    return new QRCodeReader()
        .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
        .getText();
  }
}
