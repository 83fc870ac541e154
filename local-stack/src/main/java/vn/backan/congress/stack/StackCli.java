package vn.backan.congress.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.backan.congress.devkit.db.FreePorts;
import vn.backan.congress.devkit.jwt.JwtKeys;
import vn.backan.congress.devkit.jwt.TokenIssuer;
import vn.backan.congress.stack.StackConfig.Component;

/**
 * {@code bin/stack up [-d] | down | status | token --role R [--org-unit CODE] | load published | backup [DIR]
 * | restore DIR}.
 */
public final class StackCli {

    /** Marks the background process {@code up -d} starts: the command that started it loads the record. */
    private static final String SUPERVISOR = "--supervisor";

    private final StackConfig config;

    private StackCli(StackConfig config) {
        this.config = config;
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("stack.root", ".")).toAbsolutePath().normalize();
        StackCli cli = new StackCli(StackConfig.standard(root));
        List<String> rest = List.of(args).subList(Math.min(1, args.length), args.length);
        try {
            switch (args.length == 0 ? "" : args[0]) {
                case "up" -> {
                    if (rest.contains("-d")) {
                        cli.upDetached();
                    } else {
                        cli.upForeground(!rest.contains(SUPERVISOR));
                    }
                }
                case "down" -> cli.down();
                case "status" -> cli.status();
                case "token" -> cli.token(rest);
                case "load" -> cli.load(rest);
                case "backup" -> cli.backup(rest);
                case "restore" -> cli.restore(rest);
                default -> {
                    System.err.println("usage: bin/stack up [-d] | down | status | token --role admin|reporter|secretariat"
                            + " [--org-unit CODE] | load published | backup [DIR] | restore DIR");
                    System.exit(2);
                }
            }
        } catch (StackException | IllegalArgumentException e) {
            System.err.println("bin/stack: " + e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            // A file that cannot be read, a server that does not start: still one line, not a stack trace.
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            System.err.println("bin/stack: " + e.getClass().getSimpleName() + ": " + message);
            System.exit(1);
        }
    }

