package org.jwp.ledger.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as an event contract shared by both secretariats. The revision changes whenever the JSON shape
 * changes in a way an older reader cannot accept (see docs/contracts.md); adding an optional field does not.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Contract {
    String revision();
}
