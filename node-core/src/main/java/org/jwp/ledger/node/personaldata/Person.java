package org.jwp.ledger.node.personaldata;

/** What identifies a loaned staff member; only ever stored sealed ({@link PersonalDataCipher}). */
public record Person(String name, String contact) {
}
