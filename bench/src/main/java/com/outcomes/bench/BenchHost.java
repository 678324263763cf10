package com.outcomes.bench;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.outcomes.OutcomesCore;
import com.outcomes.port.RefusingAutomation;
import com.outcomes.port.SharedCache;
import com.outcomes.port.AccessPolicy;
import com.outcomes.preview.PreviewServer;
import com.outcomes.preview.PreviewSettings;
import com.outcomes.preview.auth.FailedLogins;
import com.outcomes.preview.auth.LoginDelayPolicy;
import com.outcomes.preview.auth.PreviewAccessPolicy;
import com.outcomes.preview.auth.RequestUser;
import com.outcomes.preview.auth.UserDirectory;
import com.outcomes.preview.db.DatabaseSettings;
import com.outcomes.preview.pages.VelocityPageTemplates;
import com.outcomes.preview.work.IssuesDocument;
import com.outcomes.preview.work.IssuesDocumentWorkTracker;
import com.outcomes.store.EntityManagerDatabase;
import com.outcomes.store.Transactions;

import net.java.ao.DatabaseProvider;

/**
 * The preview server started in-process from the preview's own parts (its pooled database, Jetty + Jersey
 * server, Basic login, access policy and issues-document work tracker) around core's composition root, with
 * two probes the shipped host does not need: a count of the SQL statements Active Objects sends (the provider's
 * SQL listener) and a count of the work-tracker calls core makes. The access policy gets the uncounted tracker:
 * in Jira, permission checks go to the permission manager, not to searches.
 */
public final class BenchHost implements AutoCloseable {

    private final BenchDatabase database;
    private final EntityManagerDatabase store;
    private final OutcomesCore core;
    /** The same core without kept evaluations: what a dashboard costs when it must read and evaluate everything. */
    private OutcomesCore uncachedCore;
    private final CountingWorkTracker work;
    private final AtomicInteger statements = new AtomicInteger();
    private final DatabaseProvider.SqlListener sqlCounter = sql -> statements.incrementAndGet();
    private PreviewServer server;

    private BenchHost(BenchDatabase database, EntityManagerDatabase store, OutcomesCore core, CountingWorkTracker work) {
        this.database = database;
        this.store = store;
        this.core = core;
        this.work = work;
    }

    /**
     * Wires core on the database (creating or upgrading its tables); the web server is not started yet.
     *
     * @param users the logins and their project permissions, as the preview's {@code --users} file gives them
     */
    public static BenchHost open(BenchDatabase database, IssuesDocument document, Clock clock, UserDirectory users) {
        try {
            EntityManagerDatabase store = new EntityManagerDatabase(database.entityManager());
            store.migrate();
            IssuesDocumentWorkTracker tracker = new IssuesDocumentWorkTracker(document);
            CountingWorkTracker counted = new CountingWorkTracker(tracker);
            RequestUser requestUser = new RequestUser();
            AccessPolicy access = new PreviewAccessPolicy(requestUser, users, tracker);
            OutcomesCore core = new OutcomesCore(store, counted, access, clock, new VelocityPageTemplates());
            BenchHost host = new BenchHost(database, store, core, counted);
            host.uncachedCore = new OutcomesCore(store, counted, access, clock, new VelocityPageTemplates(),
                    RefusingAutomation.ports(), NEVER_KEPT);
            host.server = new PreviewServer(PreviewSettings.DEFAULT_BIND, 0, users, requestUser,
                    new FailedLogins(LoginDelayPolicy.DEFAULT, Clock.systemUTC()), core.restSingletons(), List.of());
            database.entityManager().getProvider().addSqlListener(host.sqlCounter);
            return host;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public BenchHost start() {
        server.start();
        return this;
    }

    public URI restBase() {
        return URI.create(server.baseUri() + PreviewServer.REST_PATH);
    }

    public OutcomesCore core() {
        return core;
    }

    /** Core over the same store and host whose dashboards never find an evaluation kept: the cost of a cache miss. */
    public OutcomesCore uncachedCore() {
        return uncachedCore;
    }

    private static final SharedCache.Factory NEVER_KEPT = new SharedCache.Factory() {
        @Override
        public <K, V> SharedCache<K, V> cache(String name, int maxEntries) {
            return new SharedCache<>() {
                @Override
                public V peek(K key) {
                    return null;
                }

                @Override
                public void put(K key, V value) {
                }
            };
        }
    };

    /** The store's transactions over core's database: work run in one joins the repositories' own (for loading). */
    public Transactions transactions() {
        return new Transactions(store);
    }

    public CountingWorkTracker work() {
        return work;
    }

    public int statements() {
        return statements.get();
    }

    public void resetCounters() {
        statements.set(0);
        work.reset();
    }

    public DatabaseSettings settings() {
        return database.settings();
    }

    public String label() {
        return database.label();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (RuntimeException e) {
            // Not started (a failure before start); the database must still be released.
        } finally {
            database.close();
        }
    }
}
