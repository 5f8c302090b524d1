package org.jwp.ledger.node.progress;

import java.time.LocalDate;
import java.util.List;

public record ActivityResultView(String id, String recordedBy, String programme, List<String> activityCodes, int year,
                                 boolean joint, String text, List<String> documentRefs, List<String> species,
                                 LocalDate actedOn) {
}
