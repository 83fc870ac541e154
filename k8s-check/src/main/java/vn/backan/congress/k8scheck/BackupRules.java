package vn.backan.congress.k8scheck;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every MariaDB has a Backup, and every Backup runs on a schedule, says how long it keeps what it
 * took, and says where to: S3-compatible storage (keys from a Secret) or a volume. A replica is no
 * backup: a DROP TABLE reaches it at once.
 */
public final class BackupRules {

    private BackupRules() {
    }

    public static List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        List<GenericKubernetesResource> backups = manifests.custom(OperatorPods.BACKUP);
        for (GenericKubernetesResource mariadb : manifests.custom(OperatorPods.MARIADB)) {
            if (backups.stream().noneMatch(b -> DatabaseRules.serves(b, mariadb))) {
                violations.add(new Violation(Manifests.id(mariadb), "has no Backup"));
            }
        }
        for (GenericKubernetesResource backup : backups) {
            backup(backup, manifests, m -> violations.add(new Violation(Manifests.id(backup), m)));
        }
        return violations;
    }

    private static void backup(GenericKubernetesResource backup, Manifests manifests, Consumer<String> report) {
        JsonNode spec = Manifests.spec(backup);
        if (DatabaseRules.server(backup, manifests).isEmpty()) {
            report.accept("refers to MariaDB " + DatabaseRules.serverName(backup) + ", which is not defined");
        }
        if (spec.path("schedule").path("cron").asText().isBlank() || spec.path("schedule").path("suspend").asBoolean()) {
            report.accept("has no active schedule (spec.schedule.cron): it would run once");
        }
        if (spec.path("maxRetention").asText().isBlank()) {
            report.accept("sets no maxRetention: say how long its backups are kept");
        }
        JsonNode storage = spec.path("storage");
        JsonNode s3 = storage.path("s3");
        if (!s3.isMissingNode()) {
            for (String key : List.of("accessKeyIdSecretKeyRef", "secretAccessKeySecretKeyRef")) {
                if (!s3.path(key).has("name")) {
                    report.accept("takes no S3 key from a Secret (spec.storage.s3." + key + ")");
                }
            }
        } else if (!storage.has("persistentVolumeClaim") && !storage.has("volume")) {
            report.accept("has no storage (spec.storage: s3, persistentVolumeClaim or volume)");
        }
    }

    /** Whether the Backup sends what it takes out of the cluster, to S3-compatible storage. */
    static boolean toObjectStorage(GenericKubernetesResource backup) {
        return Manifests.spec(backup).path("storage").has("s3");
    }
}
