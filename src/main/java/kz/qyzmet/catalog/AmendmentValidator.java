package kz.qyzmet.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Applies an amendment to the wording in force before it and checks both: the amendment's own
 * fields (its act, its words, the dates increasing, every part it replaces existing in the earlier
 * wording, every quote found where it says), then the amended standard with every rule of
 * {@link StandardValidator}. All breaches are reported together under the file's name.
 */
final class AmendmentValidator {

  private static final Pattern FILE = Pattern.compile("(?:.*/)?(s\\d\\d)-(\\d{4}-\\d\\d-\\d\\d)\\.yaml");
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+([_-][a-z0-9]+)*");

  private final StandardValidator standardValidator = new StandardValidator();
  /** The codes of a standard's decision table: an added document must not be one of them. */
  private final java.util.function.Function<Standard, Set<String>> tableCodes;

  AmendmentValidator() {
    this(DecisionTableCodes::of);
  }

  AmendmentValidator(java.util.function.Function<Standard, Set<String>> tableCodes) {
    this.tableCodes = tableCodes;
  }

  /** The wording that follows {@code previous} from the amendment's day. */
  Wording apply(String fileName, Amendment a, Wording previous) {
    List<String> errors = new ArrayList<>();
    Standard before = previous.standard();
    var file = FILE.matcher(fileName);
    require(file.matches() && file.group(1).equals(before.code())
        && Objects.equals(file.group(2), String.valueOf(a.effectiveFrom())), errors, "effectiveFrom",
        "the file name must be " + before.code() + "-<effectiveFrom>.yaml");
    require(a.effectiveFrom() != null && a.effectiveFrom().isAfter(previous.effectiveFrom()), errors, "effectiveFrom",
        "must come after " + previous.effectiveFrom() + ", when the wording before it (" + previous.id() + ") took effect");
    AmendingAct act = a.act();
    if (act == null) {
      errors.add("act: required");
    } else {
      text(act.number(), errors, "act.number");
      require(act.date() != null && (a.effectiveFrom() == null || !act.date().isAfter(a.effectiveFrom())), errors,
          "act.date", "required, and not after effectiveFrom");
      text(act.titleKk(), errors, "act.titleKk");
      text(act.titleRu(), errors, "act.titleRu");
    }
    text(a.changesKk(), errors, "changesKk");
    text(a.changesRu(), errors, "changesRu");
    text(a.changesEn(), errors, "changesEn");
    require(!a.runningApplicationsMove() || a.transitionalParagraph() != null, errors, "transitionalParagraph",
        "required when running applications move: the act's paragraph that says so");
    require(!(a.channels().isEmpty() && a.terms().isEmpty() && a.extensions().isEmpty()
        && a.refusalGrounds().isEmpty() && a.documentsDropped().isEmpty() && a.documentsAdded().isEmpty()
        && a.channelsAdded().isEmpty() && a.caseTypesAdded().isEmpty() && a.flagsAdded().isEmpty()),
        errors, "(top level)", "replaces nothing: give channels, channelsAdded, caseTypesAdded, flagsAdded, terms, "
            + "extensions, refusalGrounds, documentsDropped or documentsAdded");

    Set<Object> quotedInText = Collections.newSetFromMap(new IdentityHashMap<>());
    // Parts an earlier amendment put in quote that amendment's text (checked when it was applied);
    // the decree's own parts all quote the seed.
    before.channels().stream().filter(c -> c.seedLine() <= 0).forEach(quotedInText::add);
    before.terms().stream().filter(t -> t.seedLine() <= 0).forEach(quotedInText::add);
    before.extensions().stream().filter(e -> e.seedLine() <= 0).forEach(quotedInText::add);
    before.refusalGrounds().stream().filter(g -> g.seedLine() <= 0).forEach(quotedInText::add);
    List<Channel> channels = new ArrayList<>(before.channels());
    for (int i = 0; i < a.channels().size(); i++) {
      Channel c = a.channels().get(i);
      int at = indexOf(channels, x -> x.id().equals(c.id()));
      replace(channels, at, c, errors, "channels[" + i + "]", "channel '" + c.id() + "'");
      source(a, c.seedLine(), null, c, quotedInText, errors, "channels[" + i + "]");
    }
    // Added channels, case types and flags: codes the wording lacks. The table has no rows for them, so
    // the amendment states their documents (documentsAs, documentsAdded; checked below).
    Set<String> channelsAdded = new java.util.LinkedHashSet<>();
    for (int i = 0; i < a.channelsAdded().size(); i++) {
      Channel c = a.channelsAdded().get(i);
      String at = "channelsAdded[" + i + "]";
      require(c.id() != null && !before.hasChannel(c.id()) && channelsAdded.add(c.id()), errors, at + ".id",
          "'" + c.id() + "' is a channel of the wording already (replace it under channels)");
      channels.add(c);
      source(a, c.seedLine(), null, c, quotedInText, errors, at);
    }
    List<CaseType> caseTypes = new ArrayList<>(before.caseTypes());
    Set<String> caseTypesAdded = new java.util.LinkedHashSet<>();
    for (int i = 0; i < a.caseTypesAdded().size(); i++) {
      CaseType c = a.caseTypesAdded().get(i);
      require(c.code() != null && !before.hasCaseType(c.code()) && caseTypesAdded.add(c.code()), errors,
          "caseTypesAdded[" + i + "].code", "'" + c.code() + "' is a case type of the wording already");
      caseTypes.add(c);
    }
    List<ApplicantFlag> flags = new ArrayList<>(before.flags());
    Set<String> flagsAdded = new java.util.LinkedHashSet<>();
    for (int i = 0; i < a.flagsAdded().size(); i++) {
      ApplicantFlag f = a.flagsAdded().get(i);
      require(f.code() != null && !before.hasFlag(f.code()) && flagsAdded.add(f.code()), errors,
          "flagsAdded[" + i + "].code", "'" + f.code() + "' is a flag of the wording already");
      flags.add(f);
    }
    Amendment.DocumentsAs documentsAs = documentsAs(a.documentsAs(), previous, channelsAdded, caseTypesAdded,
        flagsAdded, errors);
    List<Term> terms = new ArrayList<>(before.terms());
    for (int i = 0; i < a.terms().size(); i++) {
      Term t = a.terms().get(i);
      int at = indexOf(terms, x -> x.kind().equals(t.kind()) && Set.copyOf(x.channels()).equals(Set.copyOf(t.channels()))
          && Objects.equals(x.caseType(), t.caseType()));
      if (at < 0 && (t.channels().stream().anyMatch(channelsAdded::contains) || caseTypesAdded.contains(t.caseType()))) {
        terms.add(t); // a term of an added channel or case type replaces nothing
      } else {
        replace(terms, at, t, errors, "terms[" + i + "]", "term of kind '" + t.kind() + "' at " + t.channels()
            + (t.caseType() == null ? "" : " for case type '" + t.caseType() + "'"));
      }
      source(a, t.seedLine(), t.quoteKk(), t, quotedInText, errors, "terms[" + i + "]");
    }
    List<Extension> extensions = new ArrayList<>(before.extensions());
    for (int i = 0; i < a.extensions().size(); i++) {
      Extension e = a.extensions().get(i);
      int at = indexOf(extensions, x -> x.kind().equals(e.kind())
          && Set.copyOf(x.channels()).equals(Set.copyOf(e.channels())) && Objects.equals(x.caseType(), e.caseType()));
      if (at < 0 && (e.channels().stream().anyMatch(channelsAdded::contains) || caseTypesAdded.contains(e.caseType()))) {
        extensions.add(e);
      } else {
        replace(extensions, at, e, errors, "extensions[" + i + "]", "extension '" + e.kind() + "' at " + e.channels());
      }
      source(a, e.seedLine(), e.quoteKk(), e, quotedInText, errors, "extensions[" + i + "]");
    }
    List<RefusalGround> grounds = new ArrayList<>(before.refusalGrounds());
    for (int i = 0; i < a.refusalGrounds().size(); i++) {
      RefusalGround g = a.refusalGrounds().get(i);
      int at = indexOf(grounds, x -> x.code().equals(g.code()));
      // A ground of a code the wording lacks is a ground the amendment adds (a new ground for refusal is
      // a common amendment); the standard as amended is checked below like any standard of the catalog.
      if (at < 0) {
        grounds.add(g);
      } else {
        grounds.set(at, g);
      }
      source(a, g.seedLine(), null, g, quotedInText, errors, "refusalGrounds[" + i + "]");
    }
    Set<String> dropped = new java.util.LinkedHashSet<>(previous.documentsDropped());
    List<Amendment.AddedDocument> added = new ArrayList<>(previous.documentsAdded());
    String paragraphPrefix = "Standard " + before.number() + ", ";
    for (int i = 0; i < a.documentsDropped().size(); i++) {
      Amendment.DroppedDocument d = a.documentsDropped().get(i);
      String at = "documentsDropped[" + i + "]";
      require(d.code() != null && CODE.matcher(d.code()).matches(), errors, at + ".code",
          "must be a document code of the decision table, is '" + d.code() + "'");
      // A document an earlier amendment added leaves the wording's additions; one of the table is dropped.
      boolean wasAdded = added.removeIf(x -> x.code().equals(d.code()));
      require(wasAdded || dropped.add(d.code()), errors, at + ".code", "'" + d.code() + "' is dropped already");
      require(d.paragraph() != null && d.paragraph().startsWith(paragraphPrefix), errors, at + ".paragraph",
          "must read '" + paragraphPrefix + "p. N(n)'");
      source(a, d.seedLine(), d.quoteKk(), d, quotedInText, errors, at);
      seedLine(before, d.seedLine(), errors, at);
      text(d.quoteKk(), errors, at + ".quoteKk");
    }
    Set<String> table = a.documentsAdded().isEmpty() ? Set.of() : tableCodes.apply(before);
    for (int i = 0; i < a.documentsAdded().size(); i++) {
      Amendment.AddedDocument d = a.documentsAdded().get(i);
      String at = "documentsAdded[" + i + "]";
      require(d.code() != null && CODE.matcher(d.code()).matches(), errors, at + ".code",
          "must be a document code (lower case, '_' or '-' between words), is '" + d.code() + "'");
      if (d.code() != null) {
        require(!table.contains(d.code()) || dropped.contains(d.code()), errors, at + ".code",
            "'" + d.code() + "' is a document of dmn/" + before.requiredDocumentsDecisionKey()
                + ".dmn already: the wording has it");
        require(added.stream().noneMatch(x -> x.code().equals(d.code())), errors, at + ".code",
            "'" + d.code() + "' is added already: the wording has it");
      }
      text(d.nameKk(), errors, at + ".nameKk");
      text(d.nameRu(), errors, at + ".nameRu");
      text(d.nameEn(), errors, at + ".nameEn");
      text(d.originalOrCopy(), errors, at + ".originalOrCopy");
      text(d.condition(), errors, at + ".condition");
      require(!d.channels().isEmpty(), errors, at + ".channels", "required: the channels at which it is required");
      for (String channel : d.channels()) {
        require(channels.stream().anyMatch(c -> c.id().equals(channel)), errors, at + ".channels",
            "'" + channel + "' is not a channel of the standard");
      }
      for (String caseType : d.caseTypes()) {
        require(caseTypes.stream().anyMatch(c -> c.code().equals(caseType)), errors, at + ".caseTypes",
            "'" + caseType + "' is not a case type of the standard");
      }
      for (String flag : d.flags()) {
        require(flags.stream().anyMatch(f -> f.code().equals(flag)), errors, at + ".flags",
            "'" + flag + "' is not a flag of the standard");
      }
      require(d.paragraph() != null && d.paragraph().startsWith(paragraphPrefix), errors, at + ".paragraph",
          "must read '" + paragraphPrefix + "p. N(n)'");
      source(a, d.seedLine(), d.quoteKk(), d, quotedInText, errors, at);
      seedLine(before, d.seedLine(), errors, at);
      text(d.quoteKk(), errors, at + ".quoteKk");
      if (d.code() != null) {
        dropped.remove(d.code());
        added.add(d);
      }
    }
    // An added channel that takes applications, an added case type and an added flag are asked for documents
    // the amendment states: as an existing one's, or its own added ones.
    for (Channel c : a.channelsAdded()) {
      require(!c.takesApplications() || documentsAs.channels().containsKey(c.id())
          || added.stream().anyMatch(d -> d.channels().contains(c.id())), errors, "channelsAdded",
          "'" + c.id() + "' takes applications but no documents are stated for it: give documentsAs.channels."
              + c.id() + " (an existing channel whose documents it asks for) or documentsAdded at it");
    }
    for (String code : caseTypesAdded) {
      require(documentsAs.caseTypes().containsKey(code) || added.stream().anyMatch(d -> d.caseTypes().contains(code)),
          errors, "caseTypesAdded", "no documents are stated for '" + code + "': give documentsAs.caseTypes." + code
              + " or documentsAdded for it");
    }
    for (String code : flagsAdded) {
      require(documentsAs.flags().containsKey(code) || added.stream().anyMatch(d -> d.flags().contains(code)),
          errors, "flagsAdded", "no documents are stated for '" + code + "': give documentsAs.flags." + code
              + " or documentsAdded for it");
    }
    if (!errors.isEmpty()) {
      throw new CatalogException(fileName + " is invalid:\n  - " + String.join("\n  - ", errors));
    }
    Standard after = new Standard(before.number(), before.code(), before.slug(), before.processKey(),
        before.nameKk(), before.nameRu(), before.nameEn(), before.providerKk(), before.providerRu(),
        before.providerEn(), before.seedLines(), channels, caseTypes, flags, terms, extensions,
        grounds, before.complaints(), before.interpretations());
    try {
      standardValidator.validate("standards/" + before.code() + ".yaml", after, quotedInText);
    } catch (CatalogException e) {
      throw new CatalogException(fileName + ": the standard as amended breaks the catalog's rules: "
          + e.getMessage().substring(e.getMessage().indexOf(':') + 1), e);
    }
    return new Wording(after, a.effectiveFrom(), act, a, dropped, added, documentsAs.with(previous.documentsAs()));
  }

