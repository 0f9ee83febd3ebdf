package kz.qyzmet.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import kz.qyzmet.Multipart.Files;
import org.junit.jupiter.api.Test;

/** The kinds of file the case file takes, told by their first bytes. */
class CaseFileTypeTest {

  @Test
  void eachKind_matchesItsOwnBytes_andNoOtherKinds() {
    byte[][] samples = {Files.PDF, Files.JPEG, Files.PNG, Files.TIFF, Files.P7S, Files.SIGNED_XML};
    CaseFileType[] types = CaseFileType.values();
    assertThat(types).hasSize(samples.length);
    for (int t = 0; t < types.length; t++) {
      for (int s = 0; s < samples.length; s++) {
        assertThat(types[t].matches(samples[s])).as("%s on the sample of %s", types[t], types[s]).isEqualTo(t == s);
      }
      assertThat(types[t].matches(new byte[0])).as("%s on nothing", types[t]).isFalse();
      assertThat(types[t].matches(Files.HTML)).as("%s on HTML", types[t]).isFalse();
    }
  }

  @Test
  void theOtherFormsOfEachKind() {
    assertThat(CaseFileType.TIFF.matches(new byte[] {'M', 'M', 0, 0x2A, 0, 0, 0, 8})).as("big-endian TIFF").isTrue();
    assertThat(CaseFileType.SIGNATURE.matches(("-----BEGIN PKCS7-----\nMIAGCSqGSIb3DQEHAqCAMIACAQEx\n-----END PKCS7-----\n")
        .getBytes(StandardCharsets.US_ASCII))).as("PEM").isTrue();
    byte[] definite = {0x30, (byte) 0x82, 0x05, 0x10, 0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7,
        0x0D, 0x01, 0x07, 0x02, (byte) 0xA0, (byte) 0x82, 0x05, 0x01};
    assertThat(CaseFileType.SIGNATURE.matches(definite)).as("DER of definite length").isTrue();
    byte[] envelopedData = definite.clone();
    envelopedData[14] = 0x03;
    assertThat(CaseFileType.SIGNATURE.matches(envelopedData)).as("CMS EnvelopedData is no signature").isFalse();
    byte[] bom = ("\uFEFF  " + new String(Files.SIGNED_XML, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    assertThat(CaseFileType.SIGNED_XML.matches(bom)).as("XML after a byte order mark").isTrue();
    assertThat(CaseFileType.SIGNED_XML.matches("<?xml version=\"1.0\"?><!DOCTYPE a><a xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:Signature/></a>"
        .getBytes(StandardCharsets.UTF_8))).as("a DTD").isFalse();
    assertThat(CaseFileType.PDF.matches(Arrays.copyOf(Files.PDF, 4))).as("'%PDF' cut short").isFalse();
  }

  @Test
  void declaredTypes_theirSynonyms_andFileNames() {
    assertThat(CaseFileType.ofMediaType("image/jpg")).hasValue(CaseFileType.JPEG);
    assertThat(CaseFileType.ofMediaType("Application/PDF; name=x.pdf")).hasValue(CaseFileType.PDF);
    assertThat(CaseFileType.ofMediaType("application/pkcs7-mime")).hasValue(CaseFileType.SIGNATURE);
    assertThat(CaseFileType.ofMediaType("text/xml; charset=UTF-8")).hasValue(CaseFileType.SIGNED_XML);
    assertThat(CaseFileType.ofMediaType("text/html")).isEmpty();
    assertThat(CaseFileType.ofMediaType("image/svg+xml")).isEmpty();
    assertThat(CaseFileType.ofMediaType(null)).isEmpty();
    assertThat(CaseFileType.ofFileName("SCAN.TIF")).hasValue(CaseFileType.TIFF);
    assertThat(CaseFileType.ofFileName("signature.p7s")).hasValue(CaseFileType.SIGNATURE);
    assertThat(CaseFileType.ofFileName("archive.zip")).isEmpty();
    assertThat(CaseFileType.ofFileName("noextension")).isEmpty();
  }
}
