package kz.qyzmet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.qyzmet.process.ComplaintLevel;
import org.junit.jupiter.api.Test;

/**
 * Every name a worker may see exists in Russian: each standard, provider, channel, case type, flag
 * and refusal ground of the thirty files, every term and extension kind they use, both complaint
 * levels. Russian means Cyrillic without the letters only Kazakh has, and not the Kazakh copied.
 */
class RussianNamesTest {

  /** Cyrillic letters that occur in Kazakh but never in Russian. */
  private static final Pattern KAZAKH_ONLY = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");
  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

  private final StandardsCatalog catalog = TestCatalog.CATALOG;
  private final List<String> faults = new ArrayList<>();

  private void russian(String where, String kk, String ru) {
    if (ru == null || ru.isBlank()) {
      faults.add(where + ": no nameRu");
    } else if (!CYRILLIC.matcher(ru).find()) {
      faults.add(where + ": nameRu is not in Cyrillic: " + ru);
    } else if (ru.equals(kk)) {
      faults.add(where + ": nameRu is the Kazakh name copied: " + ru);
    } else if (KAZAKH_ONLY.matcher(ru.replaceAll("«[^»]*»", "")).find()) {
      // Kazakh proper names in «quotes» (the «Алтын алқа» pendant) stay as they are.
      faults.add(where + ": nameRu has Kazakh letters: " + ru);
    }
  }

  @Test
  void everyNamedElementOfEveryStandardHasARussianName() {
    int names = 0;
    for (Standard s : catalog.all()) {
      russian(s.code(), s.nameKk(), s.nameRu());
      russian(s.code() + " provider", s.providerKk(), s.providerRu());
      names += 2;
      for (Channel c : s.channels()) {
        russian(s.code() + " channel " + c.id(), c.nameKk(), c.nameRu());
        names++;
      }
      for (CaseType ct : s.caseTypes()) {
        russian(s.code() + " case type " + ct.code(), ct.nameKk(), ct.nameRu());
        names++;
      }
      for (ApplicantFlag f : s.flags()) {
        russian(s.code() + " flag " + f.code(), f.nameKk(), f.nameRu());
        names++;
      }
      for (RefusalGround g : s.refusalGrounds()) {
        russian(s.code() + " refusal ground " + g.code(), g.nameKk(), g.nameRu());
        names++;
      }
      for (Term t : s.terms()) {
        KindNames.Name name = KindNames.term(t.kind()).orElse(null);
        russian(s.code() + " term kind " + t.kind(), name == null ? null : name.kk(), name == null ? null : name.ru());
      }
      for (Extension e : s.extensions()) {
        KindNames.Name name = KindNames.extension(e.kind()).orElse(null);
        russian(s.code() + " extension " + e.kind(), name == null ? null : name.kk(), name == null ? null : name.ru());
      }
    }
    for (ComplaintLevel level : ComplaintLevel.values()) {
      russian("complaint level " + level.code(), level.names().kk(), level.names().ru());
    }
    assertThat(faults).isEmpty();
    assertThat(catalog.all()).hasSize(30);
    assertThat(names).as("names checked").isGreaterThan(300);
  }

  @Test
  void theKindTableNamesEveryKindInThreeLanguages_andNothingTheFilesDoNotUse() {
    Map<String, java.util.Set<String>> used = new HashMap<>();
    for (Standard s : catalog.all()) {
      s.terms().forEach(t -> used.computeIfAbsent("term", k -> new java.util.TreeSet<>()).add(t.kind()));
      s.extensions().forEach(e -> used.computeIfAbsent("extension", k -> new java.util.TreeSet<>()).add(e.kind()));
    }
    KindNames.all().forEach((table, names) -> names.forEach((kind, name) -> {
      assertThat(name.kk()).as(table + " " + kind + " kk").isNotBlank().doesNotContainPattern("[a-zA-Z]");
      assertThat(name.en()).as(table + " " + kind + " en").isNotBlank();
      russian(table + " " + kind, name.kk(), name.ru());
    }));
    assertThat(faults).isEmpty();
    assertThat(KindNames.all().get("term").keySet()).isEqualTo(used.get("term"));
    assertThat(KindNames.all().get("extension").keySet()).isEqualTo(used.get("extension"));
    assertThat(KindNames.term("service").orElseThrow().kkRu())
        .isEqualTo("Мемлекеттік қызмет көрсету мерзімі / Срок оказания государственной услуги");
    assertThat(ComplaintLevel.QUALITY_AUTHORITY.names().ru())
        .isEqualTo("Жалоба в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг");
  }

  @Test
  void oneKazakhTermOneRussianTranslation_theKeyTermsOfTheGlossary() throws IOException {
    Standard s02 = catalog.require(2);
    assertThat(s02.nameRu()).isEqualTo("Назначение государственной базовой пенсионной выплаты");
    assertThat(s02.channel("psc").orElseThrow().nameRu()).isEqualTo("Центр обслуживания населения (ЦОН)");
    assertThat(s02.channel("ztmo").orElseThrow().nameRu()).isEqualTo("Государственный центр по выплате пенсий (ГЦВП)");
    assertThat(catalog.require(18).nameRu()).isEqualTo("Назначение государственной адресной социальной помощи");
    assertThat(catalog.require(7).nameRu()).isEqualTo("Назначение специального государственного пособия");
    // the same Kazakh channel name is translated alike in every file
    Map<String, String> byKazakh = new HashMap<>();
    for (Standard s : catalog.all()) {
      for (Channel c : s.channels()) {
        if (!"provider".equals(c.id())) {
          String before = byKazakh.putIfAbsent(c.id() + ":" + c.nameKk().replace("«электрондық үкіметтің»",
              "«электрондық үкімет»").replace("www.e.gov.kz", "www.egov.kz"), c.nameRu());
          assertThat(before == null || before.equals(c.nameRu())).as(s.code() + " " + c.id() + ": " + c.nameRu()
              + " vs " + before).isTrue();
        }
      }
    }
    String glossary = Files.readString(Path.of("docs/glossary.md"), StandardCharsets.UTF_8);
    for (String term : List.of("Центр обслуживания населения (ЦОН)", "Государственный центр по выплате пенсий (ГЦВП)",
        "адресная социальная помощь", "специальное государственное пособие", "услугополучатель", "услугодатель")) {
      assertThat(glossary).as("docs/glossary.md has " + term).contains(term);
    }
    assertThat(glossary).contains("official Russian text").contains("prevail");
  }
}