  /** One kind of {@code documentsAs}: each added code to the existing one whose documents it brings. */
  private static java.util.Map<String, String> resolved(java.util.Map<String, String> as,
      java.util.function.Predicate<String> added, java.util.function.Predicate<String> existed,
      java.util.function.UnaryOperator<String> earlier, String field, String kind, List<String> errors) {
    java.util.Map<String, String> resolved = new java.util.HashMap<>();
    as.forEach((code, existing) -> {
      require(added.test(code), errors, field + code, "is not a " + kind + " the amendment adds");
      require(existed.test(existing), errors, field + code,
          "'" + existing + "' is not a " + kind + " of the wording before it");
      resolved.put(code, earlier.apply(existing));
    });
    return resolved;
  }

  /**
   * The amendment's {@code documentsAs}, checked: each key is a channel (case type, flag) it adds, each
   * value one of the wording before it; a value an earlier amendment added is resolved to the one whose
   * documents that brings, so the table is always asked for a code it has rows for.
   */
  private static Amendment.DocumentsAs documentsAs(Amendment.DocumentsAs as, Wording previous, Set<String> channels,
      Set<String> caseTypes, Set<String> flags, List<String> errors) {
    Standard before = previous.standard();
    Amendment.DocumentsAs earlier = previous.documentsAs();
    java.util.Map<String, String> c = resolved(as.channels(), channels::contains, before::hasChannel,
        earlier::channel, "documentsAs.channels.", "channel", errors);
    java.util.Map<String, String> t = resolved(as.caseTypes(), caseTypes::contains, before::hasCaseType,
        earlier::caseType, "documentsAs.caseTypes.", "case type", errors);
    java.util.Map<String, String> f = resolved(as.flags(), flags::contains, before::hasFlag,
        existing -> earlier.flags().getOrDefault(existing, existing), "documentsAs.flags.", "flag", errors);
    return new Amendment.DocumentsAs(c, t, f);
  }

