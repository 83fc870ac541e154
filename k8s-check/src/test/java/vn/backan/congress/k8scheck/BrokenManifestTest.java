package vn.backan.congress.k8scheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each test breaks one thing in a copy of k8s/ and expects the check to name exactly that. */
class BrokenManifestTest {

    private static final String TARGETS = "base/targets-service.yaml";
    private static final String READINESS = """
                      readinessProbe:
                        httpGet:
                          path: /q/health/ready
                          port: management
                        periodSeconds: 5
                        failureThreshold: 2
            """;

    @TempDir
    Path temp;

    static java.util.stream.Stream<Renderer> renderers() {
        return K8sCopy.renderers();
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void missingReadinessProbe(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(TARGETS, READINESS, "");
        assertEquals(List.of(new Violation("Deployment/targets-service", "container targets-service has no readinessProbe")),
                k8s.check("local", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void typoInAKey(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/gateway.yaml", "            timeoutSeconds: 3\n", "            timeoutSecond: 3\n");
        assertEquals(List.of(new Violation("Deployment/gateway",
                "unknown field spec.template.spec.containers[0].readinessProbe.timeoutSecond")), k8s.check("local", renderer));
    }

    /** resources → resource: an unknown key, and so no requests or limits either. */
    @ParameterizedTest
    @MethodSource("renderers")
    void typoInResources(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(TARGETS, "          resources:\n", "          resource:\n");
        assertEquals(Set.of(
                new Violation("Deployment/targets-service", "unknown field spec.template.spec.containers[0].resource"),
                new Violation("Deployment/targets-service", "container targets-service sets no resources "
                        + "requests.cpu, requests.memory, limits.cpu, limits.memory")),
                Set.copyOf(k8s.check("production", renderer)));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void typoInAKustomization(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("overlays/local/kustomization.yaml", "\npatches:\n", "\npatchs:\n");
        List<Violation> violations = k8s.check("local", renderer);
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).message().startsWith("does not render") && violations.get(0).message().contains("patchs"),
                violations.toString());
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void serviceOpenedToOtherNamespaces(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(TARGETS, "  ingress:\n    - from:\n",
                "  ingress:\n    - from:\n        - namespaceSelector: {}\n");
        assertEquals(List.of(new Violation("Deployment/targets-service", "NetworkPolicies let it be reached from "
                + "[(outside the namespace)]; allowed only [gateway, portal, programs-service]")), k8s.check("local", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void databaseReachableFromAnotherService(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/elections-db.yaml",
                "              app.kubernetes.io/name: elections-service\n",
                "              app.kubernetes.io/name: elections-service\n"
                        + "        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: gateway\n");
        assertEquals(List.of(new Violation("MariaDB/elections-db", "NetworkPolicies let it be reached from [gateway];"
                + " allowed only [(namespace mariadb-operator), elections-db, elections-db-nightly, elections-db-physical,"
                + " elections-service]")), k8s.check("production", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void serviceUsingAnotherServicesDatabase(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/programs-service.yaml",
                "jdbc:mariadb://programs-db:3306/programs", "jdbc:mariadb://programs-db:3306/targets");
        assertEquals(List.of(new Violation("Deployment/programs-service",
                "database URL names database targets, not its own database programs")), k8s.check("local", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void undefinedSecretKey(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/db-credentials.yaml",
                "  root-password: CHANGE-ME-elections-root-password\n", "");
        assertEquals(List.of(new Violation("MariaDB/elections-db",
                "refers to key root-password of Secret elections-db-credentials, which has no such key")),
                k8s.check("local", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void latestTag(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/gateway.yaml",
                "backan-congress/gateway:1.0.0", "backan-congress/gateway:latest");
        assertEquals(List.of(new Violation("Deployment/gateway",
                "container gateway image backan-congress/gateway:latest uses the tag latest")), k8s.check("local", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void serviceSelectingNothing(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/gateway.yaml",
                "spec:\n  selector:\n    app.kubernetes.io/name: gateway\n", "spec:\n  selector:\n    app.kubernetes.io/name: gatway\n");
        assertEquals(List.of(new Violation("Service/gateway",
                "selects no pod template (selector {app.kubernetes.io/name=gatway})")), k8s.check("local", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void writableRootFilesystem(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/targets-db.yaml",
                "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false");
        assertEquals(List.of(new Violation("MariaDB/targets-db",
                "container mariadb does not set readOnlyRootFilesystem: true")), k8s.check("production", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void realLookingPasswordInGit(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/db-credentials.yaml",
                "CHANGE-ME-programs-password", "s3cr3t-programs");
        assertEquals(List.of(new Violation("Secret/programs-db-credentials",
                "key password holds a value that is not a CHANGE-ME placeholder")), k8s.check("local", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void placeholderWithoutItsLabel(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/db-credentials.yaml",
                "    app.kubernetes.io/name: keycloak-db\n    app.kubernetes.io/part-of: backan-congress\n"
                        + "    congress.backan.vn/placeholder: \"true\"\n",
                "    app.kubernetes.io/name: keycloak-db\n    app.kubernetes.io/part-of: backan-congress\n");
        assertEquals(List.of(new Violation("Secret/keycloak-db-credentials",
                "holds placeholders but has no label congress.backan.vn/placeholder: \"true\"")),
                k8s.check("local", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void textLogsInTheCluster(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/portal.yaml",
                "  QUARKUS_LOG_CONSOLE_JSON_ENABLED: \"true\"\n", "");
        assertEquals(List.of(new Violation("Deployment/portal",
                "container portal does not log JSON (QUARKUS_LOG_CONSOLE_JSON_ENABLED=true)")),
                k8s.check("local", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void probeOnTheHttpPort(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(TARGETS, READINESS, READINESS.replace("port: management", "port: http"));
        assertEquals(List.of(new Violation("Deployment/targets-service",
                "container targets-service readinessProbe uses port http, not management")), k8s.check("local", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void missingManagementPort(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/elections-service.yaml",
                "            - name: management\n              containerPort: 9000\n", "");
        assertEquals(Set.of(
                new Violation("Deployment/elections-service",
                        "container elections-service declares no port named management (9000)"),
                new Violation("Service/elections-service",
                        "port 9000 targets management, which no selected container declares")),
                Set.copyOf(k8s.check("production", renderer)));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void scrapeAnnotationOnTheHttpPort(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(TARGETS,
                "        prometheus.io/port: \"9000\"\n", "        prometheus.io/port: \"8081\"\n");
        assertEquals(List.of(new Violation("Deployment/targets-service",
                "pod annotation prometheus.io/port is 8081, not the management port 9000")), k8s.check("local", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void managementPortOpenedToThePortal(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/programs-service.yaml",
                "              app.kubernetes.io/name: gateway\n        - namespaceSelector:\n",
                "              app.kubernetes.io/name: gateway\n"
                        + "        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: portal\n"
                        + "        - namespaceSelector:\n");
        assertEquals(List.of(new Violation("Deployment/programs-service", "NetworkPolicies let it be reached on its"
                + " management port 9000 from [portal]; allowed only [(namespace monitoring), gateway]")),
                k8s.check("local", renderer));
    }

    /** The gateway's Service exposes 9000 as well, and the production Ingress is pointed at it. */
    @ParameterizedTest
    @MethodSource("renderers")
    void ingressPointingAtTheManagementPort(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp)
                .replace("base/gateway.yaml", GATEWAY_SERVICE_PORT, GATEWAY_SERVICE_PORT + GATEWAY_MANAGEMENT_PORT)
                .replace("overlays/production/ingress-host.yaml", GATEWAY_BACKEND_PORT,
                        GATEWAY_BACKEND_PORT.replace("name: http", "name: management"));
        assertEquals(Set.of(
                new Violation("Ingress/gateway",
                        "backend gateway:management leads to the management port 9000 of Deployment/gateway"),
                new Violation("Service/gateway", "port 9000 leads to the management port of Deployment/gateway,"
                        + " and Ingress/gateway routes to this Service")),
                Set.copyOf(k8s.check("production", renderer)));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void gatewayServiceExposingTheManagementPort(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp)
                .replace("base/gateway.yaml", GATEWAY_SERVICE_PORT, GATEWAY_SERVICE_PORT + GATEWAY_MANAGEMENT_PORT);
        assertEquals(List.of(new Violation("Service/gateway", "port 9000 leads to the management port of"
                + " Deployment/gateway, and Ingress/gateway routes to this Service")), k8s.check("local", renderer));
    }

    /** The production Ingress routes Keycloak's admin console instead of the realm's endpoints. */
    @ParameterizedTest
    @MethodSource("renderers")
    void ingressRoutingKeycloaksAdminConsole(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("overlays/production/ingress-host.yaml",
                "          - path: /auth/realms/backan\n", "          - path: /auth/admin\n");
        assertEquals(List.of(new Violation("Ingress/gateway", "path /auth/admin leads to Deployment/keycloak beyond its"
                + " realm endpoints and resources [/auth/realms/backan, /auth/resources]: the admin console stays inside"
                + " the cluster")), k8s.check("production", renderer));
    }

    /** All of Keycloak (/) behind the Ingress, its admin console with it. */
    @ParameterizedTest
    @MethodSource("renderers")
    void ingressRoutingAllOfKeycloak(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/gateway.yaml", ROOT_PATH + "                name: gateway\n",
                ROOT_PATH + "                name: keycloak\n");
        assertEquals(List.of(new Violation("Ingress/gateway", "path / leads to Deployment/keycloak beyond its"
                + " realm endpoints and resources [/auth/realms/backan, /auth/resources]: the admin console stays inside"
                + " the cluster")), k8s.check("local", renderer));
    }

    /** The gateway still reads the key file of before, which nothing mounts any more. */
    @ParameterizedTest
    @MethodSource("renderers")
    void verifierReadingAKeyFileInsteadOfKeycloaksJwks(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/gateway.yaml", JWKS, "file:/etc/congress/jwt/public.pem");
        assertEquals(List.of(new Violation("Deployment/gateway", "MP_JWT_VERIFY_PUBLICKEY_LOCATION"
                + " file:/etc/congress/jwt/public.pem is not the JWKS of a realm the identity provider imports, " + JWKS)),
                k8s.check("local", renderer));
    }

    /** Keycloak's keys, but of the master realm, which signs no district portal's token. */
    @ParameterizedTest
    @MethodSource("renderers")
    void verifierReadingTheKeysOfAnotherRealm(Renderer renderer) {
        String master = JWKS.replace("/realms/backan/", "/realms/master/");
        K8sCopy k8s = K8sCopy.of(temp).replace("base/programs-service.yaml", JWKS, master);
        assertEquals(List.of(new Violation("Deployment/programs-service", "MP_JWT_VERIFY_PUBLICKEY_LOCATION " + master
                + " is not the JWKS of a realm the identity provider imports, " + JWKS)), k8s.check("production", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void verifierWithoutAudience(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(TARGETS, "  MP_JWT_VERIFY_AUDIENCES: backan-congress-api\n", "");
        assertEquals(List.of(new Violation("Deployment/targets-service",
                "sets no MP_JWT_VERIFY_AUDIENCES: it would take a token the realm issued for any audience")),
                k8s.check("local", renderer));
    }

    /** The local gateway keeps the issuer of the old local key pair. */
    @ParameterizedTest
    @MethodSource("renderers")
    void verifierExpectingAnotherIssuer(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("overlays/local/local-issuer.yaml",
                "  name: gateway-config\ndata:\n  MP_JWT_VERIFY_ISSUER: http://localhost:8180/auth/realms/backan\n",
                "  name: gateway-config\ndata:\n  MP_JWT_VERIFY_ISSUER: urn:backan-congress:local\n");
        assertEquals(List.of(new Violation("Deployment/gateway", "MP_JWT_VERIFY_ISSUER urn:backan-congress:local is not"
                + " the issuer of realm backan's tokens, http://localhost:8180/auth/realms/backan (KC_HOSTNAME of"
                + " Deployment/keycloak)")), k8s.check("local", renderer));
    }

    /** The Ingress gets another public host, Keycloak (and so the issuer) keeps the old one. */
    @ParameterizedTest
    @MethodSource("renderers")
    void publicHostWithoutItsIssuer(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("overlays/production/ingress-host.yaml",
                "api.congress.example", "data.congress.example");
        assertEquals(List.of(new Violation("Ingress/gateway", "host data.congress.example leads to Deployment/keycloak,"
                + " whose tokens name the issuer https://api.congress.example/auth (KC_HOSTNAME): give both the public"
                + " host")), k8s.check("production", renderer));
    }

    /** A district's client in the realm file, but no secret for it in the Secret. */
    @ParameterizedTest
    @MethodSource("renderers")
    void districtClientWithoutItsSecret(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/keycloak-credentials.yaml",
                "  DISTRICT_066_SECRET: CHANGE-ME-district-066-secret\n", "");
        assertEquals(List.of(new Violation("Deployment/keycloak", "realm backan (backan-realm.json) names"
                + " ${DISTRICT_066_SECRET}, which container keycloak does not take from a Secret")),
                k8s.check("local", renderer));
    }

    /** A client secret written into the realm file, and so into a ConfigMap in git. */
    @ParameterizedTest
    @MethodSource("renderers")
    void clientSecretInTheRealmFile(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/keycloak/backan-realm.json",
                "\"${DISTRICT_058_SECRET}\"", "\"s3cr3t-058\"");
        assertEquals(List.of(new Violation("Deployment/keycloak", "realm backan (backan-realm.json): client district-058"
                + " has a literal secret; write ${VARIABLE} there and keep the value in a Secret")),
                k8s.check("local", renderer));
    }

    /** The portal verifies no token and has no business with Keycloak. */
    @ParameterizedTest
    @MethodSource("renderers")
    void keycloakReachableFromThePortal(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/keycloak.yaml",
                "              app.kubernetes.io/name: elections-service\n",
                "              app.kubernetes.io/name: elections-service\n"
                        + "        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: portal\n");
        assertEquals(List.of(new Violation("Deployment/keycloak", "NetworkPolicies let it be reached from [portal];"
                + " allowed only [(outside the namespace), elections-service, gateway, keycloak, programs-service,"
                + " targets-service]")), k8s.check("local", renderer));
    }

    /** A service whose policy does not let it fetch the keys: every token would be refused. */
    @ParameterizedTest
    @MethodSource("renderers")
    void serviceCutOffFromKeycloak(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/elections-service.yaml", KEYCLOAK_EGRESS, "");
        assertEquals(List.of(new Violation("Deployment/elections-service",
                "NetworkPolicies do not let it reach [keycloak], which the system needs")), k8s.check("production", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void keycloakProbedOnTheQuarkusHealthPath(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/keycloak.yaml", "              path: /health/ready\n",
                "              path: /q/health/ready\n");
        assertEquals(List.of(new Violation("Deployment/keycloak",
                "container keycloak readinessProbe asks for /q/health/ready, not a path under /health/")),
                k8s.check("local", renderer));
    }

    /** storage → storag: the API server would drop it silently, and the MariaDB would have no volume. */
    @ParameterizedTest
    @MethodSource("renderers")
    void misspelledFieldInAMariaDB(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(TARGETS_DB, "  storage:\n    size: 5Gi\n", "  storag:\n    size: 5Gi\n");
        assertEquals(Set.of(
                new Violation("MariaDB/targets-db", "unknown field spec.storag"),
                new Violation("MariaDB/targets-db", "has no persistent storage (spec.storage.size)")),
                Set.copyOf(k8s.check("local", renderer)));
    }

    /** replicas → replica in the production patch: one pod after all, and no failover. */
    @ParameterizedTest
    @MethodSource("renderers")
    void misspelledReplicasInProduction(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(REPLICATED, "  name: elections-db\nspec:\n  replicas: 3\n",
                "  name: elections-db\nspec:\n  replica: 3\n");
        assertEquals(Set.of(
                new Violation("MariaDB/elections-db", "unknown field spec.replica"),
                new Violation("MariaDB/elections-db", "has 1 replicas, fewer than 3 while the services run 2 pods")),
                Set.copyOf(k8s.check("production", renderer)));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void mariaDbWithoutStorage(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/programs-db.yaml", "  storage:\n    size: 5Gi\n", "");
        assertEquals(List.of(new Violation("MariaDB/programs-db", "has no persistent storage (spec.storage.size)")),
                k8s.check("production", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void wrongCollation(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(TARGETS_DB, "  collate: utf8mb4_uca1400_vietnamese_as_ci\n",
                "  collate: utf8mb4_general_ci\n");
        assertEquals(List.of(new Violation("Database/targets",
                "is utf8mb4 / utf8mb4_general_ci, not utf8mb4 / utf8mb4_uca1400_vietnamese_as_ci")), k8s.check("local", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void backupWithoutSchedule(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/programs-db.yaml", "  schedule:\n    cron: \"0 2 * * *\"\n", "");
        assertEquals(List.of(new Violation("Backup/programs-db-nightly",
                "has no active schedule (spec.schedule.cron): it would run once")), k8s.check("production", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void backupWithoutRetention(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/elections-db.yaml", "  maxRetention: 168h\n", "");
        assertEquals(List.of(new Violation("Backup/elections-db-nightly",
                "sets no maxRetention: say how long its backups are kept")), k8s.check("local", renderer));
    }

    /** Without its Backup, the MariaDB is unprotected and the backup Jobs' policy is left selecting nothing. */
    @ParameterizedTest
    @MethodSource("renderers")
    void mariaDbWithoutBackup(Renderer renderer) {
        String file = "base/keycloak-db.yaml";
        K8sCopy k8s = K8sCopy.of(temp).replace(file, read(file).substring(read(file).lastIndexOf("---\n")), "");
        assertEquals(Set.of(
                new Violation("MariaDB/keycloak-db", "has no Backup"),
                new Violation("NetworkPolicy/keycloak-db-backup", "selects no pods")),
                Set.copyOf(k8s.check("local", renderer)));
    }

    /** The User CRD has no password field: a literal is dropped, the account locked, the service refused. */
    @ParameterizedTest
    @MethodSource("renderers")
    void passwordWrittenInline(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/elections-db.yaml",
                "  passwordSecretKeyRef:\n    name: elections-db-credentials\n    key: password\n", "  password: s3cr3t\n");
        assertEquals(Set.of(
                new Violation("User/elections", "unknown field spec.password"),
                new Violation("User/elections",
                        "takes no password from a Secret (passwordSecretKeyRef): the operator would lock it"),
                new Violation("Deployment/elections-service",
                        "QUARKUS_DATASOURCE_PASSWORD is the password of no User of MariaDB/elections-db")),
                Set.copyOf(k8s.check("local", renderer)));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void s3KeyWrittenInline(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(BACKUPS_TO_S3,
                "      accessKeyIdSecretKeyRef:\n        name: backup-storage\n        key: access-key-id\n      secretAccessKeySecretKeyRef:\n        name: backup-storage\n        key: secret-access-key\n      tls:\n        enabled: true\n---\napiVersion: k8s.mariadb.com/v1alpha1\nkind: Backup\nmetadata:\n  name: programs-db-nightly\n",
                "      accessKeyIdSecretKeyRef:\n        name: backup-storage\n        key: access-key-id\n      secretAccessKey: s3cr3t\n      tls:\n        enabled: true\n---\napiVersion: k8s.mariadb.com/v1alpha1\nkind: Backup\nmetadata:\n  name: programs-db-nightly\n");
        assertEquals(Set.of(
                new Violation("Backup/targets-db-nightly", "unknown field spec.storage.s3.secretAccessKey"),
                new Violation("Backup/targets-db-nightly",
                        "takes no S3 key from a Secret (spec.storage.s3.secretAccessKeySecretKeyRef)")),
                Set.copyOf(k8s.check("production", renderer)));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void jdbcUrlNamingNoMariaDb(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(TARGETS, "jdbc:mariadb://targets-db:3306/targets",
                "jdbc:mariadb://targets-database:3306/targets");
        assertEquals(List.of(new Violation("Deployment/targets-service", "database host targets-database is no Service"
                + " of a MariaDB (<name>, or <name>-primary when it replicates)")), k8s.check("local", renderer));
    }

    /** In production the Service of the MariaDB's own name also leads to the read-only replicas. */
    @ParameterizedTest
    @MethodSource("renderers")
    void productionUrlNotNamingThePrimary(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("overlays/production/primary-services.yaml",
                "jdbc:mariadb://keycloak-db-primary:3306/keycloak", "jdbc:mariadb://keycloak-db:3306/keycloak");
        assertEquals(List.of(new Violation("Deployment/keycloak", "database host keycloak-db leads to every pod of"
                + " MariaDB/keycloak-db, replicas too: name its primary, keycloak-db-primary")), k8s.check("production", renderer));
    }

    /** A single MariaDB has no primary Service: the operator makes it for replication only. */
    @ParameterizedTest
    @MethodSource("renderers")
    void localUrlNamingAPrimary(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/programs-service.yaml",
                "jdbc:mariadb://programs-db:3306/programs", "jdbc:mariadb://programs-db-primary:3306/programs");
        assertEquals(List.of(new Violation("Deployment/programs-service", "database host programs-db-primary:"
                + " MariaDB/programs-db does not replicate, so the operator makes no Service programs-db-primary")),
                k8s.check("local", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void productionDatabaseWithoutReplication(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(REPLICATED, "    name: targets-db-pitr\n  replication:\n    enabled: true\n",
                "    name: targets-db-pitr\n  replication:\n    enabled: false\n");
        assertEquals(Set.of(
                new Violation("MariaDB/targets-db", "does not replicate (spec.replication.enabled) while the services run 2 pods"),
                new Violation("Deployment/targets-service", "database host targets-db-primary: MariaDB/targets-db does not"
                        + " replicate, so the operator makes no Service targets-db-primary"),
                new Violation("MariaDB/targets-db", "NetworkPolicies let it reach [(Kubernetes API server)]; allowed only"
                        + " [(cluster DNS), (outside the namespace), targets-db]")),
                Set.copyOf(k8s.check("production", renderer)));
    }

    /** The database's own policy gone: default-deny cuts it off from its service, its backups, the operator, its replicas. */
    @ParameterizedTest
    @MethodSource("renderers")
    void databaseNetworkPolicyDropped(Renderer renderer) {
        String policy = read(TARGETS_DB);
        int start = policy.indexOf("# Only targets-service, its backup Jobs");
        int end = policy.indexOf("---\n", start) + 4;
        K8sCopy k8s = K8sCopy.of(temp).replace(TARGETS_DB, policy.substring(start, end), "");
        assertEquals(Set.of(
                new Violation("MariaDB/targets-db", "NetworkPolicies do not let it be reached from"
                        + " [(namespace mariadb-operator), targets-db, targets-db-nightly, targets-db-physical, targets-service],"
                        + " which the system needs"),
                new Violation("MariaDB/targets-db", "NetworkPolicies do not let it reach [targets-db], which the system needs")),
                Set.copyOf(k8s.check("production", renderer)));
    }

    /** The S3 ways out dropped: every backup and the binary-log archiving would fail, and no policy says so. */
    @ParameterizedTest
    @MethodSource("renderers")
    void backupsCutOffFromObjectStorage(Renderer renderer) {
        String file = "overlays/production/backup-storage.yaml";
        K8sCopy k8s = K8sCopy.of(temp).replace(file, read(file).substring(read(file).indexOf("---\n")), "");
        Set<Violation> expected = new java.util.HashSet<>();
        for (String db : List.of("targets", "programs", "elections", "keycloak")) {
            expected.add(new Violation("Backup/" + db + "-db-nightly", OUTSIDE_NEEDED));
            expected.add(new Violation("PhysicalBackup/" + db + "-db-physical", OUTSIDE_NEEDED));
            expected.add(new Violation("MariaDB/" + db + "-db", OUTSIDE_NEEDED));
        }
        assertEquals(expected, Set.copyOf(k8s.check("production", renderer)));
    }

    /** The databases' way to the API server dropped: the init containers and the agents' probes would time out. */
    @ParameterizedTest
    @MethodSource("renderers")
    void databasesCutOffFromTheKubernetesApi(Renderer renderer) {
        String file = "overlays/production/kubernetes-api.yaml";
        String text = read(file);
        int start = text.indexOf("apiVersion:");
        K8sCopy k8s = K8sCopy.of(temp).replace(file, text.substring(start, text.indexOf("---\n") + 4), "");
        assertEquals(Set.of(
                new Violation("MariaDB/targets-db", API_NEEDED),
                new Violation("MariaDB/programs-db", API_NEEDED),
                new Violation("MariaDB/elections-db", API_NEEDED),
                new Violation("MariaDB/keycloak-db", API_NEEDED)),
                Set.copyOf(k8s.check("production", renderer)));
    }

    /** The API server's rule widened to every address: that is the outside, which a database may not reach on 6443. */
    @ParameterizedTest
    @MethodSource("renderers")
    void apiServerRuleOpenToEveryAddress(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("overlays/production/kubernetes-api.yaml",
                "cidr: CHANGE-ME-api-server-cidr", "cidr: 0.0.0.0/0");
        List<Violation> violations = k8s.check("production", renderer);
        assertTrue(violations.contains(new Violation("MariaDB/targets-db", API_NEEDED)), violations.toString());
        assertTrue(violations.contains(new Violation("PhysicalBackup/targets-db-physical", API_NEEDED)),
                violations.toString());
        assertEquals(8, violations.size(), violations.toString());
    }

    /** The API server's address set, the placeholder label kept: an apply that skips the templates would skip it too. */
    @ParameterizedTest
    @MethodSource("renderers")
    void apiServerAddressStillAPlaceholderWithoutItsLabel(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("overlays/production/kubernetes-api.yaml",
                "  name: databases-to-kubernetes-api\n  labels:\n    app.kubernetes.io/component: database\n"
                        + "    app.kubernetes.io/part-of: backan-congress\n    congress.backan.vn/placeholder: \"true\"\n",
                "  name: databases-to-kubernetes-api\n  labels:\n    app.kubernetes.io/component: database\n"
                        + "    app.kubernetes.io/part-of: backan-congress\n");
        assertEquals(List.of(new Violation("NetworkPolicy/databases-to-kubernetes-api",
                "holds placeholders but has no label congress.backan.vn/placeholder: \"true\"")),
                k8s.check("production", renderer));
    }

    /** The Backup CRD requires storage: without it the API server refuses the object. */
    @ParameterizedTest
    @MethodSource("renderers")
    void backupWithoutItsRequiredStorage(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/programs-db.yaml", "  storage:\n    persistentVolumeClaim:\n"
                + "      accessModes: [\"ReadWriteOnce\"]\n      resources:\n        requests:\n          storage: 2Gi\n", "");
        assertEquals(Set.of(
                new Violation("Backup/programs-db-nightly", "spec: required property 'storage' not found"),
                new Violation("Backup/programs-db-nightly",
                        "has no storage (spec.storage: s3, persistentVolumeClaim or volume)")),
                Set.copyOf(k8s.check("local", renderer)));
    }

    /** A value the CRD's enum does not list: the API server refuses the object. */
    @ParameterizedTest
    @MethodSource("renderers")
    void semiSyncWaitPointNotInTheEnum(Renderer renderer) {
        String file = read(REPLICATED);
        String line = "    semiSyncWaitPoint: AfterSync\n";
        int at = file.indexOf(line);
        K8sCopy k8s = K8sCopy.of(temp).replace(REPLICATED, file,
                file.substring(0, at) + line.replace("AfterSync", "AfterSynk") + file.substring(at + line.length()));
        assertEquals(List.of(new Violation("MariaDB/targets-db",
                "spec.replication.semiSyncWaitPoint: does not have a value in the enumeration [\"AfterSync\", \"AfterCommit\"]")),
                k8s.check("production", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void physicalBackupWithoutScheduleOrRetention(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(PHYSICAL, "    name: elections-db\n  target: PreferReplica\n  schedule:\n    cron: \"30 1 * * *\"\n"
                        + "  maxRetention: 720h\n", "    name: elections-db\n  target: PreferReplica\n");
        assertEquals(Set.of(
                new Violation("PhysicalBackup/elections-db-physical",
                        "has no active schedule (spec.schedule.cron): it would run once"),
                new Violation("PhysicalBackup/elections-db-physical",
                        "sets no maxRetention: say how long its backups are kept")),
                Set.copyOf(k8s.check("production", renderer)));
    }

    /** The binary logs a replicating server writes would fill its volume. */
    @ParameterizedTest
    @MethodSource("renderers")
    void binaryLogsNeverPurgedInProduction(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/programs-db.yaml", "    binlog_expire_logs_seconds = 604800\n", "");
        assertEquals(List.of(new Violation("MariaDB/programs-db", "writes binary logs (replication) but myCnf sets no"
                + " binlog_expire_logs_seconds: the server would never purge them")), k8s.check("production", renderer));
        assertEquals(List.of(), k8s.check("local", renderer), "a single server writes no binary logs");
    }

    /** Replication without binary-log archiving: the writes since the last backup could not be restored. */
    @ParameterizedTest
    @MethodSource("renderers")
    void replicationWithoutPointInTimeRecovery(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(REPLICATED, "  pointInTimeRecoveryRef:\n    name: keycloak-db-pitr\n", "");
        assertEquals(Set.of(
                new Violation("MariaDB/keycloak-db", "replicates but archives no binary logs (spec.pointInTimeRecoveryRef):"
                        + " nothing could restore the writes since its last backup"),
                new Violation("MariaDB/keycloak-db", "NetworkPolicies let it reach [(outside the namespace)]; allowed only"
                        + " [(Kubernetes API server), (cluster DNS), keycloak-db]"),
                new Violation("PhysicalBackup/keycloak-db-physical", "NetworkPolicies let it reach [(Kubernetes API server)];"
                        + " allowed only [(cluster DNS), (outside the namespace), keycloak-db]")),
                Set.copyOf(k8s.check("production", renderer)));
    }

    /** A PointInTimeRecovery whose base is another database's physical backup. */
    @ParameterizedTest
    @MethodSource("renderers")
    void pointInTimeRecoveryOnAnotherDatabasesBackup(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(PHYSICAL, "  physicalBackupRef:\n    name: programs-db-physical\n",
                "  physicalBackupRef:\n    name: targets-db-physical\n");
        assertEquals(List.of(new Violation("MariaDB/programs-db", "archives binary logs on top of PhysicalBackup"
                + " targets-db-physical (PointInTimeRecovery/programs-db-pitr), which is no PhysicalBackup of it")),
                k8s.check("production", renderer));
    }

    /** Without a template, a broken replica stays broken and the cluster cannot scale out. */
    @ParameterizedTest
    @MethodSource("renderers")
    void replicasWithNothingToRebuildThemFrom(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(REPLICATED, "      bootstrapFrom:\n        physicalBackupTemplateRef:\n"
                + "          name: targets-db-physical\n      recovery:\n        enabled: true\n", "");
        assertEquals(List.of(new Violation("MariaDB/targets-db", "names no PhysicalBackup to rebuild a replica from"
                + " (spec.replication.replica.bootstrapFrom.physicalBackupTemplateRef)")), k8s.check("production", renderer));
    }

    /** Bucket placeholders without the label: an apply that skips the templates would still create this Backup. */
    @ParameterizedTest
    @MethodSource("renderers")
    void backupPlaceholderWithoutItsLabel(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(BACKUPS_TO_S3, "  name: elections-db-nightly\n  labels:\n"
                + "    congress.backan.vn/placeholder: \"true\"\n", "  name: elections-db-nightly\n");
        assertEquals(List.of(new Violation("Backup/elections-db-nightly",
                "holds placeholders but has no label congress.backan.vn/placeholder: \"true\"")), k8s.check("production", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void backupOfAMariaDbThatDoesNotExist(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/elections-db.yaml",
                "spec:\n  mariaDbRef:\n    name: elections-db\n  databases:", "spec:\n  mariaDbRef:\n    name: election-db\n  databases:");
        assertEquals(Set.of(
                new Violation("Backup/elections-db-nightly", "refers to MariaDB election-db, which is not defined"),
                new Violation("MariaDB/elections-db", "has no Backup"),
                new Violation("MariaDB/elections-db", "NetworkPolicies let it be reached from [elections-db-nightly];"
                        + " allowed only [(namespace mariadb-operator), elections-db, elections-service]"),
                new Violation("Backup/elections-db-nightly", "NetworkPolicies let it reach [elections-db];"
                        + " allowed only [(cluster DNS), election-db]"),
                new Violation("Backup/elections-db-nightly", "NetworkPolicies do not let it reach [election-db],"
                        + " which the system needs")),
                Set.copyOf(k8s.check("local", renderer)));
    }

    /** A user without its Grant can log in but not use its database. */
    @ParameterizedTest
    @MethodSource("renderers")
    void userWithoutItsGrant(Renderer renderer) {
        String db = read(TARGETS_DB);
        int start = db.indexOf("apiVersion: k8s.mariadb.com/v1alpha1\nkind: Grant");
        K8sCopy k8s = K8sCopy.of(temp).replace(TARGETS_DB, db.substring(start, db.indexOf("---\n", start) + 4), "");
        assertEquals(List.of(new Violation("Deployment/targets-service", "User/targets has no Grant on database targets")),
                k8s.check("local", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void serverWithoutTheVietnameseCollation(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/programs-db.yaml",
                "    collation-server = utf8mb4_uca1400_vietnamese_as_ci\n", "");
        assertEquals(List.of(new Violation("MariaDB/programs-db", "myCnf does not set character-set-server = utf8mb4"
                + " and collation-server = utf8mb4_uca1400_vietnamese_as_ci")), k8s.check("local", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void asynchronousReplicationInProduction(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace(REPLICATED, "    semiSyncEnabled: true\n", "    semiSyncEnabled: false\n");
        assertEquals(Set.of("MariaDB/targets-db", "MariaDB/programs-db", "MariaDB/elections-db", "MariaDB/keycloak-db"),
                Set.copyOf(k8s.check("production", renderer).stream().map(Violation::object).toList()));
        assertEquals(Set.of("replicates asynchronously: a failover could lose acknowledged writes"),
                Set.copyOf(k8s.check("production", renderer).stream().map(Violation::message).toList()));
    }

    /** The replication agent is a container of the MariaDB pod: the same hardening applies to it. */
    @ParameterizedTest
    @MethodSource("renderers")
    void replicationAgentNotLockedDown(Renderer renderer) {
        String agent = "      basicAuth:\n        enabled: true\n";
        String secured = agent + "      securityContext:\n        allowPrivilegeEscalation: false\n"
                + "        readOnlyRootFilesystem: true\n        capabilities:\n          drop: [\"ALL\"]\n";
        String file = read(REPLICATED);
        K8sCopy k8s = K8sCopy.of(temp).replace(REPLICATED, file, file.substring(0, file.lastIndexOf(secured))
                + agent + file.substring(file.lastIndexOf(secured) + secured.length()));
        assertEquals(Set.of(
                new Violation("MariaDB/keycloak-db", "container agent does not set allowPrivilegeEscalation: false"),
                new Violation("MariaDB/keycloak-db", "container agent does not set readOnlyRootFilesystem: true"),
                new Violation("MariaDB/keycloak-db", "container agent does not drop ALL capabilities")),
                Set.copyOf(k8s.check("production", renderer)));
    }

    private static final String LIMIT_CONNECTIONS_LINE = "    nginx.ingress.kubernetes.io/limit-connections: \"256\"\n";

    @ParameterizedTest
    @MethodSource("renderers")
    void ingressWithoutAPerClientConnectionCap(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/gateway.yaml", LIMIT_CONNECTIONS_LINE, "");
        Violation expected = new Violation("Ingress/gateway", "sets no per-client connection cap ("
                + "nginx.ingress.kubernetes.io/limit-connections: a positive number)");
        assertEquals(List.of(expected), k8s.check("local", renderer));
        assertEquals(List.of(expected), k8s.check("production", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void ingressControllerWithoutAHeaderDeadline(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("ingress-nginx/controller-settings.yaml",
                "  client-header-timeout: \"10\"\n", "");
        assertEquals(List.of(new Violation("ConfigMap/ingress-nginx-controller",
                "client-header-timeout must give a client at most 10 s for its headers")),
                k8s.checkDirectory("ingress-nginx", renderer));
    }

    /** nginx's own default, 60 s: a client trickling its headers would hold a connection that long. */
    @ParameterizedTest
    @MethodSource("renderers")
    void ingressControllerWithALongHeaderDeadline(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("ingress-nginx/controller-settings.yaml",
                "  client-header-timeout: \"10\"\n", "  client-header-timeout: \"60\"\n");
        assertEquals(List.of(new Violation("ConfigMap/ingress-nginx-controller",
                "client-header-timeout must give a client at most 10 s for its headers")),
                k8s.checkDirectory("ingress-nginx", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void ingressControllerKeepingConnectionsLongerThanTheGateway(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("ingress-nginx/controller-settings.yaml",
                "  upstream-keepalive-timeout: \"60\"\n", "  upstream-keepalive-timeout: \"90\"\n");
        assertEquals(List.of(new Violation("ConfigMap/ingress-nginx-controller",
                "upstream-keepalive-timeout must be at most 60 s, less than the gateway keeps an idle connection")),
                k8s.checkDirectory("ingress-nginx", renderer));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void gatewayClosingIdleConnectionsBeforeTheIngressControllerDoes(Renderer renderer) {
        K8sCopy k8s = K8sCopy.of(temp).replace("base/gateway.yaml", "  QUARKUS_HTTP_IDLE_TIMEOUT: 75s\n",
                "  QUARKUS_HTTP_IDLE_TIMEOUT: 45s\n");
        assertEquals(List.of(new Violation("Deployment/gateway", "container gateway must keep an idle connection"
                + " longer than the ingress controller does (60 s): set QUARKUS_HTTP_IDLE_TIMEOUT above it")),
                k8s.check("local", renderer));
    }

    private static String read(String file) {
        try {
            return java.nio.file.Files.readString(Project.K8S.resolve(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String TARGETS_DB = "base/targets-db.yaml";
    private static final String REPLICATED = "overlays/production/replicated-databases.yaml";
    private static final String BACKUPS_TO_S3 = "overlays/production/backups-to-s3.yaml";
    private static final String PHYSICAL = "overlays/production/physical-backups.yaml";
    private static final String API_NEEDED =
            "NetworkPolicies do not let it reach [(Kubernetes API server)], which the system needs";
    private static final String OUTSIDE_NEEDED =
            "NetworkPolicies do not let it reach [(outside the namespace)], which the system needs";
    private static final String JWKS = "http://keycloak:8080/auth/realms/backan/protocol/openid-connect/certs";
    private static final String ROOT_PATH = "          - path: /\n            pathType: Prefix\n            backend:\n"
            + "              service:\n";
    private static final String KEYCLOAK_EGRESS = "    - to:\n        - podSelector:\n            matchLabels:\n"
            + "              app.kubernetes.io/name: keycloak\n      ports:\n        - port: 8080\n          protocol: TCP\n";
    private static final String GATEWAY_BACKEND_PORT =
            "                name: gateway\n                port:\n                  name: http\n";
    private static final String GATEWAY_SERVICE_PORT = "    - name: http\n      port: 8080\n      targetPort: http\n";
    private static final String GATEWAY_MANAGEMENT_PORT =
            "    - name: management\n      port: 9000\n      targetPort: management\n";
}
