package vn.backan.congress.k8scheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tokens come from the cluster's OpenID Connect provider, Keycloak (component
 * {@link Workload#IDENTITY_PROVIDER}). It runs {@code start --import-realm} on MariaDB with its health
 * checks on, reads the ingress's X-Forwarded headers, and has a full public URL (KC_HOSTNAME), which
 * makes the issuer of its tokens; the realm files it imports keep their secrets as ${VARIABLES} the
 * container takes from Secrets, never as literals. Every application that verifies tokens (the
 * services and the gateway) reads the keys from the JWKS of a realm Keycloak imports, through its
 * Service, and expects that realm's issuer, an audience the realm's clients add, the realm roles
 * where Keycloak puts them and (the services) an org-unit claim the clients add.
 */
public final class IdentityRules {

    /** Where {@code --import-realm} reads realm files ({@code *-realm.json}). */
    static final String IMPORT_DIR = "/opt/keycloak/data/import";
    /** Where Keycloak puts a token's realm roles. */
    static final String GROUPS_PATH = "realm_access/roles";
    /** The claim the services read the org unit from unless CONGRESS_SECURITY_ORG_UNIT_CLAIM names another. */
    static final String ORG_UNIT_CLAIM = "org_unit";
    /** The components that verify tokens; the portal does not. */
    static final Set<String> VERIFIERS = Set.of("service", "gateway");
    private static final Set<String> PROXY_HEADERS = Set.of("xforwarded", "forwarded");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?}");
    private static final Pattern IN_CLUSTER = Pattern.compile("https?://([a-z0-9.-]+):(\\d+)(/.*)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private IdentityRules() {
    }

    /** One imported realm file: its realm, what its clients put in their tokens, the variables it names. */
    record Realm(String file, String name, Set<String> audiences, Set<String> claims, Set<String> variables,
            List<String> literalSecrets) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** A Keycloak workload as these rules and {@link IngressRules} see it. */
    record Provider(Workload workload, Container container, Env env, String relativePath, String managementPath,
            String hostname, List<Realm> realms, List<String> problems) {

        static Provider of(Workload w, Manifests manifests) {
            Container c = Env.list(w.pod().getContainers()).stream().findFirst().orElse(new Container());
            Env env = Env.of(c, w.namespace(), manifests);
            String relative = path(env.literal("KC_HTTP_RELATIVE_PATH").orElse("/"));
            String management = env.literal("KC_HTTP_MANAGEMENT_RELATIVE_PATH").map(IdentityRules::path).orElse(relative);
            List<Realm> realms = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            importedFiles(w, c, manifests).forEach((file, text) -> {
                try {
                    realms.add(realm(file, text));
                } catch (JsonProcessingException e) {
                    problems.add("realm file " + file + " is not JSON: " + e.getOriginalMessage());
                }
            });
            return new Provider(w, c, env, relative, management, env.literal("KC_HOSTNAME").orElse(""),
                    List.copyOf(realms), List.copyOf(problems));
        }

        /** KC_HOSTNAME when it is a full URL whose path is the relative path: then the issuer is fixed. */
        Optional<URI> publicUrl() {
            try {
                URI uri = new URI(hostname);
                boolean full = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                        && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null
                        && path(uri.getPath()).equals(relativePath);
                return full ? Optional.of(uri) : Optional.empty();
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }

        String issuer(Realm realm) {
            return hostname.replaceFirst("/+$", "") + "/realms/" + realm.name();
        }

        String jwksPath(Realm realm) {
            return relativePath + "/realms/" + realm.name() + "/protocol/openid-connect/certs";
        }

        /** What the Ingress may route here: each realm's endpoints (tokens, keys, discovery), the static resources. */
        List<String> publicPaths() {
            List<String> paths = new ArrayList<>();
            realms.forEach(r -> paths.add(relativePath + "/realms/" + r.name()));
            paths.add(relativePath + "/resources");
            return paths;
        }

        /** Where KC_HEALTH_ENABLED serves /health/started, /live and /ready on the management port. */
        String healthPath() {
            return managementPath + "/health";
        }
    }

    public static List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        List<Provider> providers = manifests.workloads().stream()
                .filter(w -> w.component().equals(Workload.IDENTITY_PROVIDER))
                .map(w -> Provider.of(w, manifests)).toList();
        for (Provider p : providers) {
            provider(p, m -> violations.add(new Violation(p.workload().id(), m)));
        }
        for (Workload w : manifests.workloads()) {
            if (!VERIFIERS.contains(w.component())) {
                continue;
            }
            for (Container c : Env.list(w.pod().getContainers())) {
                verifier(w, Env.of(c, w.namespace(), manifests), providers, manifests,
                        m -> violations.add(new Violation(w.id(), m)));
            }
        }
        return violations;
    }

    private static void provider(Provider p, Consumer<String> report) {
        p.problems().forEach(report);
        Env env = p.env();
        String who = "container " + p.container().getName();
        List<String> args = Stream.concat(Env.list(p.container().getCommand()).stream(),
                Env.list(p.container().getArgs()).stream()).toList();
        if (!args.contains("start") || !args.contains("--import-realm")) {
            report.accept(who + " does not run 'start --import-realm' (it runs " + args + ")");
        }
        if (!"mariadb".equals(env.literal("KC_DB").orElse(""))) {
            report.accept("KC_DB is not mariadb: it would not keep its data in its MariaDB");
        }
        if (!"true".equals(env.literal("KC_HEALTH_ENABLED").orElse(""))) {
            report.accept(who + " serves no health checks for its probes (KC_HEALTH_ENABLED=true)");
        }
        if (!PROXY_HEADERS.contains(env.literal("KC_PROXY_HEADERS").orElse(""))) {
            report.accept(who + " ignores the ingress's forwarded headers (KC_PROXY_HEADERS=xforwarded): it would"
                    + " take every client for the ingress controller, and https for http");
        }
        if (p.publicUrl().isEmpty()) {
            report.accept("KC_HOSTNAME '" + p.hostname() + "' is not a full URL ending in KC_HTTP_RELATIVE_PATH "
                    + (p.relativePath().isEmpty() ? "/" : p.relativePath())
                    + ": the issuer of its tokens would follow the address each client used");
        }
        for (String var : List.of("KC_BOOTSTRAP_ADMIN_USERNAME", "KC_BOOTSTRAP_ADMIN_PASSWORD")) {
            if (env.get(var).isEmpty()) {
                report.accept("sets no " + var + ": nobody could sign in to the admin console");
            }
        }
        if (env.get("KC_BOOTSTRAP_ADMIN_PASSWORD").map(v -> !v.fromSecret()).orElse(false)) {
            report.accept("KC_BOOTSTRAP_ADMIN_PASSWORD is not taken from a Secret");
        }
        if (p.realms().isEmpty() && p.problems().isEmpty()) {
            report.accept("imports no realm: no *-realm.json from a ConfigMap is mounted at " + IMPORT_DIR);
        }
        for (Realm realm : p.realms()) {
            String named = "realm " + realm.name() + " (" + realm.file() + ")";
            for (String variable : realm.variables()) {
                if (env.get(variable).map(v -> !v.fromSecret()).orElse(true)) {
                    report.accept(named + " names ${" + variable + "}, which " + who + " does not take from a Secret");
                }
            }
            for (String holder : realm.literalSecrets()) {
                report.accept(named + ": " + holder + " has a literal secret; write ${VARIABLE} there and keep"
                        + " the value in a Secret");
            }
        }
    }

    private static void verifier(Workload w, Env env, List<Provider> providers, Manifests manifests,
            Consumer<String> report) {
        String location = env.literal("MP_JWT_VERIFY_PUBLICKEY_LOCATION").orElse("");
        Optional<Map.Entry<Provider, Realm>> source = jwksOf(location, w, providers, manifests);
        if (source.isEmpty()) {
            report.accept("MP_JWT_VERIFY_PUBLICKEY_LOCATION " + (location.isEmpty() ? "(unset)" : location)
                    + (providers.isEmpty()
                            ? " is not the JWKS of an identity provider: the manifests have none (component "
                                    + Workload.IDENTITY_PROVIDER + ")"
                            : " is not the JWKS of a realm the identity provider imports, "
                                    + expectedJwks(providers, manifests)));
        }
        String audiences = env.literal("MP_JWT_VERIFY_AUDIENCES").orElse("").trim();
        if (audiences.isEmpty()) {
            report.accept("sets no MP_JWT_VERIFY_AUDIENCES: it would take a token the realm issued for any audience");
        }
        if (!GROUPS_PATH.equals(env.literal("SMALLRYE_JWT_PATH_GROUPS").orElse(""))) {
            report.accept("SMALLRYE_JWT_PATH_GROUPS is not " + GROUPS_PATH + ", where Keycloak puts the realm roles");
        }
        if (source.isEmpty()) {
            return;
        }
        Provider p = source.get().getKey();
        Realm realm = source.get().getValue();
        String issuer = env.literal("MP_JWT_VERIFY_ISSUER").orElse("");
        if (p.publicUrl().isPresent() && !issuer.equals(p.issuer(realm))) {
            report.accept("MP_JWT_VERIFY_ISSUER " + (issuer.isEmpty() ? "(unset)" : issuer) + " is not the issuer of realm "
                    + realm + "'s tokens, " + p.issuer(realm) + " (KC_HOSTNAME of " + p.workload().id() + ")");
        }
        if (!audiences.isEmpty() && !realm.audiences().isEmpty()
                && Stream.of(audiences.split(",")).map(String::trim).noneMatch(realm.audiences()::contains)) {
            report.accept("MP_JWT_VERIFY_AUDIENCES " + audiences + " names no audience the clients of realm " + realm
                    + " put in their tokens " + realm.audiences());
        }
        String claim = env.literal("CONGRESS_SECURITY_ORG_UNIT_CLAIM").filter(s -> !s.isBlank()).orElse(ORG_UNIT_CLAIM);
        if (w.component().equals("service") && !realm.claims().isEmpty() && !realm.claims().contains(claim)) {
            report.accept("reads the org unit from the claim " + claim + ", which no client of realm " + realm
                    + " puts in its tokens " + realm.claims());
        }
    }

    /** The provider and realm whose JWKS an in-cluster URL names, through a Service port. */
    private static Optional<Map.Entry<Provider, Realm>> jwksOf(String location, Workload w, List<Provider> providers,
            Manifests manifests) {
        Matcher url = IN_CLUSTER.matcher(location);
        if (!url.matches()) {
            return Optional.empty();
        }
        Optional<Workload> server = Network.serverBehind(manifests, w.namespace(), url.group(1),
                Integer.parseInt(url.group(2)));
        String path = url.group(3) == null ? "" : url.group(3);
        for (Provider p : providers) {
            if (server.isPresent() && server.get().id().equals(p.workload().id())) {
                for (Realm realm : p.realms()) {
                    if (path.equals(p.jwksPath(realm))) {
                        return Optional.of(Map.entry(p, realm));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** What the location should be, for the message: the JWKS of each realm through each provider's Service. */
    private static String expectedJwks(List<Provider> providers, Manifests manifests) {
        List<String> urls = new ArrayList<>();
        for (Provider p : providers) {
            String address = serviceAddress(p, manifests).orElse("<its Service>:<port>");
            p.realms().forEach(r -> urls.add(address + p.jwksPath(r)));
            if (p.realms().isEmpty()) {
                urls.add(address + p.relativePath() + "/realms/<realm>/protocol/openid-connect/certs");
            }
        }
        return String.join(" or ", urls);
    }

    /** http://service:port of the first Service port leading to the provider's container port "http". */
    private static Optional<String> serviceAddress(Provider p, Manifests manifests) {
        for (Service service : manifests.all(Service.class)) {
            if (service.getSpec() == null || !p.workload().namespace().equals(service.getMetadata().getNamespace())
                    || !Selectors.matches(service.getSpec().getSelector(), p.workload().labels())) {
                continue;
            }
            for (ServicePort port : Env.list(service.getSpec().getPorts())) {
                var target = port.getTargetPort();
                Optional<Integer> http = Network.containerPort(p.workload(), "http");
                boolean toHttp = target == null ? http.filter(port.getPort()::equals).isPresent()
                        : target.getStrVal() != null ? target.getStrVal().equals("http")
                        : http.filter(target.getIntVal()::equals).isPresent();
                if (toHttp) {
                    return Optional.of("http://" + service.getMetadata().getName() + ":" + port.getPort());
                }
            }
        }
        return Optional.empty();
    }

    /** The realm files (name → text) of the ConfigMaps mounted at the import directory. */
    private static Map<String, String> importedFiles(Workload w, Container c, Manifests manifests) {
        Map<String, String> files = new LinkedHashMap<>();
        for (VolumeMount mount : Env.list(c.getVolumeMounts())) {
            if (!path(mount.getMountPath()).equals(IMPORT_DIR) || mount.getSubPath() != null) {
                continue;
            }
            Optional<ConfigMapVolumeSource> volume = Env.list(w.pod().getVolumes()).stream()
                    .filter(v -> v.getName().equals(mount.getName()) && v.getConfigMap() != null)
                    .map(Volume::getConfigMap).findFirst();
            if (volume.isEmpty()) {
                continue;
            }
            Map<String, String> data = manifests.find(ConfigMap.class, w.namespace(), volume.get().getName())
                    .map(ConfigMap::getData).orElse(Map.of());
            List<KeyToPath> items = Env.list(volume.get().getItems());
            if (items.isEmpty()) {
                data.forEach((key, text) -> add(files, key, text));
            } else {
                items.forEach(item -> add(files, item.getPath(), data.get(item.getKey())));
            }
        }
        return files;
    }

    private static void add(Map<String, String> files, String name, String text) {
        if (name != null && text != null && name.endsWith("-realm.json")) {
            files.put(name, text);
        }
    }

    private static Realm realm(String file, String text) throws JsonProcessingException {
        JsonNode root = JSON.readTree(text);
        Set<String> audiences = new TreeSet<>();
        Set<String> claims = new TreeSet<>();
        List<String> literal = new ArrayList<>();
        for (JsonNode client : root.path("clients")) {
            String clientId = client.path("clientId").asText();
            String secret = client.path("secret").asText("");
            if (!secret.isEmpty() && !VARIABLE.matcher(secret).matches()) {
                literal.add("client " + clientId);
            }
            for (JsonNode mapper : client.path("protocolMappers")) {
                JsonNode config = mapper.path("config");
                if (mapper.path("protocolMapper").asText().equals("oidc-audience-mapper")) {
                    Stream.of(config.path("included.custom.audience").asText(""),
                            config.path("included.client.audience").asText(""))
                            .filter(a -> !a.isEmpty()).forEach(audiences::add);
                }
                if (!config.path("claim.name").asText("").isEmpty()) {
                    claims.add(config.path("claim.name").asText());
                }
            }
        }
        for (JsonNode user : root.path("users")) {
            for (JsonNode credential : user.path("credentials")) {
                if (credential.has("value") || credential.has("secretData")) {
                    literal.add("user " + user.path("username").asText());
                }
            }
        }
        Set<String> variables = new TreeSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            variables.add(m.group(1));
        }
        return new Realm(file, root.path("realm").asText(), audiences, claims, variables, literal);
    }

    /** A URL path without its trailing slash: "/" and "" are the root, "". */
    static String path(String path) {
        String p = path == null ? "" : path.trim();
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        return p.replaceFirst("/+$", "");
    }
}
