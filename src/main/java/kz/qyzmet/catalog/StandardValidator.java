package kz.qyzmet.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every standards file must keep. All breaches are collected and reported together, each
 * as {@code field: problem}, under the file's name.
 */
final class StandardValidator {

  static final Set<String> CHANNEL_IDS = Set.of("ztmo", "psc", "portal", "provider", "akim");
  static final Set<String> REFUSAL_STAGES = Set.of("intake", "decision");
  /** The decisions a stage may follow ({@code onDecision}). */
  static final Set<String> DECISIONS = Set.of("grant", "refuse");
  /** The law a PSC head's complaint term falls back on where the decree names none. */
  static final String PUBLIC_SERVICES_LAW = "Law \"On public services\"";

  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern FILE = Pattern.compile("(?:.*/)?(s\\d\\d)\\.yaml");

  void validate(String fileName, Standard s) {
    validate(fileName, s, Set.of());
  }

  /**
   * @param quotedElsewhere parts (by identity) an amendment brought in that quote the amending act's
   *     text instead of the seed: their seed line is not checked here ({@link AmendmentValidator} did)
   */
  void validate(String fileName, Standard s, Set<Object> quotedElsewhere) {
    List<String> errors = new ArrayList<>();
    Check check = new Check(errors, quotedElsewhere);

    check.that(s.number() >= 1 && s.number() <= 30, "number", "must be 1..30, is " + s.number());
    String expectedCode = String.format("s%02d", s.number());
    check.that(expectedCode.equals(s.code()), "code", "must be '" + expectedCode + "', is '" + s.code() + "'");
    var file = FILE.matcher(fileName);
    check.that(file.matches() && file.group(1).equals(s.code()), "code",
        "the file name must be <code>.yaml (code '" + s.code() + "')");
    check.kebab(s.slug(), "slug");
    check.that(Objects.equals(s.processKey(), s.code() + "-" + s.slug()), "processKey",
        "must be '" + s.code() + "-" + s.slug() + "' (code-slug), is '" + s.processKey() + "'");
    check.text(s.nameKk(), "nameKk");
    check.russian(s.nameRu(), "nameRu");
    check.text(s.nameEn(), "nameEn");
    check.text(s.providerKk(), "providerKk");
    check.russian(s.providerRu(), "providerRu");
    check.text(s.providerEn(), "providerEn");
    SeedLines lines = s.seedLines();
    boolean linesOk = lines != null && lines.from() > 0 && lines.from() < lines.to();
    check.that(linesOk, "seedLines", "must be {from, to} with 0 < from < to");
    String paragraphPrefix = "Standard " + s.number() + ", ";

    // channels
    check.that(!s.channels().isEmpty(), "channels", "at least one channel is required");
    Set<String> channelIds = new HashSet<>();
    for (int i = 0; i < s.channels().size(); i++) {
      Channel c = s.channels().get(i);
      String at = "channels[" + i + "]";
      check.that(CHANNEL_IDS.contains(c.id()), at + ".id",
          "must be one of " + new java.util.TreeSet<>(CHANNEL_IDS) + ", is '" + c.id() + "'");
      check.that(channelIds.add(c.id()), at + ".id", "duplicate channel '" + c.id() + "'");
      check.text(c.nameKk(), at + ".nameKk");
      check.russian(c.nameRu(), at + ".nameRu");
      check.text(c.nameEn(), at + ".nameEn");
      check.that(!c.functions().isEmpty(), at + ".functions", "at least one function is required");
      check.that(!(c.does(ChannelFunction.INFORMATION_ONLY) && c.does(ChannelFunction.INTAKE)),
          at + ".functions", "information-only and intake exclude each other");
      check.paragraph(c.paragraph(), paragraphPrefix, at + ".paragraph");
      check.line(c, c.seedLine(), lines, at + ".seedLine");
    }

    // case types and flags
    Set<String> caseCodes = new HashSet<>();
    for (int i = 0; i < s.caseTypes().size(); i++) {
      CaseType ct = s.caseTypes().get(i);
      String at = "caseTypes[" + i + "]";
      check.kebab(ct.code(), at + ".code");
      check.that(caseCodes.add(ct.code()), at + ".code", "duplicate case type '" + ct.code() + "'");
      check.text(ct.nameKk(), at + ".nameKk");
      check.russian(ct.nameRu(), at + ".nameRu");
      check.text(ct.nameEn(), at + ".nameEn");
      check.paragraph(ct.paragraph(), paragraphPrefix, at + ".paragraph");
    }
    for (int i = 0; i < s.channels().size(); i++) {
      for (String ct : s.channels().get(i).caseTypes()) {
        check.caseType(ct, caseCodes, "channels[" + i + "].caseTypes");
      }
    }
    Set<String> flagCodes = new HashSet<>();
    for (int i = 0; i < s.flags().size(); i++) {
      ApplicantFlag f = s.flags().get(i);
      String at = "flags[" + i + "]";
      check.kebab(f.code(), at + ".code");
      check.that(flagCodes.add(f.code()), at + ".code", "duplicate flag '" + f.code() + "'");
      // The start form shows every flag by its Kazakh and Russian names.
      check.text(f.kazakhName(), at + ".nameKk or .nameKkTranslated");
      check.russian(f.nameRu(), at + ".nameRu");
      check.text(f.nameEn(), at + ".nameEn");
    }

    // terms
    check.that(!s.terms().isEmpty(), "terms", "at least one term is required");
    Set<String> kinds = new HashSet<>();
    s.terms().forEach(t -> kinds.add(t.kind()));
    for (int i = 0; i < s.terms().size(); i++) {
      Term t = s.terms().get(i);
      String at = "terms[" + i + "]";
      check.channels(t.channels(), channelIds, at + ".channels", false);
      check.caseType(t.caseType(), caseCodes, at + ".caseType");
      check.kebab(t.kind(), at + ".kind");
      check.that(t.kind() == null || KindNames.term(t.kind()).isPresent(), at + ".kind",
          "the kind '" + t.kind() + "' has no name in KindNames (add its Kazakh, Russian and English names)");
      check.period(t.value(), t.unit(), at);
      check.that(t.after() == null || (kinds.contains(t.after()) && !t.after().equals(t.kind())),
          at + ".after", "must name the kind of another term of this standard, is '" + t.after() + "'");
      check.that(t.onDecision() == null || (t.after() != null && DECISIONS.contains(t.onDecision())),
          at + ".onDecision", "must be one of " + DECISIONS + " on a stage with after, is '" + t.onDecision() + "'");
      check.that(t.unit() != TermUnit.SCHEDULE || Term.SERVICE.equals(t.kind()), at + ".unit",
          "schedule is for a service term only");
      check.paragraph(t.paragraph(), paragraphPrefix, at + ".paragraph");
      check.line(t, t.seedLine(), lines, at + ".seedLine");
      check.text(t.quoteKk(), at + ".quoteKk");
    }
    for (int i = 0; i < s.terms().size(); i++) {
      for (int j = 0; j < i; j++) {
        Term a = s.terms().get(i);
        Term b = s.terms().get(j);
        boolean clash = a.kind().equals(b.kind()) && Objects.equals(a.caseType(), b.caseType())
            && a.channels().stream().anyMatch(b.channels()::contains);
        check.that(!clash, "terms[" + i + "]", "same kind, channel and case type as terms[" + j + "]");
      }
    }
    // every channel that answers applicants has a service term, for every case type
    for (Channel c : s.channels()) {
      if (!(c.takesApplications() || c.does(ChannelFunction.INFORMATION_ONLY))) {
        continue;
      }
      List<String> cases = s.caseTypes().isEmpty() ? java.util.Collections.singletonList(null)
          : s.caseTypes().stream().map(CaseType::code).toList();
      for (String ct : cases) {
        if (ct != null && !c.accepts(ct)) {
          continue;
        }
        check.that(s.serviceTerm(c.id(), ct).isPresent(), "terms",
            "no 'service' term for channel '" + c.id() + "'" + (ct == null ? "" : " and case type '" + ct + "'"));
      }
    }

    // extensions
    Set<String> extensionKeys = new HashSet<>();
    for (int i = 0; i < s.extensions().size(); i++) {
      Extension e = s.extensions().get(i);
      String at = "extensions[" + i + "]";
      check.kebab(e.kind(), at + ".kind");
      check.that(e.kind() == null || KindNames.extension(e.kind()).isPresent(), at + ".kind",
          "the kind '" + e.kind() + "' has no name in KindNames (add its Kazakh, Russian and English names)");
      check.channels(e.channels(), channelIds, at + ".channels", false);
      check.caseType(e.caseType(), caseCodes, at + ".caseType");
      for (String ch : e.channels()) {
        check.that(extensionKeys.add(e.kind() + "/" + ch + "/" + e.caseType()), at,
            "a second '" + e.kind() + "' extension for channel '" + ch + "'");
      }
      check.text(e.triggerEn(), at + ".triggerEn");
      if (e.runsWithinTerm()) {
        check.that(Extension.DOCUMENT_REQUEST.equals(e.kind()) && e.maxTotal() == null && e.extendBy() == null, at,
            "withinTerm is for a document request without maxTotal or extendBy");
      } else {
        check.that(e.maxTotal() != null || e.extendBy() != null, at,
            "needs maxTotal or extendBy (or withinTerm: true for a document request that does not extend the term)");
      }
      check.period(e.maxTotal(), at + ".maxTotal");
      check.period(e.extendBy(), at + ".extendBy");
      check.period(e.notifyApplicant(), at + ".notifyApplicant");
      check.period(e.afterResolution(), at + ".afterResolution");
      check.paragraph(e.paragraph(), paragraphPrefix, at + ".paragraph");
      check.line(e, e.seedLine(), lines, at + ".seedLine");
      check.text(e.quoteKk(), at + ".quoteKk");
      // the numbers an extension restates must be the same as the terms'
      String afterKind = Extension.DOCUMENT_REQUEST.equals(e.kind()) ? Term.AFTER_DOCUMENTS
          : Extension.ERROR_CORRECTION.equals(e.kind()) ? Term.AFTER_ERROR_FIX : null;
      if (e.afterResolution() != null && afterKind != null) {
        check.sameAsTerm(s, e, afterKind, e.afterResolution(), at + ".afterResolution");
      }
      if (e.notifyApplicant() != null) {
        check.sameAsTerm(s, e, Term.NOTIFY_APPLICANT, e.notifyApplicant(), at + ".notifyApplicant");
      }
    }

    // refusal grounds
    Set<String> groundCodes = new HashSet<>();
    for (int i = 0; i < s.refusalGrounds().size(); i++) {
      RefusalGround g = s.refusalGrounds().get(i);
      String at = "refusalGrounds[" + i + "]";
      check.kebab(g.code(), at + ".code");
      check.that(groundCodes.add(g.code()), at + ".code", "duplicate refusal ground '" + g.code() + "'");
      check.text(g.nameKk(), at + ".nameKk");
      check.russian(g.nameRu(), at + ".nameRu");
      check.text(g.nameEn(), at + ".nameEn");
      check.that(REFUSAL_STAGES.contains(g.stage()), at + ".stage", "must be intake or decision, is '" + g.stage() + "'");
      check.channels(g.channels(), channelIds, at + ".channels", true);
      check.paragraph(g.paragraph(), paragraphPrefix, at + ".paragraph");
      check.line(g, g.seedLine(), lines, at + ".seedLine");
    }

    // complaints
    Complaints c = s.complaints();
    if (c == null) {
      errors.add("complaints: required");
    } else {
      check.that(c.providerWorkingDays() > 0, "complaints.providerWorkingDays", "must be positive");
      check.that(c.qualityAuthorityWorkingDays() > 0, "complaints.qualityAuthorityWorkingDays", "must be positive");
      check.paragraph(c.paragraph(), paragraphPrefix, "complaints.paragraph");
      check.line(c.seedLine(), lines, "complaints.seedLine");
      check.text(c.quoteKk(), "complaints.quoteKk");
      check.line(c.qualityAuthoritySeedLine(), lines, "complaints.qualityAuthoritySeedLine");
      check.text(c.qualityAuthorityQuoteKk(), "complaints.qualityAuthorityQuoteKk");
      Complaints.PscHead psc = c.pscHead();
      if (psc != null) {
        check.that(channelIds.contains("psc"), "complaints.pscHead", "needs the channel psc");
        check.that(psc.workingDays() > 0, "complaints.pscHead.workingDays", "must be positive");
        check.text(psc.termSource(), "complaints.pscHead.termSource");
        if (psc.termFromDecree()) {
          check.paragraph(psc.termSource(), paragraphPrefix, "complaints.pscHead.termSource");
          check.line(psc.termSeedLine(), lines, "complaints.pscHead.termSeedLine");
          check.text(psc.termQuoteKk(), "complaints.pscHead.termQuoteKk");
        } else {
          check.that(psc.termSource() != null && psc.termSource().contains(PUBLIC_SERVICES_LAW),
              "complaints.pscHead.termSource", "without termSeedLine the term must come from the " + PUBLIC_SERVICES_LAW);
        }
        check.paragraph(psc.paragraph(), paragraphPrefix, "complaints.pscHead.paragraph");
        check.line(psc.seedLine(), lines, "complaints.pscHead.seedLine");
        check.text(psc.quoteKk(), "complaints.pscHead.quoteKk");
      }
    }

    for (int i = 0; i < s.interpretations().size(); i++) {
      check.text(s.interpretations().get(i).doubt(), "interpretations[" + i + "].doubt");
      check.text(s.interpretations().get(i).decision(), "interpretations[" + i + "].decision");
    }

    if (!errors.isEmpty()) {
      throw new CatalogException(fileName + " is invalid:\n  - " + String.join("\n  - ", errors));
    }
  }

