package vn.backan.congress.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.backan.congress.devkit.jwt.JwtKeys;

/** One packaged service started alone against a database port of the test's choosing. */
final class OneService implements AutoCloseable {

    final StackConfig.Component component;
    final Path log;
    final Process process;

    private OneService(StackConfig.Component component, Path log, Process process) {
        this.component = component;
        this.log = log;
        this.process = process;
    }

    static OneService start(StackConfig config, String database, int databasePort) throws IOException {
        StackConfig.Component component = config.component(database + "-service");
        Path log = config.logOf(component);
        Files.deleteIfExists(log);
        Map<String, String> env = LocalStack.applicationEnvironment(config, component, JwtKeys.loadOrCreate(config.jwtDir()));
        env.putAll(LocalStack.databaseEnvironment(database, "jdbc:mariadb://127.0.0.1:" + databasePort + "/" + database));
        return new OneService(component, log, ChildProcesses.launch(config.jarOf(component), env, log));
    }

    /** True once ready, false if it exited or was not ready within a minute. */
    boolean awaitReady() throws InterruptedException {
        for (int i = 0; i < 120 && process.isAlive(); i++) {
            if (Readiness.isReady(component.managementPort())) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    boolean logged(String text) throws IOException {
        return Files.exists(log) && Files.readString(log).contains(text);
    }

    String firstError() {
        return ChildProcesses.firstError(log);
    }

    @Override
    public void close() {
        ChildProcesses.stop(process.toHandle(), 20);
    }
}
