package uk.org.wmca.planforgrowth.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The subscriber's side of a signature, written from the recipe in docs/api-guide.md (Receiving webhooks) and independent of the code that signs:
 * HMAC-SHA256 over {@code id.timestamp.body}, keyed with the base64-decoded secret after {@code whsec_}, compared in
 * constant time with each {@code v1,} signature of the header.
 */
final class Verification {

    private Verification() {}

    static boolean verify(String secret, String id, String timestamp, String body, String signatureHeader)
            throws Exception {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        for (String signature : signatureHeader.split(" ")) {
            if (signature.startsWith("v1,")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }
}
