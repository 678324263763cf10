package com.outcomes.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.outcomes.domain.RiceScore;
import com.outcomes.port.RiceStore;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** RICE inputs per (outcome, epic) in Active Objects: a handful of rows per outcome, read through entities. */
public final class RiceRepository implements RiceStore {

    private final StoreDatabase database;
    private final Transactions transactions;

    public RiceRepository(StoreDatabase database) {
        this.database = database;
        this.transactions = new Transactions(database);
    }

    @Override
    public void put(String outcomeKey, String epicKey, RiceScore rice) {
        transactions.run(() -> {
            EpicRiceEntity[] existing = database.find(EpicRiceEntity.class, Query.select()
                    .where(EpicRiceEntity.OUTCOME_KEY + " = ? AND " + EpicRiceEntity.EPIC_KEY + " = ?",
                            outcomeKey, epicKey));
            if (existing.length == 0) {
                database.create(EpicRiceEntity.class,
                        new DBParam(EpicRiceEntity.OUTCOME_KEY, outcomeKey),
                        new DBParam(EpicRiceEntity.EPIC_KEY, epicKey),
                        new DBParam(EpicRiceEntity.REACH, rice.reach()),
                        new DBParam(EpicRiceEntity.IMPACT, rice.impact()),
                        new DBParam(EpicRiceEntity.CONFIDENCE, rice.confidence()),
                        new DBParam(EpicRiceEntity.EFFORT, rice.effort()));
            } else {
                // Two racing first puts could both insert; every copy is updated and forOutcome reads the newest.
                for (EpicRiceEntity entity : existing) {
                    entity.setReach(rice.reach());
                    entity.setImpact(rice.impact());
                    entity.setConfidence(rice.confidence());
                    entity.setEffort(rice.effort());
                    entity.save();
                }
            }
            return null;
        });
    }

    @Override
    public Map<String, RiceScore> forOutcome(String outcomeKey) {
        Map<String, RiceScore> scores = new LinkedHashMap<>();
        for (EpicRiceEntity e : database.find(EpicRiceEntity.class,
                Query.select().where(EpicRiceEntity.OUTCOME_KEY + " = ?", outcomeKey).order("ID"))) {
            scores.put(e.getEpicKey(), new RiceScore(e.getReach(), e.getImpact(), e.getConfidence(), e.getEffort()));
        }
        return scores;
    }

    /** One query per {@value InClause#CHUNK} outcome keys. */
    @Override
    public Map<String, Map<String, RiceScore>> forOutcomes(Collection<String> outcomeKeys) {
        Map<String, Map<String, RiceScore>> byOutcome = new LinkedHashMap<>();
        for (List<String> chunk : InClause.chunks(outcomeKeys)) {
            for (EpicRiceEntity e : database.find(EpicRiceEntity.class, Query.select()
                    .where(InClause.of(EpicRiceEntity.OUTCOME_KEY, chunk.size()), chunk.toArray()).order("ID"))) {
                byOutcome.computeIfAbsent(e.getOutcomeKey(), k -> new LinkedHashMap<>())
                        .put(e.getEpicKey(), new RiceScore(e.getReach(), e.getImpact(), e.getConfidence(), e.getEffort()));
            }
        }
        return byOutcome;
    }
}
