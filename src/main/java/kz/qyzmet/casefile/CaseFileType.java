package kz.qyzmet.casefile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the case file takes: scans (PDF, JPEG, PNG, TIFF) and documents signed with an
 * electronic digital signature (a detached or enveloping CMS/PKCS#7 signature, {@code .p7s}, as the
 * NCA's tools write it, and signed XML, XMLDSig, as e-gov's services exchange it). Each is
 * recognised by its first bytes, so that the declared type is checked against the content: an HTML
 * page named {@code .pdf} is refused. Nothing else is taken: no office documents, archives or
 * scripts, which a worker's browser would open or run.
 */
public enum CaseFileType {

  PDF("application/pdf", List.of("pdf"), "электрондық құжат / электронный документ"),
  JPEG("image/jpeg", List.of("jpg", "jpeg"), "сурет / изображение"),
  PNG("image/png", List.of("png"), "сурет / изображение"),
  TIFF("image/tiff", List.of("tif", "tiff"), "сурет / изображение"),
  SIGNATURE("application/pkcs7-signature", List.of("p7s", "p7m", "cms"),
      "ЭЦҚ қойылған құжат / документ, подписанный ЭЦП"),
  SIGNED_XML("application/xml", List.of("xml"), "ЭЦҚ қойылған электрондық құжат / электронный документ, подписанный ЭЦП");

  /** The other names clients give these types; each means the type above it. */
  private static final List<String[]> ALIASES = List.of(new String[] {"image/jpg", "image/jpeg"},
      new String[] {"image/pjpeg", "image/jpeg"}, new String[] {"application/x-pkcs7-signature",
          "application/pkcs7-signature"}, new String[] {"application/pkcs7-mime", "application/pkcs7-signature"},
      new String[] {"application/x-pkcs7-mime", "application/pkcs7-signature"},
      new String[] {"text/xml", "application/xml"});

  /** PKCS#7 signedData, 1.2.840.113549.1.7.2, as DER writes it. */
  private static final byte[] SIGNED_DATA_OID = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D,
      0x01, 0x07, 0x02};
  private static final String XMLDSIG = "http://www.w3.org/2000/09/xmldsig#";

  private final String mediaType;
  private final List<String> extensions;
  private final String words;

  CaseFileType(String mediaType, List<String> extensions, String words) {
    this.mediaType = mediaType;
    this.extensions = extensions;
    this.words = words;
  }

  public String mediaType() {
    return mediaType;
  }

  public List<String> extensions() {
    return extensions;
  }

  /** What the file is, as a worker reads it (Kazakh / Russian). */
  public String words() {
    return words;
  }

  /** The type a client declared (parameters such as charset aside), if the case file takes it. */
  public static Optional<CaseFileType> ofMediaType(String declared) {
    if (declared == null) {
      return Optional.empty();
    }
    String bare = declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    for (String[] alias : ALIASES) {
      if (alias[0].equals(bare)) {
        bare = alias[1];
      }
    }
    String type = bare;
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(type)).findFirst();
  }

  /** The type a file name's extension names, for a client that declared none (application/octet-stream). */
  public static Optional<CaseFileType> ofFileName(String fileName) {
    if (fileName == null || fileName.lastIndexOf('.') < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
  }

  /** Whether the content is what this type says: its signature bytes (and for XML a signature in it). */
  public boolean matches(byte[] content) {
    return switch (this) {
      case PDF -> startsWith(content, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII));
      case JPEG -> startsWith(content, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
      case PNG -> startsWith(content, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
      case TIFF -> startsWith(content, 0, new byte[] {'I', 'I', 0x2A, 0x00})
          || startsWith(content, 0, new byte[] {'M', 'M', 0x00, 0x2A});
      case SIGNATURE -> isDerSignedData(content) || isPemSignedData(content);
      case SIGNED_XML -> isSignedXml(content);
    };
  }

  private static boolean startsWith(byte[] content, int at, byte[] prefix) {
    if (content.length < at + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** A DER SEQUENCE whose content type, within its first bytes, is signedData. */
  private static boolean isDerSignedData(byte[] content) {
    if (content.length < 16 || content[0] != 0x30) {
      return false;
    }
    for (int at = 2; at <= Math.min(8, content.length - SIGNED_DATA_OID.length); at++) {
      if (startsWith(content, at, SIGNED_DATA_OID)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPemSignedData(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, 64), StandardCharsets.US_ASCII).stripLeading();
    return head.startsWith("-----BEGIN PKCS7-----") || head.startsWith("-----BEGIN CMS-----");
  }

  /**
   * Well-begun XML (an optional byte order mark, an XML declaration or an element) that carries an
   * XMLDSig signature and no document type declaration: a DTD is how XML smuggles entities into
   * whoever reads it later.
   */
  private static boolean isSignedXml(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = text.stripLeading();
    return text.startsWith("<") && !text.startsWith("<!") && !text.contains("<!DOCTYPE") && !text.contains("<!ENTITY")
        && text.contains(XMLDSIG) && text.contains("Signature");
  }
}
