package kz.qyzmet.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import kz.qyzmet.receipt.Receipt.DocumentLine;
import kz.qyzmet.receipt.Receipt.Fact;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Lays a {@link Receipt} out on A4 like the decree's annex receipt: the title, what happened in one
 * sentence, a bordered table of the facts, the table of documents (number, name, paragraph of the
 * decree), the notes, and the worker's name with a line to sign on, "(қолы)" / "(подпись)" under it.
 * Long tables go on to a next page. The fonts are embedded (subsets).
 */
@Component
public class ReceiptPdf {

  private static final float MARGIN = 56;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float BODY = 10.5f;
  private static final float SMALL = 8.5f;
  private static final float PAD = 4;
  private static final float LABEL_SHARE = 0.36f;
  private static final float NUMBER_COLUMN = 24;
  private static final float PARAGRAPH_COLUMN = 118;

  private final ReceiptFonts fonts;

  ReceiptPdf(ReceiptFonts fonts) {
    this.fonts = fonts;
  }

  public byte[] render(Receipt receipt) {
    try (TrueTypeFont regularFile = fonts.regular(); TrueTypeFont boldFile = fonts.bold();
        PDDocument document = new PDDocument()) {
      PDType0Font regular = PDType0Font.load(document, regularFile, true);
      PDType0Font bold = PDType0Font.load(document, boldFile, true);
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(receipt.title() + " — " + receipt.facts().get(0).value());
      info.setCreator("Qyzmet");
      info.setCreationDate(Calendar.getInstance());
      document.getDocumentCatalog().setLanguage(receipt.language().code());
      try (Writer writer = new Writer(document, regular, bold)) {
        writer.write(receipt);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The receipt could not be written", e);
    }
  }

  /** A cursor down the pages. */
  private static final class Writer implements AutoCloseable {

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream content;
    private float y;

    Writer(PDDocument document, PDFont regular, PDFont bold) throws IOException {
      this.document = document;
      this.regular = regular;
      this.bold = bold;
      newPage();
    }

    void write(Receipt receipt) throws IOException {
      ReceiptLanguage l = receipt.language();
      for (String line : wrap(receipt.title().toUpperCase(java.util.Locale.forLanguageTag(l.code())), bold, 13,
          WIDTH)) {
        centered(line, bold, 13);
      }
      y -= 6;
      for (String line : wrap(receipt.subtitle(), regular, BODY, WIDTH)) {
        centered(line, regular, BODY);
      }
      y -= 10;

      float labelWidth = WIDTH * LABEL_SHARE;
      for (Fact fact : receipt.facts()) {
        row(new float[] {labelWidth, WIDTH - labelWidth}, new String[] {fact.label(), fact.value()},
            new PDFont[] {bold, regular}, BODY);
      }
      y -= 16;

      heading(receipt.documentsHeading());
      float[] columns = {NUMBER_COLUMN, WIDTH - NUMBER_COLUMN - PARAGRAPH_COLUMN, PARAGRAPH_COLUMN};
      row(columns, new String[] {"№", l.pick("Құжаттың атауы", "Наименование документа"),
          l.pick("Стандарттың тармағы", "Пункт стандарта")}, new PDFont[] {bold, bold, bold}, SMALL + 0.5f);
      int number = 1;
      for (DocumentLine line : receipt.documents()) {
        row(columns, new String[] {number++ + ".", line.name(), line.paragraph()},
            new PDFont[] {regular, regular, regular}, SMALL + 0.5f);
      }
      if (receipt.documents().isEmpty()) {
        row(new float[] {WIDTH}, new String[] {"—"}, new PDFont[] {regular}, SMALL + 0.5f);
      }
      y -= 12;

      for (String note : receipt.notes()) {
        for (String line : wrap(note, regular, BODY, WIDTH)) {
          text(line, MARGIN, regular, BODY);
        }
        y -= 6;
      }
      signature(receipt);
    }

    private void heading(String text) throws IOException {
      ensure(BODY * 3);
      text(text, MARGIN, bold, BODY + 0.5f);
      y -= 2;
    }

    /** Who signs on the left (the role, then the name), a line to sign on the right with "(қолы)" under it. */
    private void signature(Receipt receipt) throws IOException {
      ensure(80);
      y -= 22;
      ReceiptLanguage l = receipt.language();
      float lineLength = 170;
      float lineStart = MARGIN + WIDTH - lineLength;
      float textWidth = lineStart - MARGIN - 16;
      for (String line : wrap(receipt.signerLabel() + ":", regular, BODY, textWidth)) {
        text(line, MARGIN, regular, BODY);
      }
      float nameBaseline = y - BODY;
      for (String line : wrap(receipt.signer(), bold, BODY, textWidth)) {
        text(line, MARGIN, bold, BODY);
      }
      content.setLineWidth(0.6f);
      content.moveTo(lineStart, nameBaseline - 1);
      content.lineTo(MARGIN + WIDTH, nameBaseline - 1);
      content.stroke();
      String caption = l.pick("(қолы)", "(подпись)");
      show(caption, lineStart + (lineLength - width(caption, regular, SMALL)) / 2, nameBaseline - SMALL - 4, regular,
          SMALL);
      y = Math.min(y, nameBaseline - SMALL - 8);
      y -= 14;
      text(l.pick("М.О.", "М.П."), MARGIN, regular, SMALL);
    }

    /** A table row with borders; its height is that of its tallest cell. */
    private void row(float[] widths, String[] cells, PDFont[] cellFonts, float size) throws IOException {
      float leading = size * 1.3f;
      List<List<String>> lines = new ArrayList<>();
      int most = 1;
      for (int i = 0; i < cells.length; i++) {
        List<String> wrapped = wrap(cells[i] == null ? "" : cells[i], cellFonts[i], size, widths[i] - 2 * PAD);
        lines.add(wrapped);
        most = Math.max(most, wrapped.size());
      }
      float height = most * leading + 2 * PAD;
      ensure(height);
      float x = MARGIN;
      content.setLineWidth(0.5f);
      for (int i = 0; i < cells.length; i++) {
        content.addRect(x, y - height, widths[i], height);
        content.stroke();
        float baseline = y - PAD - size;
        for (String line : lines.get(i)) {
          show(line, x + PAD, baseline, cellFonts[i], size);
          baseline -= leading;
        }
        x += widths[i];
      }
      y -= height;
    }

    private void centered(String line, PDFont font, float size) throws IOException {
      ensure(size * 1.4f);
      show(line, MARGIN + (WIDTH - width(line, font, size)) / 2, y - size, font, size);
      y -= size * 1.4f;
    }

    private void text(String line, float x, PDFont font, float size) throws IOException {
      ensure(size * 1.4f);
      show(line, x, y - size, font, size);
      y -= size * 1.4f;
    }

    private void show(String line, float x, float baseline, PDFont font, float size) throws IOException {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, baseline);
      content.showText(line);
      content.endText();
    }

    private void ensure(float height) throws IOException {
      if (y - height < MARGIN) {
        newPage();
      }
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    @Override
    public void close() throws IOException {
      content.close();
    }

    /** Words to lines no wider than {@code width}; a word wider than a line is cut. */
    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
      List<String> lines = new ArrayList<>();
      for (String paragraph : text.split("\n")) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
          if (word.isEmpty()) {
            continue;
          }
          String candidate = line.isEmpty() ? word : line + " " + word;
          if (width(candidate, font, size) <= width) {
            line.setLength(0);
            line.append(candidate);
            continue;
          }
          if (!line.isEmpty()) {
            lines.add(line.toString());
            line.setLength(0);
          }
          while (width(word, font, size) > width && word.length() > 1) {
            int cut = word.length() - 1;
            while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
              cut--;
            }
            lines.add(word.substring(0, cut));
            word = word.substring(cut);
          }
          line.append(word);
        }
        lines.add(line.toString());
      }
      return lines;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
      return font.getStringWidth(text) / 1000 * size;
    }
  }
}
