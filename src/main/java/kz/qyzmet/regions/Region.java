package kz.qyzmet.regions;

import java.util.Arrays;
import java.util.Optional;

/**
 * Kazakhstan's regions as of 2026: 17 oblasts and the 3 cities of republican significance, each a
 * tenant of its own (docs/scale.md). {@code code} is the region's two digits in KATO (the
 * classifier of administrative-territorial objects, ҚР ӘАОЖ / КАТО): the first two digits of every
 * code of a place in it ({@code 750000000}: Almaty). Abai, Zhetisu and Ulytau are the oblasts
 * formed in 2022. The one list: routing, the SLA report
 * and the documents read it.
 */
public enum Region {
  ABAI("10", "Абай облысы", "область Абай"),
  AKMOLA("11", "Ақмола облысы", "Акмолинская область"),
  AKTOBE("15", "Ақтөбе облысы", "Актюбинская область"),
  ALMATY_REGION("19", "Алматы облысы", "Алматинская область"),
  ATYRAU("23", "Атырау облысы", "Атырауская область"),
  WEST_KAZAKHSTAN("27", "Батыс Қазақстан облысы", "Западно-Казахстанская область"),
  ZHAMBYL("31", "Жамбыл облысы", "Жамбылская область"),
  ZHETISU("33", "Жетісу облысы", "область Жетісу"),
  KARAGANDA("35", "Қарағанды облысы", "Карагандинская область"),
  KOSTANAY("39", "Қостанай облысы", "Костанайская область"),
  KYZYLORDA("43", "Қызылорда облысы", "Кызылординская область"),
  MANGYSTAU("47", "Маңғыстау облысы", "Мангистауская область"),
  PAVLODAR("55", "Павлодар облысы", "Павлодарская область"),
  NORTH_KAZAKHSTAN("59", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область"),
  TURKESTAN("61", "Түркістан облысы", "Туркестанская область"),
  ULYTAU("62", "Ұлытау облысы", "область Ұлытау"),
  EAST_KAZAKHSTAN("63", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область"),
  ASTANA("71", "Астана қаласы", "город Астана"),
  ALMATY("75", "Алматы қаласы", "город Алматы"),
  SHYMKENT("79", "Шымкент қаласы", "город Шымкент");

  private final String code;
  private final String nameKk;
  private final String nameRu;

  Region(String code, String nameKk, String nameRu) {
    this.code = code;
    this.nameKk = nameKk;
    this.nameRu = nameRu;
  }

  public String code() {
    return code;
  }

  public String nameKk() {
    return nameKk;
  }

  public String nameRu() {
    return nameRu;
  }

  /** The region of a KATO region code ({@code "75"}). */
  public static Optional<Region> ofCode(String code) {
    return Arrays.stream(values()).filter(region -> region.code.equals(code)).findFirst();
  }
}
