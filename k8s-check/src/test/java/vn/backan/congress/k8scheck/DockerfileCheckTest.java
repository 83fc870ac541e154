package vn.backan.congress.k8scheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileCheckTest {

    private static final Workload GATEWAY = ManifestCheck.run(Project.overlay("local"), new FallbackRenderer())
            .manifests().workloads().stream().filter(w -> w.name().equals("gateway")).findFirst().orElseThrow();
    private static final Container CONTAINER = GATEWAY.pod().getContainers().get(0);

    private static List<String> problems(String dockerfile) {
        List<String> problems = new ArrayList<>();
        DockerfileCheck.check(Dockerfile.parse(dockerfile), ImageRef.parse(CONTAINER.getImage()), GATEWAY, CONTAINER,
                problems::add);
        return problems;
    }

    @Test
    void everyModuleWithAnImageHasItsDockerfile() {
        for (String module : List.of("targets-service", "programs-service", "elections-service", "portal", "gateway")) {
            assertTrue(Files.isRegularFile(DockerfileCheck.dockerfileOf(Project.ROOT, module)), module);
        }
    }

    @Test
    void theGatewayDockerfilePasses() throws Exception {
        assertEquals(List.of(), problems(Files.readString(DockerfileCheck.dockerfileOf(Project.ROOT, "gateway"))));
    }

    @Test
    void unpinnedBaseRootUserWrongLabelAndMissingLayoutAreReported() {
        List<String> problems = problems("""
                FROM eclipse-temurin:latest
                LABEL org.opencontainers.image.title="backan-congress/gateway" \\
                      org.opencontainers.image.version="0.9.0"
                COPY target/quarkus-app/lib/ /deployments/lib/
                USER root
                EXPOSE 8080 9000
                ENV JAVA_OPTS="-Xmx512m"
                """);
        assertEquals(List.of(
                "base image eclipse-temurin:latest is not pinned to a version",
                "Dockerfile labels name backan-congress/gateway:0.9.0, not the image the manifest runs",
                "Dockerfile USER 'root' is not a non-root numeric uid",
                "Dockerfile does not COPY target/quarkus-app/*.jar",
                "Dockerfile does not COPY target/quarkus-app/app/",
                "Dockerfile does not COPY target/quarkus-app/quarkus/",
                "Dockerfile sets no JAVA_OPTS with -XX:MaxRAMPercentage"), problems);
    }

    @Test
    void aUidOtherThanThePodsIsReported() {
        String dockerfile = """
                FROM eclipse-temurin:17.0.15_6-jre
                LABEL org.opencontainers.image.title="backan-congress/gateway" org.opencontainers.image.version="1.0.0"
                COPY target/quarkus-app/lib/ /deployments/lib/
                COPY target/quarkus-app/*.jar /deployments/
                COPY target/quarkus-app/app/ /deployments/app/
                COPY target/quarkus-app/quarkus/ /deployments/quarkus/
                USER 1001
                EXPOSE 9090 9000
                ENV JAVA_OPTS="-XX:MaxRAMPercentage=70"
                """;
        assertEquals(List.of("Dockerfile USER 1001 differs from the pod's runAsUser 185",
                "Dockerfile does not EXPOSE the container port 8080"), problems(dockerfile));
    }
}