  private record Check(List<String> errors, Set<Object> quotedElsewhere) {

    /** The seed line of a part, unless an amendment brought it in quoting its own text. */
    void line(Object part, int line, SeedLines lines, String field) {
      if (quotedElsewhere.stream().noneMatch(q -> q == part)) {
        line(line, lines, field);
      }
    }

    void that(boolean ok, String field, String problem) {
      if (!ok) {
        errors.add(field + ": " + problem);
      }
    }

    void text(String value, String field) {
      that(value != null && !value.isBlank(), field, "required");
    }

    /** A Russian name: required, in Cyrillic letters. */
    void russian(String value, String field) {
      text(value, field);
      that(value == null || value.isBlank() || CYRILLIC.matcher(value).find(), field,
          "must be Russian (in Cyrillic letters), is '" + value + "'");
    }

    void kebab(String value, String field) {
      that(value != null && KEBAB.matcher(value).matches(), field,
          "must be kebab-case (a-z, 0-9, '-'), is '" + value + "'");
    }

    void paragraph(String value, String prefix, String field) {
      that(value != null && value.startsWith(prefix) && value.length() > prefix.length(), field,
          "must read '" + prefix + "p. N(n)', is '" + value + "'");
    }

    void line(int line, SeedLines lines, String field) {
      that(lines == null || lines.contains(line), field,
          "must lie within seedLines " + (lines == null ? "" : lines.from() + ".." + lines.to()) + ", is " + line);
    }

