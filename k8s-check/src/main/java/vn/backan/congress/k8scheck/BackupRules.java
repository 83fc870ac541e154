package vn.backan.congress.k8scheck;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every MariaDB has a Backup, and every Backup and PhysicalBackup runs on a schedule, says how long it
 * keeps what it took, and says where to: S3-compatible storage (keys from a Secret) or a volume. A
 * replica is no backup: a DROP TABLE reaches it at once. A MariaDB that replicates also archives its
 * binary logs (a PointInTimeRecovery, whose base is a PhysicalBackup of that MariaDB), so that it can
 * be restored to any moment, and names a PhysicalBackup of its own as the template to rebuild a
 * replica from.
 */
public final class BackupRules {

    private BackupRules() {
    }

    public static List<Violation> check(Manifests manifests) {
        List<Violation> violations = new ArrayList<>();
        List<GenericKubernetesResource> backups = manifests.custom(OperatorPods.BACKUP);
        for (GenericKubernetesResource mariadb : manifests.custom(OperatorPods.MARIADB)) {
            Consumer<String> report = m -> violations.add(new Violation(Manifests.id(mariadb), m));
            if (backups.stream().noneMatch(b -> DatabaseRules.serves(b, mariadb))) {
                report.accept("has no Backup");
            }
            pointInTimeRecovery(mariadb, manifests, report);
            replicaSource(mariadb, manifests, report);
        }
        for (String kind : List.of(OperatorPods.BACKUP, OperatorPods.PHYSICAL_BACKUP)) {
            for (GenericKubernetesResource backup : manifests.custom(kind)) {
                backup(backup, manifests, m -> violations.add(new Violation(Manifests.id(backup), m)));
            }
        }
        for (GenericKubernetesResource pitr : manifests.custom(OperatorPods.POINT_IN_TIME_RECOVERY)) {
            s3Keys(Manifests.spec(pitr).path("storage").path("s3"),
                    m -> violations.add(new Violation(Manifests.id(pitr), m)));
        }
        return violations;
    }

    /** Replicating means binary logs: they are archived, on top of a PhysicalBackup of the same MariaDB. */
    private static void pointInTimeRecovery(GenericKubernetesResource mariadb, Manifests manifests, Consumer<String> report) {
        JsonNode spec = Manifests.spec(mariadb);
        String name = OperatorPods.pointInTimeRecovery(spec);
        if (name.isEmpty()) {
            if (OperatorPods.replication(spec)) {
                report.accept("replicates but archives no binary logs (spec.pointInTimeRecoveryRef): nothing could"
                        + " restore the writes since its last backup");
            }
            return;
        }
        Optional<GenericKubernetesResource> pitr = manifests.findCustom(OperatorPods.POINT_IN_TIME_RECOVERY,
                mariadb.getMetadata().getNamespace(), name);
        if (pitr.isEmpty()) {
            report.accept("names PointInTimeRecovery " + name + ", which is not defined: the operator would not"
                    + " reconcile it");
            return;
        }
        String base = Manifests.spec(pitr.get()).path("physicalBackupRef").path("name").asText();
        boolean ownBase = manifests.findCustom(OperatorPods.PHYSICAL_BACKUP, mariadb.getMetadata().getNamespace(), base)
                .filter(b -> DatabaseRules.serves(b, mariadb)).isPresent();
        if (!ownBase) {
            report.accept("archives binary logs on top of PhysicalBackup " + base + " (" + Manifests.id(pitr.get())
                    + "), which is no PhysicalBackup of it");
        }
    }

    /** A replica that is lost or broken is rebuilt from a physical backup the operator takes with this template. */
    private static void replicaSource(GenericKubernetesResource mariadb, Manifests manifests, Consumer<String> report) {
        JsonNode spec = Manifests.spec(mariadb);
        if (!OperatorPods.replication(spec)) {
            return;
        }
        JsonNode replica = spec.path("replication").path("replica");
        String template = replica.path("bootstrapFrom").path("physicalBackupTemplateRef").path("name").asText();
        if (template.isEmpty()) {
            report.accept("names no PhysicalBackup to rebuild a replica from"
                    + " (spec.replication.replica.bootstrapFrom.physicalBackupTemplateRef)");
        } else if (manifests.findCustom(OperatorPods.PHYSICAL_BACKUP, mariadb.getMetadata().getNamespace(), template)
                .filter(b -> DatabaseRules.serves(b, mariadb)).isEmpty()) {
            report.accept("rebuilds replicas from PhysicalBackup " + template + ", which is no PhysicalBackup of it");
        }
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
            s3Keys(s3, report);
        } else if (!storage.has("persistentVolumeClaim") && !storage.has("volume") && !storage.has("volumeSnapshot")) {
            report.accept("has no storage (spec.storage: s3, persistentVolumeClaim or volume)");
        }
    }

    private static void s3Keys(JsonNode s3, Consumer<String> report) {
        if (s3.isMissingNode()) {
            return;
        }
        for (String key : List.of("accessKeyIdSecretKeyRef", "secretAccessKeySecretKeyRef")) {
            if (!s3.path(key).has("name")) {
                report.accept("takes no S3 key from a Secret (spec.storage.s3." + key + ")");
            }
        }
    }

    /** Whether the Backup or PhysicalBackup sends what it takes out of the cluster, to S3-compatible storage. */
    static boolean toObjectStorage(GenericKubernetesResource backup) {
        return Manifests.spec(backup).path("storage").has("s3");
    }
}
