package org.jwp.ledger.events.catalogue;

import org.jwp.ledger.events.ActivityCode;

/**
 * One activity of a programme: a short title in our own words for the interface, and its text exactly as the
 * programme document writes it, code included ("B1 Coordinate the development…"), in the catalogue's small markup
 * ({@code *italic*}; a line starting with {@code "- "} is a list item).
 */
public record Activity(ActivityCode code, String title, String text) {
}
