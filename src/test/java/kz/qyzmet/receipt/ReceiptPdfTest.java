package kz.qyzmet.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.catalog.StatutoryPeriod;
import kz.qyzmet.catalog.TermUnit;
import kz.qyzmet.receipt.PeriodWords.Form;
import kz.qyzmet.receipt.Receipt.DocumentLine;
import kz.qyzmet.receipt.Receipt.Fact;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The receipt's PDF and words without the application around them: letters, fonts, pages, paragraphs, periods. */
class ReceiptPdfTest {

  static final String KAZAKH_LETTERS = "Ә ә Ғ ғ Қ қ Ң ң Ө ө Ұ ұ Ү ү Һ һ І і";

  final ReceiptPdf pdf = new ReceiptPdf(new ReceiptFonts());

  @Test
  void everyKazakhLetterSurvives_andBothFontsAreEmbedded() throws IOException {
    byte[] bytes = pdf.render(receipt(List.of(new DocumentLine("Өтініш: " + KAZAKH_LETTERS, "9-тармақ 1) тармақша"))));
    try (PDDocument document = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(document);
      for (String letter : KAZAKH_LETTERS.split(" ")) {
        assertThat(text).as(letter).contains(letter);
      }
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("kk");
      List<String> fonts = new ArrayList<>();
      for (COSName name : document.getPage(0).getResources().getFontNames()) {
        PDFont font = document.getPage(0).getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        fonts.add(font.getName());
      }
      assertThat(fonts).anyMatch(f -> f.endsWith("DejaVuSerif")).anyMatch(f -> f.endsWith("DejaVuSerif-Bold"));
    }
  }

  @Test
  void aLongListGoesOnToANextPage() throws IOException {
    List<DocumentLine> documents = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      documents.add(new DocumentLine("көрсетілетін қызметті алушының жеке басын куәландыратын құжат № " + i,
          "9-тармақ 2) тармақша"));
    }
    try (PDDocument document = Loader.loadPDF(pdf.render(receipt(documents)))) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("құжат № 39", "(қолы)");
    }
  }

  @Test
  void fast_onceTheFontsAreRead() {
    Receipt receipt = receipt(List.of(new DocumentLine("өтініш", "9-тармақ 1) тармақша")));
    pdf.render(receipt);
    long start = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      pdf.render(receipt);
    }
    long perReceiptMillis = (System.nanoTime() - start) / 20 / 1_000_000;
    assertThat(perReceiptMillis).as("milliseconds per receipt").isLessThan(250);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Standard 29, p. 9(1)                                  | 9-тармақ 1) тармақша | пункт 9, подпункт 1)",
      "Standard 2, p. 10                                     | 10-тармақ            | пункт 10",
      "Standard 7, p. annex 2, item 4                        | 2-қосымша 4) тармақша | приложение 2, подпункт 4)",
      "Standard 5, p. 9 (loss of job), item 3                | 9-тармақ 3) тармақша | пункт 9, подпункт 3)",
      "Standard 3, p. 9 (disability), as available, item 6   | 9-тармақ 6) тармақша | пункт 9, подпункт 6)",
      "Standard 2, p. 4(1)                                   | 4-тармақ 1) тармақша | пункт 4, подпункт 1)",
      "the annex                                             | ''                   | ''"
  })
  void paragraphsAsTheDecreeWritesThem(String paragraph, String kk, String ru) {
    assertThat(ParagraphNames.format(paragraph, ReceiptLanguage.KK)).isEqualTo(kk);
    assertThat(ParagraphNames.format(paragraph, ReceiptLanguage.RU)).isEqualTo(ru);
  }

  @Test
  void periodsInWords() {
    StatutoryPeriod thirty = new StatutoryPeriod(30, TermUnit.WORKING_DAYS);
    StatutoryPeriod one = new StatutoryPeriod(1, TermUnit.MONTHS);
    StatutoryPeriod three = new StatutoryPeriod(3, TermUnit.WORKING_DAYS);
    assertThat(PeriodWords.of(thirty, ReceiptLanguage.KK, Form.FROM)).isEqualTo("30 жұмыс күнінен");
    assertThat(PeriodWords.of(thirty, ReceiptLanguage.RU, Form.FROM)).isEqualTo("30 рабочих дней");
    assertThat(PeriodWords.of(three, ReceiptLanguage.RU, Form.PLAIN)).isEqualTo("3 рабочих дня");
    assertThat(PeriodWords.of(new StatutoryPeriod(21, TermUnit.WORKING_DAYS), ReceiptLanguage.RU, Form.PLAIN))
        .isEqualTo("21 рабочий день");
    assertThat(PeriodWords.of(new StatutoryPeriod(12, TermUnit.CALENDAR_DAYS), ReceiptLanguage.RU, Form.PLAIN))
        .isEqualTo("12 календарных дней");
    assertThat(PeriodWords.of(one, ReceiptLanguage.KK, Form.FROM)).isEqualTo("1 айдан");
    assertThat(PeriodWords.of(one, ReceiptLanguage.RU, Form.FROM)).isEqualTo("1 месяца");
    assertThat(PeriodWords.of(new StatutoryPeriod(5, TermUnit.WORKING_DAYS), ReceiptLanguage.KK, Form.TO))
        .isEqualTo("5 жұмыс күніне");
  }

  @Test
  void languages() {
    assertThat(ReceiptLanguage.of(null)).contains(ReceiptLanguage.KK);
    assertThat(ReceiptLanguage.of("ru")).contains(ReceiptLanguage.RU);
    assertThat(ReceiptLanguage.of("en")).isEmpty();
    assertThat(ReceiptLanguage.of("KK")).isEmpty();
  }

  private static Receipt receipt(List<DocumentLine> documents) {
    return new Receipt(Receipt.Kind.ACCEPTANCE, ReceiptLanguage.KK, "Құжаттарды қабылдау туралы қолхат",
        "№ S02-20260318-0000000A өтініш қабылданды", List.of(new Fact("Өтініштің тіркеу нөмірі",
            "S02-20260318-0000000A"), new Fact("Қызметті алу күні", "06.04.2026")), "Қабылданған құжаттар",
        documents, List.of("Мерзім ұзартылады."), "Құжаттарды қабылдаған қызметкер", "Айгүл Сапарова");
  }
}
