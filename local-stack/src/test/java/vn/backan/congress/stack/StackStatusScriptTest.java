package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/stack status} on a checkout that was never built answers from what is on disk and
 * never builds: the checkout here is the real script beside a {@code mvnw} that only leaves a mark.
 */
class StackStatusScriptTest {

    private static final Path SCRIPT = Path.of("..", "bin", "stack");

    @TempDir
    Path checkout;

    private Path mavenRan;

    @BeforeEach
    void anUnbuiltCheckout() throws Exception {
        Files.createDirectories(checkout.resolve("bin"));
        Files.copy(SCRIPT, checkout.resolve("bin/stack"), StandardCopyOption.COPY_ATTRIBUTES);
        mavenRan = checkout.resolve("maven-ran");
        Path mvnw = checkout.resolve("mvnw");
        Files.writeString(mvnw, "#!/bin/sh\ntouch '" + mavenRan + "'\nexit 1\n", StandardCharsets.UTF_8);
        assertTrue(mvnw.toFile().setExecutable(true));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n", StandardCharsets.UTF_8);
    }

    @Test
    void nothingBuiltAndNothingRunning() throws Exception {
        assertEquals("Stack: not built; nothing running (bin/stack up builds and starts it).\n", status());
        assertFalse(Files.exists(mavenRan), "bin/stack status ran ./mvnw");
        assertFalse(Files.exists(checkout.resolve("local-stack/target")));
    }

    @Test
    void aStackWhoseBuildWasCleanedIsStillNamed() throws Exception {
        // The state file as `up` writes it, naming a process that runs: this test's own.
        long pid = ProcessHandle.current().pid();
        new StackState(pid, StackState.READY, "", List.of()).write(StackConfig.standard(checkout));
        assertEquals("Stack: not built, but the stack started before (pid " + pid
                + ") still runs; bin/stack up builds again.\n", status());
        assertFalse(Files.exists(mavenRan), "bin/stack status ran ./mvnw");
    }

    /** What {@code bin/stack status} prints, run from the checkout; it must succeed. */
    private String status() throws Exception {
        Process p = new ProcessBuilder("bash", checkout.resolve("bin/stack").toString(), "status")
                .directory(checkout.toFile()).redirectErrorStream(true).start();
        // A guard against a script that hangs (a build would), not a measurement.
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "bin/stack status did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
