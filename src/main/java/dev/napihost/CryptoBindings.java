package dev.napihost;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** What lib/crypto.js needs from the JDK: message digests, HMACs and secure random bytes. */
public final class CryptoBindings {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Node (OpenSSL) digest names and their JDK algorithm names. */
    static final Map<String, String> DIGESTS = Map.of(
            "md5", "MD5", "sha1", "SHA-1", "sha224", "SHA-224", "sha256", "SHA-256", "sha384", "SHA-384",
            "sha512", "SHA-512", "sha512-224", "SHA-512/224", "sha512-256", "SHA-512/256", "sha3-256", "SHA3-256",
            "sha3-512", "SHA3-512");

    private static String jdkName(String nodeName) {
        String n = nodeName.toLowerCase(java.util.Locale.ROOT);
        n = switch (n) {
            case "rsa-md5" -> "md5";
            case "rsa-sha1", "sha-1" -> "sha1";
            case "rsa-sha256", "sha-256" -> "sha256";
            case "rsa-sha384", "sha-384" -> "sha384";
            case "rsa-sha512", "sha-512" -> "sha512";
            default -> n;
        };
        return DIGESTS.get(n);
    }

    /** A digest, or null when the algorithm is not one Node offers under that name. */
    @HostAccess.Export
    public Digest createHash(String algorithm) throws GeneralSecurityException {
        String jdk = jdkName(algorithm);
        return jdk == null ? null : new Digest(MessageDigest.getInstance(jdk), null);
    }

    @HostAccess.Export
    public Digest createHmac(String algorithm, Value key) throws GeneralSecurityException {
        String jdk = jdkName(algorithm);
        if (jdk == null) {
            return null;
        }
        Mac mac = Mac.getInstance("Hmac" + jdk.replace("-", "").replace("/", ""));
        byte[] k = HostBytes.of(key);
        // An empty key is legal in Node (HMAC pads it); SecretKeySpec refuses empty arrays.
        mac.init(k.length == 0 ? new EmptyKey("Hmac") : new SecretKeySpec(k, "Hmac"));
        return new Digest(null, mac);
    }

    private record EmptyKey(String getAlgorithm) implements javax.crypto.SecretKey {
        @Override
        public String getFormat() {
            return "RAW";
        }

        @Override
        public byte[] getEncoded() {
            return new byte[0];
        }
    }

    @HostAccess.Export
    public HostBytes.Slice randomBytes(int size) {
        byte[] b = new byte[size];
        RANDOM.nextBytes(b);
        return HostBytes.slice(b);
    }

    /** One hash or HMAC computation in progress. */
    public static final class Digest {
        private final MessageDigest md;
        private final Mac mac;

        Digest(MessageDigest md, Mac mac) {
            this.md = md;
            this.mac = mac;
        }

        @HostAccess.Export
        public void update(Value data) {
            byte[] b = HostBytes.of(data);
            if (md != null) {
                md.update(b);
            } else {
                mac.update(b);
            }
        }

        @HostAccess.Export
        public HostBytes.Slice digest() {
            return HostBytes.slice(md != null ? md.digest() : mac.doFinal());
        }

        @HostAccess.Export
        public Digest copy() throws CloneNotSupportedException {
            return md != null ? new Digest((MessageDigest) md.clone(), null) : new Digest(null, (Mac) mac.clone());
        }
    }
}
