package kz.qyzmet.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery: HMAC-SHA256, keyed with the subscription's secret, over the
 * timestamp, a dot and the body, as hex. Sent as {@code Qyzmet-Signature: t=<unix seconds>,v1=<hex>}.
 */
public final class EventSignature {

  public static final String HEADER = "Qyzmet-Signature";

  private EventSignature() {}

  public static String header(String secret, long timestamp, String body) {
    return "t=" + timestamp + ",v1=" + sign(secret, timestamp, body);
  }

  public static String sign(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
