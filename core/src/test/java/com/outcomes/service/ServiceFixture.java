package com.outcomes.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import net.java.ao.EntityManager;

import com.outcomes.OutcomesCore;
import com.outcomes.domain.GuardrailComparator;
import com.outcomes.domain.MetricDefinition;
import com.outcomes.domain.MetricKind;
import com.outcomes.store.EntityManagerDatabase;
import com.outcomes.view.StrictVelocity;

/** Wires the real core over a real Active Objects database with a fixed clock and in-memory work. */
public final class ServiceFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    public final InMemoryWork work = new InMemoryWork();
    public final ProjectAccess access = new ProjectAccess()
            .user("admin", Set.of("*"), Set.of("*"))
            .user("viewer", Set.of("*"), Set.of())
            .user("outsider", Set.of("MKT"), Set.of("MKT"))
            .admin("admin");
    /** The host's counter, mailer and links: doubles that record what core asked. */
    public final FakeAutomation automation = new FakeAutomation();
    public final OutcomesCore core;

    public ServiceFixture(EntityManager entityManager) {
        this(entityManager, CLOCK);
    }

    public ServiceFixture(EntityManager entityManager, Clock clock) {
        core = new OutcomesCore(new EntityManagerDatabase(entityManager), work, access, clock, new StrictVelocity(),
                automation.ports());
    }

    public static MetricDefinition outcome(String name, double baseline, double target, LocalDate start, LocalDate end) {
        return new MetricDefinition(MetricKind.OUTCOME, name, "%", baseline, target, start, end, 30, null, "survey",
                null, null);
    }

    static MetricDefinition leading(String name, double baseline, double target, long parentId) {
        return new MetricDefinition(MetricKind.LEADING, name, null, baseline, target, TODAY.minusDays(90),
                TODAY.plusDays(90), 7, parentId, null, null, null);
    }

    static MetricDefinition guardrail(String name, double threshold, GuardrailComparator comparator) {
        return new MetricDefinition(MetricKind.GUARDRAIL, name, null, null, null, null, null, 7, null, null,
                threshold, comparator);
    }
}
