package org.jwp.ledger.node.personaldata;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start: keys stored before they were wrapped (older versions), and keys still wrapped under an older generation
 * (a rotation interrupted between the database's commit and the file's), are wrapped under the current generation, and
 * the older generations are deleted from the file.
 */
@Component
class KeyWrapping implements InitializingBean {

    private final JdbcTemplate jdbc;
    private final KeyEncryptionKeys keks;
    private final PersonalDataVault vault;
    private final TransactionTemplate transactions;

    KeyWrapping(JdbcTemplate jdbc, KeyEncryptionKeys keks, PersonalDataVault vault, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.keks = keks;
        this.vault = vault;
        this.transactions = transactions;
    }

    @Override
    public void afterPropertiesSet() {
        Integer stale = jdbc.queryForObject("select count(*) from personal_data_key where key is not null and "
                + "(kek_generation is null or kek_generation <> ?)", Integer.class, keks.current());
        if (stale != null && stale > 0) {
            transactions.executeWithoutResult(status -> vault.rewrapAll());
        } else {
            keks.finishRotation();
        }
    }
}
