package kz.qyzmet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The file format reaches beyond standards 1-7, 10 and 11: excerpts of standards 9 (same-day term,
 * an examination that stretches it to 10 working days) and 29 (case types per applicant and
 * procedure, a staged chain in which the applicant acts too, an employers-only portal) load and
 * answer lookups. Quotes are the extraction's; the real files will carry the seed's.
 */
class FormatCoverageTest {

  private static Standard read(String name, String yaml) {
    return new StandardFileReader().read(name,
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static final String COMPLAINTS = """
      complaints:
        providerWorkingDays: 5
        qualityAuthorityWorkingDays: 15
        paragraph: Standard %1$d, p. 11
        seedLine: %2$d
        quoteKk: шағымы тіркелген күнінен бастап 5 (бес) жұмыс күні ішінде қаралуға жатады
        qualityAuthoritySeedLine: %2$d
        qualityAuthorityQuoteKk: шағымы тіркелген күнінен бастап 15 (он бес) жұмыс күні ішінде қаралуға жатады
      """;

  @Test
  void aSameDayTermAndAnExaminationExtension() {
    Standard s09 = read("standards/s09.yaml", """
        number: 9
        code: s09
        slug: disability-and-work-capacity-loss-assessment
        processKey: s09-disability-and-work-capacity-loss-assessment
        nameKk: Мүгедектікті және/немесе еңбек ету қабілетінен айырылу дәрежесін белгілеу және/немесе қажетті әлеуметтік қорғау шараларын айқындау
        nameRu: Установление инвалидности и/или степени утраты трудоспособности
        nameEn: Establishing disability and/or the degree of loss of working capacity and/or the necessary social protection measures
        providerKk: көрсетілетін қызметті беруші
        providerRu: Территориальные подразделения Комитета
        providerEn: Territorial subdivisions of the Committee
        seedLines: {from: 3644, to: 3937}
        channels:
          - {id: provider, nameKk: көрсетілетін қызметті беруші, nameRu: Услугодатель, nameEn: Provider, functions: [intake, result-delivery], homeVisit: true, paragraph: "Standard 9, p. 3", seedLine: 3700}
          - {id: portal, nameKk: портал, nameRu: Портал, nameEn: Portal, functions: [information-only, automated], paragraph: "Standard 9, p. 3", seedLine: 3700}
        terms:
          - {channels: [provider], kind: service, unit: same_day, paragraph: "Standard 9, p. 4(1)", seedLine: 3710, quoteKk: "құжаттардың топтамасын көрсетілетін қызметті берушіге тапсырған сәттен бастап – жүгінген күні"}
          - {channels: [portal], kind: service, value: 30, unit: minutes, paragraph: "Standard 9, p. 4(1)", seedLine: 3712, quoteKk: "сұрау салу келіп түскен сәттен бастап 30 минуттан аспайды"}
          - {channels: [provider], kind: queue-wait, value: 4, unit: hours, fromEn: "home or institution visit: 1 to 4 hours by travel time", paragraph: "Standard 9, p. 4(2)", seedLine: 3715, quoteKk: "1 сағаттан 4 сағатқа дейін"}
        extensions:
          - {kind: examination, channels: [provider], triggerEn: the diagnosis must be clarified by further examination and treatment, maxTotal: {value: 10, unit: working_days}, paragraph: "Standard 9, p. 4(1)", seedLine: 3711, quoteKk: "өтінішті тіркеген күннен бастап 10 (он) жұмыс күніне дейінгі мерзімді құрайды"}
        """ + COMPLAINTS.formatted(9, 3800));
    Term service = s09.serviceTerm("provider", null).orElseThrow();
    assertThat(service.unit()).isEqualTo(TermUnit.SAME_DAY);
    assertThat(service.value()).isNull();
    assertThat(service.period().toString()).isEqualTo("same_day");
    assertThat(s09.extension("examination").orElseThrow().maxTotal())
        .isEqualTo(new StatutoryPeriod(10, TermUnit.WORKING_DAYS));
    assertThat(s09.term("queue-wait", "provider", null).orElseThrow().unit()).isEqualTo(TermUnit.HOURS);
  }

  @Test
  void caseTypesWithTheirOwnTermsAndAStagedChain() {
    Standard s29 = read("standards/s29.yaml", """
        number: 29
        code: s29
        slug: foreign-labour-permits
        processKey: s29-foreign-labour-permits
        nameKk: Шетелдік қызметкерге жұмысқа орналасуға және жұмыс берушілерге тиісті әкімшілік-аумақтық бірлік аумағында еңбек қызметін жүзеге асыру үшін шетелдік жұмыс күшін тартуға рұқсат беру, қайта ресімдеу және ұзарту
        nameRu: Разрешения иностранным работникам и работодателям
        nameEn: Permits for foreign workers and for employers to attract foreign labour
        providerKk: жергілікті атқарушы орган
        providerRu: Местный исполнительный орган
        providerEn: Local executive body
        seedLines: {from: 8329, to: 8983}
        channels:
          - {id: provider, nameKk: көрсетілетін қызметті беруші, nameRu: Услугодатель, nameEn: Provider, functions: [intake, result-delivery], paragraph: "Standard 29, p. 3", seedLine: 8400}
          - {id: portal, nameKk: портал, nameRu: Портал, nameEn: Portal, functions: [intake, result-delivery, automated], caseTypes: [employer-issue, employer-reissue, employer-extension], restrictionEn: employers only, paragraph: "Standard 29, p. 3", seedLine: 8400}
        caseTypes:
          - {code: employer-issue, nameKk: рұқсат беру, nameRu: "Работодатель: выдача", nameEn: "Employer: issue", paragraph: "Standard 29, p. 4"}
          - {code: employer-reissue, nameKk: рұқсатты қайта ресімдеу, nameRu: "Работодатель: переоформление", nameEn: "Employer: re-issue", paragraph: "Standard 29, p. 4"}
          - {code: employer-extension, nameKk: рұқсатты ұзарту, nameRu: "Работодатель: продление", nameEn: "Employer: extension", paragraph: "Standard 29, p. 4"}
          - {code: worker-issue-or-extension, nameKk: жұмысқа орналасуға рұқсат беру және ұзарту, nameRu: "Иностранный работник: выдача и продление", nameEn: "Foreign worker: issue or extension", paragraph: "Standard 29, p. 4"}
          - {code: worker-reissue, nameKk: жұмысқа орналасуға рұқсатты қайта ресімдеу, nameRu: "Иностранный работник: переоформление", nameEn: "Foreign worker: re-issue", paragraph: "Standard 29, p. 4"}
        terms:
          - {channels: [provider, portal], caseType: employer-issue, kind: service, value: 41, unit: working_days, paragraph: "Standard 29, p. 4(1)", seedLine: 8420, quoteKk: "рұқсат беру – 41 (қырық бір) жұмыс күні ішінде"}
          - {channels: [provider, portal], caseType: employer-reissue, kind: service, value: 31, unit: working_days, paragraph: "Standard 29, p. 4(1)", seedLine: 8421, quoteKk: "рұқсатты қайта ресімдеу – 31 (отыз бір) жұмыс күні ішінде"}
          - {channels: [provider, portal], caseType: employer-extension, kind: service, value: 8, unit: working_days, paragraph: "Standard 29, p. 4(1)", seedLine: 8422, quoteKk: "рұқсатты ұзарту – 8 (сегіз) жұмыс күні ішінде"}
          - {channels: [provider], caseType: worker-issue-or-extension, kind: service, value: 31, unit: working_days, paragraph: "Standard 29, p. 4(1)", seedLine: 8423, quoteKk: "жұмысқа орналасуға рұқсат беру және ұзарту – 31 (отыз бір) жұмыс күні ішінде"}
          - {channels: [provider], caseType: worker-reissue, kind: service, value: 3, unit: working_days, paragraph: "Standard 29, p. 4(1)", seedLine: 8424, quoteKk: "жұмысқа орналасуға рұқсатты қайта ресімдеу – 3 (үш) жұмыс күні ішінде"}
          - {channels: [provider, portal], caseType: employer-issue, kind: decision, value: 15, unit: working_days, paragraph: "Standard 29, p. 4(2)", seedLine: 8430, quoteKk: "рұқсат беру туралы шешімді – 15 (он бес) жұмыс күні ішінде қабылдайды"}
          - {channels: [provider, portal], caseType: employer-issue, kind: notify-decision, value: 3, unit: working_days, after: decision, paragraph: "Standard 29, p. 4(2)", seedLine: 8431, quoteKk: "шешім қабылдаған күннен бастап 3 (үш) жұмыс күні ішінде хабарлайды"}
          - {channels: [provider, portal], caseType: employer-issue, kind: guarantee-documents, value: 20, unit: working_days, after: notify-decision, actor: applicant, paragraph: "Standard 29, p. 4(2)", seedLine: 8432, quoteKk: "хабарламаны алғаннан кейін 20 (жиырма) жұмыс күні ішінде тапсырады"}
          - {channels: [provider, portal], caseType: employer-issue, kind: permit-handover, value: 3, unit: working_days, after: guarantee-documents, paragraph: "Standard 29, p. 4(2)", seedLine: 8433, quoteKk: "көшірмелерін алған күннен бастап (үш) жұмыс күні ішінде береді"}
        """ + COMPLAINTS.formatted(29, 8900));
    assertThat(s29.serviceTerm("portal", "employer-issue").orElseThrow().value()).isEqualTo(41);
    assertThat(s29.serviceTerm("provider", "worker-reissue").orElseThrow().value()).isEqualTo(3);
    assertThat(s29.serviceTerm("provider", null)).isEmpty();
    assertThat(s29.channel("portal").orElseThrow().accepts("worker-reissue")).isFalse();
    Term handover = s29.term("permit-handover", "provider", "employer-issue").orElseThrow();
    Term guarantee = s29.term(handover.after(), "provider", "employer-issue").orElseThrow();
    assertThat(guarantee.actor()).isEqualTo("applicant");
    assertThat(s29.term(guarantee.after(), "provider", "employer-issue").orElseThrow().after())
        .isEqualTo("decision");
  }
}
