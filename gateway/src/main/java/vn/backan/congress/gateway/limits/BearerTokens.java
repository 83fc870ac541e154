package vn.backan.congress.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.http.Get;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Whether a request carries a token the services would accept, which earns the authenticated
 * allowance. Only the claim to be someone is checked here (signature, issuer, expiry), with the
 * same key and issuer settings as the services ({@code mp.jwt.verify.*}); roles stay the services'
 * business. Without the check, any {@code Authorization: Bearer x} would buy the larger allowance.
 * A token is verified once and remembered until it expires (an RSA check per request would cost
 * more than the rest of the gateway's work); without a readable key nobody gets the larger allowance.
 * The key is a PEM file (the local stack's) or an OpenID provider's JWKS URL, which jose4j fetches,
 * keeps and fetches again for a key id it does not know, so the provider's keys rotate without a
 * restart (a rejection for want of a key is not remembered). Audiences ({@code mp.jwt.verify.audiences}), when set, are checked like the services do.
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class);
    private static final long REJECTED = Long.MIN_VALUE;

    private final Optional<JwtConsumer> consumer;
    private final Clock clock;
    /**
     * Token to the instant (epoch ms) it stops being valid, or REJECTED. Bounded by the characters
     * held, not the count, so clients sending long invented tokens cannot fill the heap.
     */
    private final Cache<String, Long> verdicts = Caffeine.newBuilder()
            .maximumWeight(8_000_000)
            .weigher((String token, Long until) -> token.length())
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    @Inject
    BearerTokens(@ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
            @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences") Optional<List<String>> audiences) {
        this(keyLocation.flatMap(BearerTokens::keys), issuer, audiences.orElse(List.of()), Clock.systemUTC());
    }

    BearerTokens(Optional<PublicKey> key, Optional<String> issuer, Clock clock) {
        this(key.map(BearerTokens::fixed), issuer, List.of(), clock);
    }

    BearerTokens(Optional<VerificationKeyResolver> keys, Optional<String> issuer, List<String> audiences, Clock clock) {
        this.clock = clock;
        this.consumer = keys.map(k -> consumer(k, issuer, audiences));
        if (keys.isEmpty()) {
            LOG.warn("No readable mp.jwt.verify.publickey.location: bearer tokens get the anonymous rate limits");
        }
    }

    /** True for "Bearer <token>" signed by the configured key, from its issuer, not expired. */
    public boolean isAuthenticated(String authorization) {
        if (consumer.isEmpty() || authorization == null || authorization.length() <= 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String token = authorization.substring(7).trim();
        Long validUntil = verdicts.getIfPresent(token);
        if (validUntil == null) {
            validUntil = verify(token);
        }
        return clock.millis() < validUntil;
    }

    /**
     * Remembers the verdict, except a rejection for want of the key: the provider may have been
     * unreachable, or have published a new key after the last fetch, and the same token must
     * count once the key can be read.
     */
    private long verify(String token) {
        try {
            long validUntil = consumer.orElseThrow().processToClaims(token).getExpirationTime().getValueInMillis();
            verdicts.put(token, validUntil);
            return validUntil;
        } catch (InvalidJwtException e) {
            if (!forWantOfAKey(e)) {
                verdicts.put(token, REJECTED);
            }
            return REJECTED;
        } catch (MalformedClaimException e) {
            verdicts.put(token, REJECTED);
            return REJECTED;
        }
    }

    private static boolean forWantOfAKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UnresolvableKeyException) {
                return true;
            }
        }
        return false;
    }

    private static JwtConsumer consumer(VerificationKeyResolver keys, Optional<String> issuer, List<String> audiences) {
        JwtConsumerBuilder builder = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(30)
                .setVerificationKeyResolver(keys)
                // RS256 only, as the services: no "none", no HMAC keyed with the public key.
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256);
        issuer.ifPresent(builder::setExpectedIssuer);
        if (audiences.isEmpty()) {
            builder.setSkipDefaultAudienceValidation();
        } else {
            builder.setExpectedAudience(audiences.toArray(String[]::new));
        }
        return builder.build();
    }

    /** A JWKS URL (http or https) or a PEM public key's location. */
    static Optional<VerificationKeyResolver> keys(String location) {
        if (location.startsWith("https://") || location.startsWith("http://")) {
            return Optional.of(new HttpsJwksVerificationKeyResolver(jwks(location, Duration.ofSeconds(10))));
        }
        return readKey(location).map(BearerTokens::fixed);
    }

    /**
     * The provider's keys, fetched on a Vert.x event loop (the rate limiter runs there), so a slow
     * or absent provider must cost little: one try with one-second timeouts, the keys already
     * read kept for an hour while it cannot be reached, and at most one fetch per
     * {@code refetchAfter} for tokens naming a key id it does not know (the default, 300 ms,
     * would let a stream of invented key ids keep it fetching).
     */
    static HttpsJwks jwks(String location, Duration refetchAfter) {
        Get get = new Get();
        get.setConnectTimeout(1000);
        get.setReadTimeout(1000);
        get.setRetries(0);
        HttpsJwks jwks = new HttpsJwks(location);
        jwks.setSimpleHttpGet(get);
        jwks.setRetainCacheOnErrorDuration(3600);
        jwks.setRefreshReprieveThreshold(refetchAfter.toMillis());
        return jwks;
    }

    static VerificationKeyResolver fixed(PublicKey key) {
        return (jws, nesting) -> key;
    }

    /** Reads a PEM public key from a path, a {@code file:} location (as smallrye-jwt takes it) or a file URI. */
    static Optional<PublicKey> readKey(String location) {
        Path path = location.startsWith("file://") ? Path.of(URI.create(location))
                : Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
        try {
            String base64 = Files.readString(path).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(base64);
            return Optional.of(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            LOG.warnf("Cannot read the token public key at %s: %s", location, e.toString());
            return Optional.empty();
        }
    }
}
