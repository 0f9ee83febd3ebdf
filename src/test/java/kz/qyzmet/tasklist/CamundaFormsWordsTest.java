package kz.qyzmet.tasklist;

import static kz.qyzmet.tasklist.WebappLocalesTest.JSON;
import static kz.qyzmet.tasklist.WebappLocalesTest.OUR_LANGUAGES;
import static kz.qyzmet.tasklist.WebappLocalesTest.ours;
import static kz.qyzmet.tasklist.WebappLocalesTest.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Camunda Forms in Kazakh and Russian (README, "Languages"): form-js, inside the Camunda webjar's
 * lib/deps.js, writes its own words in English; Tasklist's scripts/qyzmet-forms.js replaces them with
 * the "formJs" tables of Tasklist's kk.json and ru.json. This test reads the English of form-js's
 * viewer and of its date picker (flatpickr) out of the shipped deps.js, so that a Camunda upgrade
 * that adds or changes a text fails here until both tables have it.
 */
class CamundaFormsWordsTest {

  /** form-js's viewer, one module of deps.js: the one that writes this message. */
  static final String VIEWER_MARK = "\"Field is required.\"";
  static final Pattern MODULE_START = Pattern.compile("[,{]\\d+:function\\(e(?:,t)?(?:,n)?\\)\\{");

  /**
   * English in form-js's viewer that no worker reads in Tasklist, each for its reason:
   * FEEL's syntax-tree node names; the names and defaults form-js's editor gives a new field
   * (palette labels, iframe permissions, the table's demo rows, a new option's "Value"); keys of the
   * keyboard; id prefixes and the number field's marker of unreadable input; the bpmn.io watermark, which Tasklist's stylesheet hides
   * ({@code .fjs-powered-by}) and whose text the bpmn.io licence keeps; and the error of a form
   * without options, kept in the field's state and never rendered.
   */
  static final Set<String> NOT_SHOWN = Set.of(
      "PathExpression", "Context", "VariableName", "FilterContext", "Root", "FilterExpression", "Feel",
      "FeelBlock", "LoopSpanner",
      "Date", "Time", "Date & Time", "UTC offset", "UTC normalized", "No timezone", "Static", "Input data",
      "Expression", "Value", "Script execution", "Allow same origin", "Open in fullscreen", "Geolocation",
      "Camera access", "Microphone access", "Forms submission", "Open modal windows", "Open popups",
      "Top level navigation", "Storage access by user", "Button", "Checkbox", "Checkbox group", "Date time",
      "Group", "Number", "Radio group", "Separator", "Spacer", "Dynamic list", "Tag list", "Text view",
      "# Text", "HTML view", "Text field", "Text area", "Table", "Image view", "ID", "Name", "John Doe",
      "Erika Muller", "Dominic Leaf",
      "Enter", "Escape", "ArrowDown", "ArrowUp", "Backspace", "Delete", "Space",
      "Field", "Form", "Row_", "NaN",
      "Powered by bpmn.io", "Web-based tooling for BPMN, DMN, and forms powered by",
      "No options source defined in the form definition");

