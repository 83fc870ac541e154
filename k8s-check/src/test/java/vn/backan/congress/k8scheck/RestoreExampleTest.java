package vn.backan.congress.k8scheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * k8s/restore/ holds Restore examples no kustomization applies (k8s/README.md, "Backups and
 * recovery"): they must still be valid against the Restore CRD and fit the production overlay.
 */
class RestoreExampleTest {

    private static final Path EXAMPLES = Project.K8S.resolve("restore");
    private static final Manifests PRODUCTION =
            ManifestCheck.run(Project.overlay("production"), Renderer.forThisMachine()).manifests();

    @Test
    void everyExampleIsAValidRestore() {
        for (Path file : examples()) {
            Manifests example = Manifests.read(Yaml.readAll(file));
            assertEquals(List.of(), example.readViolations(), file.toString());
            assertFalse(example.custom("Restore").isEmpty(), file + " holds no Restore");
        }
    }

    /** Its MariaDB, Backup and database exist, and its pods carry the Backup's labels, which its policies select. */
    @Test
    void everyRestoreFitsTheProductionOverlay() {
        for (Path file : examples()) {
            for (GenericKubernetesResource restore : Manifests.read(Yaml.readAll(file)).custom("Restore")) {
                JsonNode spec = Manifests.spec(restore);
                String ns = restore.getMetadata().getNamespace();
                GenericKubernetesResource mariadb = DatabaseRules.server(restore, PRODUCTION).orElseThrow();
                GenericKubernetesResource backup = PRODUCTION.findCustom(OperatorPods.BACKUP, ns,
                        spec.path("backupRef").path("name").asText()).orElseThrow();
                assertTrue(DatabaseRules.serves(backup, mariadb), file.toString());
                assertTrue(PRODUCTION.custom("Database").stream().anyMatch(d -> DatabaseRules.serves(d, mariadb)
                        && DatabaseRules.sqlName(d).equals(spec.path("database").asText())), file.toString());
                assertEquals(Manifests.spec(backup).path("podMetadata"), spec.path("podMetadata"), file.toString());
            }
        }
    }

    @Test
    void aMisspelledFieldIsCaught() throws IOException {
        String text = Files.readString(EXAMPLES.resolve("targets-db-restore.yaml"))
                .replace("  targetRecoveryTime:", "  targetRecoverTime:");
        assertEquals(List.of(new Violation("Restore/targets-db-restore", "unknown field spec.targetRecoverTime")),
                Manifests.read(Yaml.readAll(text)).readViolations());
    }

    private static List<Path> examples() {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(yaml.isEmpty());
            return yaml;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