  /**
   * A part quotes the seed (a seed line within the standard's) or, without a seed line, the
   * amending act's own text, which must then hold the quote.
   */
  private static void source(Amendment a, int seedLine, String quoteKk, Object part, Set<Object> quotedInText,
      List<String> errors, String at) {
    if (seedLine > 0) {
      return; // checked with the standard's seed lines when the amended standard is validated
    }
    quotedInText.add(part);
    require(a.textKk() != null && !a.textKk().isBlank(), errors, at + ".seedLine",
        "without a seed line the part quotes the amendment's textKk, which is missing");
    if (quoteKk != null && a.textKk() != null) {
      require(normalized(a.textKk()).contains(normalized(quoteKk)), errors, at + ".quoteKk",
          "not found in the amendment's textKk");
    }
  }

  /** A document is no part of the standard's file, so its seed line is checked here. */
  private static void seedLine(Standard standard, int seedLine, List<String> errors, String at) {
    SeedLines lines = standard.seedLines();
    require(seedLine <= 0 || lines == null || lines.contains(seedLine), errors, at + ".seedLine",
        "must lie within seedLines " + (lines == null ? "" : lines.from() + ".." + lines.to()) + ", is " + seedLine);
  }

  private static String normalized(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static <T> int indexOf(List<T> list, java.util.function.Predicate<T> match) {
    for (int i = 0; i < list.size(); i++) {
      if (match.test(list.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static <T> void replace(List<T> list, int at, T part, List<String> errors, String field, String what) {
    if (at < 0) {
      errors.add(field + ": replaces the " + what + ", which the wording before it does not have");
    } else {
      list.set(at, part);
    }
  }

  private static void text(String value, List<String> errors, String field) {
    require(value != null && !value.isBlank(), errors, field, "required");
  }

  private static void require(boolean ok, List<String> errors, String field, String problem) {
    if (!ok) {
      errors.add(field + ": " + problem);
    }
  }

  /** The decree's own wording of a standard. */
  static Wording original(Standard standard) {
    return new Wording(standard, AmendingAct.DECREE_217.date(), AmendingAct.DECREE_217, null, Set.of(), List.of(),
        Amendment.DocumentsAs.NONE);
  }
}
