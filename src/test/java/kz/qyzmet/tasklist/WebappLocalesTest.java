package kz.qyzmet.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Camunda's webapps in Kazakh and Russian (README, "Languages"): our kk.json and ru.json under the
 * webjar override path against the en.json of the Camunda webjar on the classpath, label by label.
 * A Camunda upgrade that adds, renames or drops a label fails here until both files follow.
 */
class WebappLocalesTest {

  static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");
  static final List<String> OUR_LANGUAGES = List.of("kk", "ru");
  static final String WEBJAR = "META-INF/resources/webjars/camunda/";
  static final String WEBJAR_ARTIFACT = "camunda-webapp-webjar";

  /**
   * Values that may read as the English one: names of products and formats, codes shown on purpose
   * (the null marker, the date pattern one types), "OK", and the engine's variable types, which
   * Cockpit's variable tables show untranslated beside them anyway. The apps' names are not among
   * them: Welcome and the header's menu show them to workers. Values without a Latin letter
   * (comparison signs) are never counted as English.
   */
  static final Set<String> SAME_AS_ENGLISH = Set.of("ID", "ID*", "null", "<null>", "OK", "CSV", "JSON", "XML",
      "BPMN", "DMN", "CMMN", "DRD", "Optimize", "Camunda", "LDAP", "API", "YYYY-MM-DDTHH:mm:ss",
      "Boolean", "Short", "Integer", "Long", "Double", "String");

  /** What a translation must carry over unchanged: Angular expressions, printf and {} slots, HTML tags and entities. */
  static final Pattern PLACEHOLDER = Pattern.compile(
      "\\{\\{.*?}}|%[sd]|\\{[A-Za-z0-9_]*}|</?(?:a|b|i|p|br|strong|em|code|span|div|ul|li|pre|small|h\\d)\\b[^>]*>|&[a-z]+;");
  static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");
  static final Pattern LANGUAGES = Pattern.compile("export const LANGUAGES = \\[([^\\]]*)]");

  static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everyLabelOfCamundasEnglishIsTranslated_andNoOtherLabel() {
    return cases((app, language) -> {
      Map<String, String> english = labels(shipped(app, "locales/en.json"));
      Map<String, String> ours = labels(ours(app, "locales/" + language + ".json"));
      Set<String> missing = new TreeSet<>(english.keySet());
      missing.removeAll(ours.keySet());
      Set<String> unknown = new TreeSet<>(ours.keySet());
      unknown.removeAll(english.keySet());
      assertThat(missing).as("labels of Camunda's %s/en.json missing from %s.json", app, language).isEmpty();
      assertThat(unknown).as("labels of %s/%s.json that Camunda's en.json does not have", app, language).isEmpty();
    });
  }

  @TestFactory
  Stream<DynamicTest> everyTranslationKeepsItsPlaceholders_isNotEmpty_andIsNotTheEnglish() {
    return cases((app, language) -> {
      Map<String, String> english = labels(shipped(app, "locales/en.json"));
      Map<String, String> ours = labels(ours(app, "locales/" + language + ".json"));
      List<String> problems = new ArrayList<>();
      english.forEach((key, en) -> {
        String value = ours.get(key);
        if (value == null) {
          return; // reported by the key test
        }
        if (!placeholders(en).equals(placeholders(value))) {
          problems.add(key + ": placeholders " + placeholders(en) + " became " + placeholders(value));
        }
        if (value.isBlank() && !en.isBlank()) {
          problems.add(key + ": empty");
        }
        if (value.equals(en) && LATIN_LETTER.matcher(en).find() && !SAME_AS_ENGLISH.contains(en.trim())) {
          problems.add(key + ": still English \"" + en + "\"");
        }
      });
      assertThat(problems).as("labels of %s/%s.json", app, language).isEmpty();
    });
  }

  /**
   * Dates: the apps hand {@code dateLocales} to moment for the chosen language (defineLocale, as
   * moment has not loaded that language yet). Camunda's bundle carries moment's own kk and ru (their
   * plural rules, Russian months in the genitive); {@code "parentLocale": "ru"} makes moment load
   * its own and lay ours over it, so a file may set only part (ru.json sets the formats and the
   * week), but nothing moment does not know from Camunda's English. Without the parent, what a file
   * leaves out is English ("11 days ago").
   */
  @TestFactory
  Stream<DynamicTest> dateSettingsAreOnesCamundaKnows_overMomentsOwnLocale() throws IOException {
    String moment = shipped("lib/deps.js");
    assertThat(moment).contains("defineLocale(\"kk\"", "defineLocale(\"ru\"");
    return cases((app, language) -> {
      JsonNode english = JSON.readTree(shipped(app, "locales/en.json"));
      JsonNode ours = JSON.readTree(ours(app, "locales/" + language + ".json"));
      if (!english.has("dateLocales")) {
        assertThat(ours.has("dateLocales")).as("%s/%s.json has dateLocales, Camunda's en.json none", app, language)
            .isFalse();
        return;
      }
      Map<String, String> englishDates = flatten(english.get("dateLocales"));
      Map<String, String> ourDates = flatten(ours.path("dateLocales"));
      String parent = ourDates.remove("parentLocale");
      assertThat(ourDates).as("%s/%s.json dateLocales", app, language).isNotEmpty();
      assertThat(englishDates.keySet()).as("%s/%s.json dateLocales", app, language).containsAll(ourDates.keySet());
      if (!ourDates.keySet().containsAll(englishDates.keySet())) {
        assertThat(parent).as("%s/%s.json sets part of dateLocales, so moment's own %s must fill the rest",
            app, language, language).isEqualTo(language);
      }
      assertThat(ourDates.get("longDateFormat.LLL")).as("the date and time on task cards, %s/%s.json", app, language)
          .isNotBlank();
    });
  }

