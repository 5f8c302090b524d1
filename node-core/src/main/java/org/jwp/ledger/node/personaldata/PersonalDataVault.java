package org.jwp.ledger.node.personaldata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jwp.ledger.events.PersonalData;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * This node's personal-data keys: seals a person under a new key, opens what a key sealed, destroys keys on erasure,
 * and keeps the keys its peer hands over. The keys never enter an event or an export, and are stored only wrapped
 * under a key-encryption key kept outside the database ({@link KeyEncryptionKeys}).
 */
@Component
public class PersonalDataVault {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataVault.class);

    /** A key as one node hands it to the other; null once erased there. */
    public record HeldKey(String subjectId, byte[] key) {
    }

    private final JdbcTemplate jdbc;
    private final NodeIdentity identity;
    private final KeyEncryptionKeys keks;
    private final ObjectMapper json = new ObjectMapper();

    PersonalDataVault(JdbcTemplate jdbc, NodeIdentity identity, KeyEncryptionKeys keks) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.keks = keks;
    }

    /** Seals a person under a new key of their own, kept here. */
    public PersonalData seal(Person person) {
        String subject = identity.secretariat().name() + "-PERSON-" + UUID.randomUUID().toString().replace("-", "");
        byte[] key = PersonalDataCipher.newKey();
        jdbc.update("insert into personal_data_key (subject_id, key, kek_generation) values (?, ?, ?)", subject,
                keks.wrap(subject, key), keks.current());
        try {
            return new PersonalData(subject, PersonalDataCipher.seal(key, subject, json.writeValueAsString(person)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets a key sealed for an event that was then not recorded. */
    public void discard(String subjectId) {
        jdbc.update("delete from personal_data_key where subject_id = ? and erased_at is null", subjectId);
    }

    public Revealed reveal(PersonalData sealed) {
        List<Optional<byte[]>> keys = jdbc.query("select key, kek_generation from personal_data_key "
                + "where subject_id = ?", (rs, n) -> rs.getBytes(1) == null ? null
                : keks.unwrap(sealed.subjectId(), rs.getInt(2), rs.getBytes(1)), sealed.subjectId());
        if (keys.isEmpty() || (keys.get(0) != null && keys.get(0).isEmpty())) {
            return new Revealed(sealed.subjectId(), Revealed.State.KEY_NOT_RECEIVED, null);
        }
        if (keys.get(0) == null) {
            return new Revealed(sealed.subjectId(), Revealed.State.ERASED, null);
        }
        Optional<String> text = PersonalDataCipher.open(keys.get(0).get(), sealed.subjectId(), sealed.sealed());
        try {
            return new Revealed(sealed.subjectId(), Revealed.State.SHOWN, json.readValue(text.orElseThrow(() ->
                    new IllegalStateException("the key held for " + sealed.subjectId() + " does not open its data")),
                    Person.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the data sealed for " + sealed.subjectId() + " is not a person", e);
        }
    }

    /** Whether this node has heard of the subject at all, and whether its key is gone. */
    public Optional<Boolean> erased(String subjectId) {
        return jdbc.query("select erased_at is not null from personal_data_key where subject_id = ? "
                        + "union all select false from personal_data_wanted where subject_id = ?",
                (rs, n) -> rs.getBoolean(1), subjectId, subjectId).stream().findFirst();
    }

    /**
     * Destroys the key (idempotent); leaves a tombstone so the key is never stored again. Then, in the same
     * transaction, every remaining key is wrapped under a new key-encryption key, and once that commits the old one is
     * deleted: no copy of the key table from before or after this erasure can open the person's data again.
     */
    @Transactional
    public void destroy(String subjectId) {
        int destroyed = jdbc.update("""
                insert into personal_data_key (subject_id, key, erased_at) values (?, null, now())
                on conflict (subject_id) do update set key = null, kek_generation = null,
                    erased_at = coalesce(personal_data_key.erased_at, excluded.erased_at)
                where personal_data_key.key is not null""", subjectId);
        jdbc.update("delete from personal_data_wanted where subject_id = ?", subjectId);
        if (destroyed > 0) {
            rewrapAll();
        }
    }

    /** Wraps every held key under a new generation; the old generations go once this transaction commits. */
    void rewrapAll() {
        int next = keks.beginRotation();
        jdbc.query("select subject_id, key, kek_generation from personal_data_key where key is not null", rs -> {
            String subject = rs.getString(1);
            Optional<byte[]> key = rs.getObject(3) == null ? Optional.of(rs.getBytes(2))
                    : keks.unwrap(subject, rs.getInt(3), rs.getBytes(2));
            if (key.isPresent()) {
                jdbc.update("update personal_data_key set key = ?, kek_generation = ? where subject_id = ?",
                        keks.wrap(subject, key.get()), next, subject);
            } else {
                log.warn("The key of {} is wrapped under a key-encryption key this node no longer has (a database "
                        + "restored from before an erasure?): it cannot be read here", subject);
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    keks.finishRotation();
                }
            });
        } else {
            keks.finishRotation();
        }
    }

    /** The keys (or tombstones) this node holds of these subjects; subjects it never heard of are left out. */
    public List<HeldKey> held(List<String> subjectIds) {
        // A null key is a tombstone (erased) and is handed over as such; a key this node cannot unwrap (its
        // key-encryption key is gone) is left out, as if never held.
        return jdbc.query("select subject_id, key, kek_generation from personal_data_key where subject_id = any(?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", subjectIds.toArray())),
                (rs, n) -> {
                    String subject = rs.getString(1);
                    return rs.getBytes(2) == null ? Optional.of(new HeldKey(subject, null))
                            : keks.unwrap(subject, rs.getInt(3), rs.getBytes(2)).map(key -> new HeldKey(subject, key));
                })
                .stream().flatMap(Optional::stream).toList();
    }

    /** Notes that {@code peer} is to be asked for this subject's key, unless this node has it or erased it. */
    public void want(String subjectId, String peer) {
        jdbc.update("""
                insert into personal_data_wanted (subject_id, asked_of)
                select ?, ? where not exists (select 1 from personal_data_key where subject_id = ?)
                on conflict (subject_id) do nothing""", subjectId, peer, subjectId);
    }

    public List<String> wanted(String peer, int limit) {
        return jdbc.queryForList("select subject_id from personal_data_wanted where asked_of = ? order by subject_id "
                + "limit ?", String.class, peer, limit);
    }

    /** Keeps a key (or the tombstone of an erased one) the peer handed over, unless this node already has a row. */
    public void keep(HeldKey held) {
        if (!PersonalData.SUBJECT_ID.matcher(held.subjectId()).matches()
                || (held.key() != null && held.key().length != PersonalDataCipher.KEY_BYTES)) {
            throw new IllegalArgumentException("not a personal-data key: " + held.subjectId());
        }
        jdbc.update("insert into personal_data_key (subject_id, key, kek_generation, erased_at) values (?, ?, ?, ?) "
                        + "on conflict (subject_id) do nothing", held.subjectId(),
                held.key() == null ? null : keks.wrap(held.subjectId(), held.key()),
                held.key() == null ? null : keks.current(),
                held.key() == null ? java.sql.Timestamp.from(java.time.Instant.now()) : null);
        jdbc.update("delete from personal_data_wanted where subject_id = ?", held.subjectId());
    }
}