    private void upForeground(boolean loadRecord) {
        refuseIfRunning();
        long pid = ProcessHandle.current().pid();
        new StackState(pid, StackState.STARTING, "", List.of()).write(config);
        LocalStack stack = new LocalStack(config, StackCli::say);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean failed = new AtomicBoolean();
        // Registered before starting, so Ctrl-C or bin/stack down during a start stops what is up.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            if (!failed.get()) {
                StackState.clear(config); // a failure stays readable for `up -d` and `status`
            }
            say("Stopped.");
            stopped.countDown();
        }, "stack-shutdown"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            failed.set(true);
            new StackState(pid, StackState.FAILED, e.getMessage(), List.of()).write(config);
            throw e;
        }
        new StackState(pid, StackState.READY, "", StackState.Child.all(stack.processes())).write(config);
        printUrls();
        if (loadRecord) {
            loadPublishedIntoAnEmptyDatabase();
        }
        say("Stop with Ctrl-C (or bin/stack down from another terminal).");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a supervisor in its own session (so closing this terminal does not stop it) and waits for it. */
    private void upDetached() {
        refuseIfRunning();
        Path log = config.dataDir().resolve("logs/stack.log");
        Process supervisor;
        try {
            StackState.clear(config);
            String jar = Path.of(StackCli.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            supervisor = ChildProcesses.launch(List.of("setsid", ChildProcesses.java(), "-Dstack.root=" + config.root(),
                    "-jar", jar, "up", SUPERVISOR), java.util.Map.of(), log);
        } catch (java.net.URISyntaxException e) {
            throw new StackException("Could not start the stack in the background: " + e.getMessage(), e);
        }
        say("Starting in the background (log: " + config.root().relativize(log) + ") ...");
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<StackState> state = StackState.read(config);
            if (state.isPresent() && state.get().phase().equals(StackState.READY)) {
                printUrls();
                loadPublishedIntoAnEmptyDatabase();
                say("Stop with bin/stack down.");
                return;
            }
            if (state.isPresent() && state.get().phase().equals(StackState.FAILED)) {
                throw new StackException(state.get().message());
            }
            if (!supervisor.isAlive() && (state.isEmpty() || !state.get().supervisorAlive())) {
                throw new StackException("the stack stopped during start; see " + config.root().relativize(log));
            }
            sleep(500);
        }
        throw new StackException("not ready after 300 s; see " + config.root().relativize(log) + " and run bin/stack down");
    }

    private void down() {
        Optional<StackState> state = StackState.read(config);
        if (state.isEmpty()) {
            say("Nothing is running.");
        } else {
            say("Stopping the stack (pid " + state.get().pid() + ") ...");
            ProcessHandle.of(state.get().pid()).filter(p -> state.get().supervisorAlive())
                    .ifPresent(p -> ChildProcesses.stop(p, 90));
            // If the supervisor died without cleaning up, its children are still listed here;
            // a listed pid is stopped only if it is still the process that was started then.
            state.get().children().forEach(child -> child.stillRunning().ifPresent(p -> ChildProcesses.stop(p, 20)));
            StackState.clear(config);
        }
        List<String> busy = busyPorts();
        if (!busy.isEmpty()) {
            throw new StackException("still in use after stopping: " + busy);
        }
        say("Stopped; ports " + config.databasePort() + " and "
                + config.components().stream().map(c -> c.port() + "/" + c.managementPort()).toList() + " are free.");
    }

    private void status() {
        Optional<StackState> state = StackState.read(config);
        say(state.map(s -> "Stack: " + s.phase() + " (pid " + s.pid() + (s.supervisorAlive() ? "" : ", not running") + ")")
                .orElse("Stack: not started by bin/stack"));
        say(String.format("  %-18s %-6s %s", "MariaDB", config.databasePort(),
                FreePorts.inUse(config.databasePort()) ? "listening" : "down"));
        for (Component c : config.components()) {
            String health = !FreePorts.inUse(c.port()) ? "down" : Readiness.isReady(c.managementPort()) ? "ready" : "not ready";
            say(String.format("  %-18s %-6s %s", c.name(), c.port(), health));
        }
    }

    private void token(List<String> args) {
        String role = option(args, "--role").orElseThrow(() -> new IllegalArgumentException(
                "token needs --role admin|reporter|secretariat"));
        String orgUnit = option(args, "--org-unit").orElse(null);
        System.out.println(issueToken(config, role, orgUnit));
    }

    /** {@code bin/stack load published}: the published record again, into a running stack; idempotent. */
    private void load(List<String> args) {
        if (!args.equals(List.of("published"))) {
            throw new IllegalArgumentException("load takes one argument: published (" + PublishedRecord.FILE + ")");
        }
        StackState.read(config).filter(s -> s.phase().equals(StackState.READY) && s.supervisorAlive())
                .orElseThrow(() -> new StackException("the stack is not running; bin/stack up -d first"));
        reportLoad(publishedRecord().load(config.root().resolve(PublishedRecord.FILE)));
    }

    /** {@code bin/stack backup [DIR]}: while the stack runs; DIR defaults to backups/ and the time. */
    private void backup(List<String> args) {
        if (args.size() > 1) {
            throw new IllegalArgumentException("backup takes at most one argument, the directory to write");
        }
        StackState.read(config).filter(s -> s.phase().equals(StackState.READY) && s.supervisorAlive())
                .orElseThrow(() -> new StackException("the stack is not running; a backup is taken from a running"
                        + " stack (bin/stack up -d first)"));
        Path dir = args.isEmpty()
                ? config.root().resolve("backups").resolve(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .toString().replace(':', '-'))
                : workingDirectory().resolve(args.get(0)).normalize();
        say("Backing up into " + dir + " ...");
        BackupManifest manifest = StackBackup.write(config, dir, StackCli::say);
        say("Backed up " + manifest.databases().size() + " databases (MariaDB " + manifest.serverVersion()
                + "); bin/stack restore " + dir + " brings them back.");
    }

    /** {@code bin/stack restore DIR}: into a stopped stack; a backup that cannot be trusted changes nothing. */
    private void restore(List<String> args) {
        if (args.size() != 1) {
            throw new IllegalArgumentException("restore takes one argument, the backup's directory");
        }
        refuseIfRunning();
        Path dir = workingDirectory().resolve(args.get(0)).normalize();
        BackupManifest manifest = StackRestore.restore(config, dir, StackCli::say);
        say("Restored the backup of " + manifest.createdAt() + "; bin/stack up starts the stack on it.");
    }

    /** Where the user ran bin/stack (which itself works from the checkout's root). */
    private static Path workingDirectory() {
        return Path.of(System.getProperty("stack.cwd", ".")).toAbsolutePath();
    }

    /**
     * A new database gets the figures the province published, so the first look at progress shows
     * something; a database that already holds figures is someone's work and is left as it is.
     */
    private void loadPublishedIntoAnEmptyDatabase() {
        try {
            PublishedRecord record = publishedRecord();
            long held = record.figuresHeld();
            if (held > 0) {
                say("The database holds " + held + " figures; the published record was not loaded"
                        + " (bin/stack load published loads it).");
                return;
            }
            say("Loading the published record (" + PublishedRecord.FILE + ") through the import API ...");
            reportLoad(record.load(config.root().resolve(PublishedRecord.FILE)));
        } catch (StackException | java.io.UncheckedIOException e) {
            // The stack itself is up and stays up; only the figures are missing.
            say("The published record was not loaded: " + e.getMessage() + "; bin/stack load published tries again.");
        }
    }

    private PublishedRecord publishedRecord() {
        return new PublishedRecord(java.net.URI.create(config.url(config.component("gateway"))),
                issueToken(config, "admin", null));
    }

    private static void reportLoad(PublishedRecord.Outcome outcome) {
        if (outcome.replayed()) {
            say("Published record: this file was loaded before, so the import wrote nothing; "
                    + outcome.approved() + " of its " + outcome.figures() + " figures approved now.");
        } else {
            say("Published record: " + outcome.figures() + " figures (" + outcome.created() + " new, "
                    + outcome.updated() + " changed, " + outcome.unchanged() + " already there); "
                    + outcome.approved() + " approved now.");
        }
    }

    /** What {@code bin/stack token} prints: a 12-hour token signed with the stack's own key. */
    public static String issueToken(StackConfig config, String role, String orgUnit) {
        JwtKeys keys = JwtKeys.loadOrCreate(config.jwtDir());
        return new TokenIssuer(keys.privateKey()).issue(role, orgUnit, Duration.ofHours(12));
    }

    private void refuseIfRunning() {
        StackState.read(config).filter(StackState::supervisorAlive).ifPresent(s -> {
            throw new StackException("the stack is already running (pid " + s.pid() + "); bin/stack down first");
        });
    }

    private List<String> busyPorts() {
        List<String> busy = new java.util.ArrayList<>();
        if (FreePorts.inUse(config.databasePort())) {
            busy.add(config.databasePort() + " (MariaDB)");
        }
        for (var c : config.components()) {
            for (int port : new int[] {c.port(), c.managementPort()}) {
                if (FreePorts.inUse(port)) {
                    busy.add(port + " (" + c.name() + ")");
                }
            }
        }
        return busy;
    }

    private void printUrls() {
        say("The stack is ready:");
        for (Component c : config.components()) {
            say(String.format("  %-18s %s", c.name(), config.url(c)));
        }
        say("  dashboard          http://localhost:" + config.component("gateway").port() + "/  (English: /en/)");
        say("  API                http://localhost:" + config.component("gateway").port() + "/api/v1/...");
        say("  health             http://localhost:" + config.component("gateway").managementPort() + "/q/health/ready"
                + "  (management port: health and metrics, this machine only)");
        say("  MariaDB            jdbc:mariadb://127.0.0.1:" + config.databasePort()
                + "/{targets,programs,elections} (user = database name, password <name>-local)");
        say("  logs               " + config.root().relativize(config.dataDir().resolve("logs")));
    }

    private static Optional<String> option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }
}