  /**
   * Each app takes its one language from qyzmet-language.js (kk, ru or en: the switch, else the
   * browser's, else Russian) as both language and fallback, so that moment's dates follow it.
   */
  @Test
  void everyAppSpeaksTheLanguageQyzmetChooses_kazakhRussianOrEnglish_russianByDefault() throws IOException {
    String chooser = read(resources(WEBJAR + "app/qyzmet-language.js").get(0));
    Matcher languages = LANGUAGES.matcher(chooser);
    assertThat(languages.find()).as("qyzmet-language.js names its languages").isTrue();
    assertThat(languages.group(1).replace("'", "").split(",\\s*")).containsExactly("kk", "ru", "en");
    assertThat(chooser).contains("export const FALLBACK = 'ru';");
    for (String app : APPS) {
      String config = ours(app, "scripts/config.js");
      assertThat(config).as("%s/scripts/config.js", app)
          .contains("import { language } from '../../qyzmet-language.js';")
          .contains("availableLocales: [language]")
          .contains("fallbackLocale: language");
      for (String language : OUR_LANGUAGES) {
        assertThat(ours(app, "locales/" + language + ".json")).isNotBlank();
      }
      assertThat(resources(WEBJAR + "app/" + app + "/locales/en.json")).as("English is Camunda's own, not overridden")
          .allSatisfy(url -> assertThat(url.toString()).contains(WEBJAR_ARTIFACT));
    }
    assertThat(resources(WEBJAR + "app/qyzmet-language.js")).hasSize(1);
  }

  /** The banner is Camunda's; our stylesheet hides it by its class, so the class must still be the one rendered. */
  @Test
  void camundasMigrationBannerIsHiddenInEveryApp() throws IOException {
    for (String app : APPS) {
      assertThat(shipped(app, "camunda-" + app + "-bootstrap.js"))
          .as("Camunda's %s still renders the banner under this class", app)
          .contains("class=\"ce-eol-banner\"");
      assertThat(ours(app, "styles/user-styles.css").replaceAll("\\s+", " "))
          .contains(".ce-eol-banner { display: none !important; }");
    }
  }

  // --- reading the files

  interface Check {
    void run(String app, String language) throws Exception;
  }

  static Stream<DynamicTest> cases(Check check) {
    return APPS.stream().flatMap(app -> OUR_LANGUAGES.stream().map(language ->
        DynamicTest.dynamicTest(app + " " + language, () -> check.run(app, language))));
  }

  /** The file as the Camunda webjar on the classpath ships it. */
  static String shipped(String app, String file) throws IOException {
    return shipped("app/" + app + "/" + file);
  }

  static String shipped(String path) throws IOException {
    List<URL> inJar = resources(WEBJAR + path).stream().filter(url -> url.toString().contains(WEBJAR_ARTIFACT)).toList();
    assertThat(inJar).as("%s in the Camunda webjar", path).hasSize(1);
    return read(inJar.get(0));
  }

  /** Our file under the webjar override path (the classpath, not the jar). */
  static String ours(String app, String file) throws IOException {
    String path = WEBJAR + "app/" + app + "/" + file;
    List<URL> ours = resources(path).stream().filter(url -> !url.toString().contains(WEBJAR_ARTIFACT)).toList();
    assertThat(ours).as("our %s", path).hasSize(1);
    return read(ours.get(0));
  }

  static List<URL> resources(String path) throws IOException {
    return Collections.list(WebappLocalesTest.class.getClassLoader().getResources(path));
  }

  static String read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }

  static Map<String, String> labels(String localeFile) throws IOException {
    return flatten(JSON.readTree(localeFile).path("labels"));
  }

  /** Nested objects and arrays as dotted keys (months.0, relativeTime.dd, ...). */
  static Map<String, String> flatten(JsonNode node) {
    Map<String, String> flat = new LinkedHashMap<>();
    flatten("", node, flat);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(prefix + field.getKey() + ".", field.getValue(), flat);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + i + ".", node.get(i), flat);
      }
    } else if (!node.isMissingNode()) {
      flat.put(prefix.substring(0, prefix.length() - 1), node.asText());
    }
  }

  /** The placeholders of a text and how often each occurs, blanks inside {{ }} ignored. */
  static Map<String, Integer> placeholders(String text) {
    Map<String, Integer> found = new TreeMap<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      String placeholder = matcher.group().startsWith("{{") ? matcher.group().replaceAll("\\s+", "") : matcher.group();
      found.merge(placeholder, 1, Integer::sum);
    }
    return found;
  }
}
