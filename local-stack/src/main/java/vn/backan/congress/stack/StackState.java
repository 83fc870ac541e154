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
record StackState(long pid, String phase, String message, List<Child> children, long supervisorStartedMillis) {

    StackState(long pid, String phase, String message, List<Child> children) {
        this(pid, phase, message, children, Child.startMillis(ProcessHandle.current()));
    }

    /** A started process, with its start time so a recycled pid is never mistaken for it. */
    record Child(long pid, long startedMillis) {

        static List<Child> all(List<ProcessHandle> processes) {
            return processes.stream().map(p -> new Child(p.pid(), startMillis(p))).toList();
        }

        Optional<ProcessHandle> stillRunning() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> startMillis(p) == startedMillis);
        }

        static long startMillis(ProcessHandle p) {
            return p.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(-1L);
        }

        @Override
        public String toString() {
            return pid + "@" + startedMillis;
        }

        static Child parse(String text) {
            String[] parts = text.split("@");
            return new Child(Long.parseLong(parts[0]), parts.length > 1 ? Long.parseLong(parts[1]) : -1);
        }
    }

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
        List<Child> children = Arrays.stream(p.getProperty("children", "").split(","))
                .filter(s -> !s.isBlank()).map(Child::parse).toList();
        return Optional.of(new StackState(Long.parseLong(p.getProperty("pid", "-1")),
                p.getProperty("phase", ""), p.getProperty("message", ""), children,
                Long.parseLong(p.getProperty("started", "-1"))));
    }

    void write(StackConfig config) {
        Properties p = new Properties();
        p.setProperty("pid", String.valueOf(pid));
        p.setProperty("phase", phase);
        p.setProperty("message", message);
        p.setProperty("children", String.join(",", children.stream().map(String::valueOf).toList()));
        p.setProperty("started", String.valueOf(supervisorStartedMillis));
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

    /** Alive, and the same process that wrote this file (not a later one that got its pid). */
    boolean supervisorAlive() {
        return new Child(pid, supervisorStartedMillis).stillRunning().isPresent();
    }
}
