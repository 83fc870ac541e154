package vn.backan.congress.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import vn.backan.congress.devkit.db.FreePorts;

/**
 * A real Keycloak server (the keycloak-quarkus-dist the keycloak profile unpacks), in development
 * mode on a free loopback port, with k8s' realm file imported. Keycloak needs Java 21 or newer:
 * KEYCLOAK_JAVA_HOME, else the JDK running the tests if it is one.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "backan";
    private static final Path DIST = Path.of("target", "keycloak").toAbsolutePath();
    private static final Path REALM_FILE = Path.of("..", "k8s", "base", "keycloak", "backan-realm.json");
    /** The master realm's administrator, for this throwaway server only. */
    private static final String ADMIN = "test-admin";
    private static final String ADMIN_PASSWORD = "test-admin-password";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts it with these client secrets (the realm file names them as environment variables). */
    static KeycloakServer start(Map<String, String> secrets, Path log) throws Exception {
        Path home;
        try (var unpacked = Files.list(DIST)) {
            home = unpacked.filter(p -> p.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Keycloak under " + DIST + ": run with -Pkeycloak"));
        }
        // A fresh database each time: an earlier run's realm (and admin) would otherwise be kept.
        deleteTree(home.resolve("data").resolve("h2"));
        Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
        Files.copy(REALM_FILE, imports.resolve("backan-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        int port = FreePorts.pick();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--import-realm", "--cache=local")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", javaHome());
        builder.environment().putAll(secrets);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Files.createDirectories(log.getParent());
        KeycloakServer server = new KeycloakServer(builder.start(), port);
        server.awaitRealm(Duration.ofMinutes(4), log);
        return server;
    }

    String realmUrl() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    /** What the services and the gateway need to take this realm's tokens instead of the local keys. */
    Map<String, String> verifierEnvironment() {
        return Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", realmUrl() + "/protocol/openid-connect/certs",
                "MP_JWT_VERIFY_ISSUER", realmUrl(),
                "MP_JWT_VERIFY_AUDIENCES", "backan-congress-api",
                "SMALLRYE_JWT_PATH_GROUPS", "realm_access/roles");
    }

    /** An access token for a client, by the client-credentials grant (as a district portal gets one). */
    String clientToken(String clientId, String secret) throws IOException, InterruptedException {
        return token(realmUrl(), "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret);
    }

    /**
     * Rotates the realm's signing key as an operator would: a new generated RSA key with a higher
     * priority signs from now on; the old one stays to verify the tokens it signed.
     */
    void rotateSigningKey() throws IOException, InterruptedException {
        String admin = "Bearer " + token("http://127.0.0.1:" + port + "/realms/master",
                "grant_type=password&client_id=admin-cli&username=" + ADMIN + "&password=" + ADMIN_PASSWORD);
        URI realm = URI.create("http://127.0.0.1:" + port + "/admin/realms/" + REALM);
        String realmId = JSON.readTree(HTTP.send(HttpRequest.newBuilder(realm).header("Authorization", admin).build(),
                HttpResponse.BodyHandlers.ofString()).body()).path("id").asText();
        String provider = JSON.writeValueAsString(Map.of("name", "rotated-" + System.nanoTime(),
                "providerId", "rsa-generated", "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId,
                "config", Map.of("priority", java.util.List.of("500"), "algorithm", java.util.List.of("RS256"))));
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(realm + "/components"))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(provider)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("new key provider: " + created.statusCode() + " " + created.body());
        }
    }

    /** The key id a token names in its header. */
    static String keyIdOf(String token) throws IOException {
        byte[] header = java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.')));
        return JSON.readTree(header).path("kid").asText();
    }

    private static String token(String realmUrl, String form) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                        URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("token from " + realmUrl + ": " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body()).path("access_token").asText();
    }

    private void awaitRealm(Duration within, Path log) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        URI discovery = URI.create(realmUrl() + "/.well-known/openid-configuration");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited (" + process.exitValue() + "); see " + log);
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak did not serve realm " + REALM + " within " + within + "; see " + log);
    }

    /** Also the restore drill's: a directory and everything in it, if it exists. */
    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String javaHome() {
        String chosen = System.getenv("KEYCLOAK_JAVA_HOME");
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        if (Runtime.version().feature() >= 21) {
            return System.getProperty("java.home");
        }
        throw new IllegalStateException("Keycloak needs Java 21 or newer: set KEYCLOAK_JAVA_HOME (.ci/run finds one)");
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }
}
