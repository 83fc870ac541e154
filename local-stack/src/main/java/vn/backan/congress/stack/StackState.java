package vn.backan.congress.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What a running stack tells the other commands, in {@code .data/stack.state}: the supervising
 * process, whether it is ready, and every process it started, so {@code down} can clean up even
 * after the supervisor was killed.
 */
record StackState(long pid, String phase, String message, List<Long> children) {

    static final String STARTING = "starting";
    static final String READY = "ready";
    static final String FAILED = "failed";

    static Path file(StackConfig config) {
        return config.dataDir().resolve("stack.state");
    }

    static Optional<StackState> read(StackConfig config) {
        Path file = file(config);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        List<Long> children = Arrays.stream(p.getProperty("children", "").split(","))
                .filter(s -> !s.isBlank()).map(Long::parseLong).toList();
        return Optional.of(new StackState(Long.parseLong(p.getProperty("pid", "-1")),
                p.getProperty("phase", ""), p.getProperty("message", ""), children));
    }

    void write(StackConfig config) {
        Properties p = new Properties();
        p.setProperty("pid", String.valueOf(pid));
        p.setProperty("phase", phase);
        p.setProperty("message", message);
        p.setProperty("children", String.join(",", children.stream().map(String::valueOf).toList()));
        try {
            Files.createDirectories(config.dataDir());
            Path tmp = file(config).resolveSibling("stack.state.tmp");
            try (Writer out = Files.newBufferedWriter(tmp)) {
                p.store(out, "written by bin/stack; do not edit");
            }
            Files.move(tmp, file(config), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void clear(StackConfig config) {
        try {
            Files.deleteIfExists(file(config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean supervisorAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
