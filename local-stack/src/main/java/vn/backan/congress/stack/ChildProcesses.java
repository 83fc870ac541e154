package vn.backan.congress.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starting the applications as child JVMs and stopping them, gently first. */
final class ChildProcesses {

    private ChildProcesses() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Process launch(Path jar, Map<String, String> env, Path log) {
        return launch(List.of(java(), "-Xmx256m", "-jar", jar.toString()), env, log);
    }

    /** Starts a command detached from our terminal's input, its output appended to {@code log}. */
    static Process launch(List<String> command, Map<String, String> env, Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(env);
            return builder.start();
        } catch (IOException e) {
            throw new StackException("Could not start " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    /** SIGTERM, so Quarkus shuts down gracefully; SIGKILL after the grace period. */
    static void stop(ProcessHandle process, long graceSeconds) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(graceSeconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            try {
                process.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // Nothing more can be done from here; the caller checks the ports.
            }
        }
    }

    /** The first ERROR line of a Quarkus log (the cause, not the stack trace), or its last line. */
    static String firstError(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.stream().filter(l -> l.contains(" ERROR ")).findFirst()
                    .or(() -> lines.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(lines.get(lines.size() - 1)))
                    .map(String::strip).orElse("(empty log)");
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