  /** Where a literal is shown whatever it looks like: a placeholder, a tooltip, an accessible name. */
  static final Pattern SHOWN_ATTRIBUTE = Pattern.compile("(?:placeholder|\"aria-label\"|title|alt):[^,;{}()]{0,40}$");
  static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}");
  static final Pattern SLOT = Pattern.compile("\\{(\\d+)}");

  @Test
  void everyEnglishTextOfFormJsViewer_isInTheKazakhAndRussianTables() throws IOException {
    Set<String> shown = shownTexts(viewer());
    assertThat(shown).as("form-js's texts as this test reads them").contains("Field is required.",
        "Field must match pattern {1}.", "Select", "Search", "No results", "hh:mm", "of");
    for (String language : OUR_LANGUAGES) {
      Map<String, String> texts = table(language, "texts");
      List<String> missing = new ArrayList<>();
      for (String text : shown) {
        // A piece of a message built from several literals is part of a key; a single word is a key.
        if (!NOT_SHOWN.contains(text) && texts.keySet().stream().map(CamundaFormsWordsTest::normal)
            .noneMatch(key -> text.contains(" ") ? key.contains(text) : key.equals(text))) {
          missing.add(text);
        }
      }
      assertThat(missing).as("form-js texts without a translation in tasklist/locales/%s.json formJs.texts",
          language).isEmpty();
      List<String> stale = new ArrayList<>();
      texts.keySet().stream().filter(key -> !madeOf(normal(key), shown)).forEach(stale::add);
      assertThat(stale).as("formJs.texts of %s.json that form-js does not write (any more)", language).isEmpty();
    }
    assertThat(table("kk", "texts").keySet()).as("the same English texts in kk.json and ru.json")
        .containsExactlyElementsOf(table("ru", "texts").keySet());
  }

  @Test
  void everyTranslation_usesOnlyItsTextsSlots_andNoLatinWordButAmPm() throws IOException {
    for (String language : OUR_LANGUAGES) {
      table(language, "texts").forEach((english, translated) -> {
        assertThat(slots(english)).as("%s: %s", language, english).containsAll(slots(translated));
        assertThat(translated).as("%s: %s", language, english).isNotBlank();
        assertThat(WORDS.matcher(translated.replace("AM/PM", "")).find())
            .as("%s: \"%s\" has no Latin word", language, translated).isFalse();
      });
      assertThat(table(language, "texts").get("Field must match pattern {1}.")).as("a pattern's message")
          .doesNotContain("{1}");
      assertThat(table(language, "dateLetters").keySet()).containsExactlyInAnyOrder("d", "m", "y");
    }
  }

  /** The date picker's words are flatpickr's locale: ours names every text of flatpickr's English. */
  @Test
  void theDatePickersLocale_hasEveryTextOfFlatpickrsEnglish() throws IOException {
    String deps = shipped("lib/deps.js");
    int start = deps.indexOf("{weekdays:{shorthand:[\"Sun\"");
    assertThat(start).as("flatpickr's English locale in deps.js").isPositive();
    String english = deps.substring(start, closingBrace(deps, start) + 1);
    Set<String> keys = new TreeSet<>();
    Matcher key = Pattern.compile("[{,]([A-Za-z_0-9]+):(?=[\"\\[{!])").matcher(english);
    while (key.find()) {
      keys.add(key.group(1));
    }
    keys.removeAll(Set.of("shorthand", "longhand", "daysInMonth", "time_24hr"));
    assertThat(keys).contains("weekdays", "months", "rangeSeparator", "scrollTitle", "toggleTitle");
    for (String language : OUR_LANGUAGES) {
      JsonNode ours = formJs(language).path("flatpickr");
      assertThat(ours.fieldNames()).toIterable().as("flatpickr's locale in %s.json", language).containsAll(keys);
      assertThat(ours.path("weekdays").path("shorthand")).hasSize(7);
      assertThat(ours.path("weekdays").path("longhand")).hasSize(7);
      assertThat(ours.path("months").path("shorthand")).hasSize(12);
      assertThat(ours.path("months").path("longhand")).hasSize(12);
      assertThat(ours.path("firstDayOfWeek").asInt()).as("weeks start on Monday").isEqualTo(1);
    }
  }

  @Test
  void tasklistLoadsTheFormsScript() throws IOException {
    assertThat(ours("tasklist", "scripts/config.js")).contains("customScripts: ['scripts/qyzmet-forms.js']");
    assertThat(ours("tasklist", "scripts/qyzmet-forms.js"))
        .contains("import { language } from '../../qyzmet-language.js';")
        .contains("../locales/${language}.json").contains("file.formJs");
  }

  // --- reading form-js

  static String viewer() throws IOException {
    String deps = shipped("lib/deps.js");
    int mark = deps.indexOf(VIEWER_MARK);
    assertThat(mark).as("form-js's viewer in deps.js (%s)", VIEWER_MARK).isPositive();
    assertThat(deps.indexOf(VIEWER_MARK, mark + 1)).as("one form-js viewer in deps.js").isNegative();
    Matcher module = MODULE_START.matcher(deps);
    int start = -1;
    int end = deps.length();
    while (module.find()) {
      if (module.start() < mark) {
        start = module.start();
      } else {
        end = module.start();
        break;
      }
    }
    assertThat(start).as("the webpack module around form-js's viewer").isNotNegative();
    String viewer = deps.substring(start, end);
    assertThat(viewer).as("form-js's viewer module").contains("fjs-form-field", "flatpickr-day");
    return viewer;
  }

  /**
   * The texts of the viewer a worker may read: literals with words in them (two words, a capitalised
   * one, or one between blanks), and any literal set as a placeholder, tooltip or accessible name; not the
   * messages of thrown errors and the console, CSS, SVG paths and markup.
   */
  static Set<String> shownTexts(String viewer) {
    Set<String> shown = new TreeSet<>();
    for (JsLiterals.Literal literal : JsLiterals.of(viewer).literals()) {
      String text = normal(literal.text());
      String before = viewer.substring(Math.max(0, literal.position() - 60), literal.position());
      if (text.isEmpty() || !WORDS.matcher(text).find() || before.matches("(?s).*(?:Error\\(|console\\.\\w+\\()$")
          || text.equals("use strict") || text.startsWith("<") || text.matches("^[Mm][\\d.\\s-].*")
          || text.matches("^[a-z-]+:\\s.*")) {
        continue;
      }
      // Words: two of them, a capitalised one, or one set between blanks (the table's " of ").
      boolean words = text.contains(" ") && !cssClasses(text) || text.matches("^[A-Z][a-z].*")
          || !literal.text().equals(text) && text.matches("[a-z]+");
      if (words || SHOWN_ATTRIBUTE.matcher(before).find()) {
        shown.add(text);
      }
    }
    return shown;
  }

  private static boolean cssClasses(String text) {
    return List.of(text.split(" ")).stream().allMatch(token -> token.matches("[a-z0-9]*[-_][\\w-]*"));
  }

  /** Whether form-js's texts make up every letter of a table's key (a message built from pieces). */
  static boolean madeOf(String key, Set<String> shown) {
    boolean[] covered = new boolean[key.length()];
    for (String text : shown) {
      for (int at = key.indexOf(text); at >= 0; at = key.indexOf(text, at + 1)) {
        for (int i = at; i < at + text.length(); i++) {
          covered[i] = true;
        }
      }
    }
    for (int i = 0; i < key.length(); i++) {
      if (Character.isLetter(key.charAt(i)) && !covered[i]) {
        return false;
      }
    }
    return true;
  }

  static String normal(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  static Set<String> slots(String text) {
    Set<String> found = new TreeSet<>();
    Matcher slot = SLOT.matcher(text);
    while (slot.find()) {
      found.add(slot.group());
    }
    return found;
  }

  private static int closingBrace(String source, int open) {
    int depth = 0;
    for (int i = open; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"') {
        i = source.indexOf('"', i + 1);
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalStateException("no closing brace");
  }

  // --- reading our tables

  static JsonNode formJs(String language) throws IOException {
    JsonNode formJs = JSON.readTree(ours("tasklist", "locales/" + language + ".json")).path("formJs");
    assertThat(formJs.isObject()).as("tasklist/locales/%s.json has formJs", language).isTrue();
    return formJs;
  }

  static Map<String, String> table(String language, String part) throws IOException {
    Map<String, String> table = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = formJs(language).path(part).fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      table.put(field.getKey(), field.getValue().asText());
    }
    assertThat(table).as("formJs.%s of %s.json", part, language).isNotEmpty();
    return table;
  }
}
