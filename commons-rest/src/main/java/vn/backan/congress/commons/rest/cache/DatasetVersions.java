package vn.backan.congress.commons.rest.cache;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The version of each dataset a service publishes ({@code congress.cache.datasets}), known in
 * memory so that a cached read needs no database work. A write bumps its dataset in its own
 * transaction; this process learns the new version when that transaction commits, before the
 * write is answered, so its next read is never older than the write. Other replicas of the
 * service learn it from the table within {@code congress.cache.version-poll}.
 */
@ApplicationScoped
public class DatasetVersions {

    private static final Logger LOG = Logger.getLogger(DatasetVersions.class);

    /** A dataset's version number and when it last changed (its Last-Modified). */
    public record Version(long number, Instant changedAt) {
    }

    @Inject
    Instance<EntityManager> em;

    @Inject
    Instance<DataSource> dataSource;

    @Inject
    Instance<TransactionSynchronizationRegistry> transactions;

    @Inject
    CacheSettings settings;

    private final Map<String, Version> known = new ConcurrentHashMap<>();
    private ScheduledExecutorService poller;

    void start(@Observes StartupEvent event) {
        if (settings.datasets().isEmpty()) {
            return;
        }
        addMissingRows(settings.datasets().get());
        long poll = settings.versionPoll().toMillis();
        refresh();
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dataset-version-poll");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::refreshQuietly, poll, poll, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** The version this process knows; a dataset not configured is a programming error. */
    public Version of(String dataset) {
        Version v = known.get(dataset);
        if (v == null) {
            throw new IllegalStateException("Dataset '" + dataset + "' is not in congress.cache.datasets");
        }
        return v;
    }

    /**
     * Bumps {@code dataset} in the current transaction; once it commits, this process serves the
     * new version. The row lock it takes also orders concurrent writers of one dataset.
     */
    public void bump(String dataset, Instant at) {
        EntityManager m = em.get();
        int rows = m.createNativeQuery("UPDATE dataset_version SET version = version + 1, changed_at = ?1 WHERE name = ?2")
                .setParameter(1, Timestamp.from(at)).setParameter(2, dataset).executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("Dataset '" + dataset + "' has no row in dataset_version");
        }
        long number = ((Number) m.createNativeQuery("SELECT version FROM dataset_version WHERE name = ?1")
                .setParameter(1, dataset).getSingleResult()).longValue();
        Version after = new Version(number, at);
        transactions.get().registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    learn(dataset, after);
                }
            }
        });
    }

    /** Reads every row again: what other replicas (or an operator) changed. */
    private void refresh() {
        try (Connection c = dataSource.get().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT name, version, changed_at FROM dataset_version");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                learn(rows.getString(1), new Version(rows.getLong(2), rows.getTimestamp(3).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("dataset_version could not be read", e);
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The database is away: cached representations stay valid, since nothing can be written either.
            LOG.debugf("dataset versions not refreshed: %s", e.getMessage());
        }
    }

    private void addMissingRows(List<String> names) {
        try (Connection c = dataSource.get().getConnection();
                PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO dataset_version (name) VALUES (?)")) {
            for (String name : names) {
                s.setString(1, name);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("dataset_version could not be prepared", e);
        }
    }

    /** Versions only move forward, whichever of commit and poll reports first. */
    private void learn(String dataset, Version v) {
        known.merge(dataset, v, (old, now) -> now.number() > old.number() ? now : old);
    }
}
