package kz.qyzmet.catalog;

import java.util.List;

/**
 * A ground on which the application is refused.
 *
 * @param stage {@code intake} (the documents are not accepted) or {@code decision} (the service
 *     is refused after examination)
 * @param channels the channels where it applies; empty means every channel
 */
public record RefusalGround(
    String code,
    String nameKk,
    String nameRu,
    String nameEn,
    String stage,
    List<String> channels,
    String paragraph,
    int seedLine) {

  public RefusalGround {
    channels = channels == null ? List.of() : List.copyOf(channels);
  }
}
