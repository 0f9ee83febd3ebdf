package kz.qyzmet.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.stereotype.Component;

/**
 * The receipts' typeface: DejaVu Serif, regular and bold, from Debian's fonts-dejavu-core 2.37
 * (src/main/resources/fonts, licence beside them). It has every Cyrillic letter, the Kazakh ones
 * (ә ғ қ ң ө ұ ү һ і) among them, and reads like the serif of printed official forms. The files are
 * read from the classpath once; each PDF parses its own copy from memory (a parsed font is not
 * safe to share between threads) and embeds the subset it uses.
 */
@Component
class ReceiptFonts {

  private final byte[] regular;
  private final byte[] bold;

  ReceiptFonts() {
    this.regular = read("/fonts/DejaVuSerif.ttf");
    this.bold = read("/fonts/DejaVuSerif-Bold.ttf");
  }

  TrueTypeFont regular() throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(regular));
  }

  TrueTypeFont bold() throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(bold));
  }

  private static byte[] read(String resource) {
    try (InputStream in = ReceiptFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The receipts' font " + resource + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