    void channels(List<String> channels, Set<String> declared, String field, boolean emptyAllowed) {
      that(emptyAllowed || !channels.isEmpty(), field, "at least one channel is required");
      for (String ch : channels) {
        that(declared.contains(ch), field, "channel '" + ch + "' is not declared in channels");
      }
    }

    void caseType(String caseType, Set<String> declared, String field) {
      that(caseType == null || declared.contains(caseType), field,
          "case type '" + caseType + "' is not declared in caseTypes");
    }

    void period(Integer value, TermUnit unit, String at) {
      that(unit != null, at + ".unit", "required");
      if (unit == TermUnit.SAME_DAY || unit == TermUnit.SCHEDULE) {
        that(value == null || value == 0, at + ".value", "must be empty for " + unit.code());
      } else if (unit != null) {
        that(value != null && value > 0, at + ".value", "must be a positive number");
      }
    }

    void period(StatutoryPeriod p, String at) {
      if (p != null) {
        period(p.value(), p.unit(), at);
      }
    }

    void sameAsTerm(Standard s, Extension e, String kind, StatutoryPeriod p, String field) {
      for (String ch : e.channels()) {
        var term = s.term(kind, ch, e.caseType());
        that(term.isPresent() && term.get().period().equals(p), field,
            "is " + p + " but the '" + kind + "' term for channel '" + ch + "' is "
                + term.map(t -> t.period().toString()).orElse("missing"));
      }
    }
  }
}
