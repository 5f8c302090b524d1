package org.jwp.ledger.node.report;

import org.jwp.ledger.events.ActivityCode;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Results or items by the activity codes they name, so each of a programme's rows finds its own without scanning
 * all of a year's (rows × results was most of a 100,000-result report's time). Keeps the list's order.
 */
final class CodeIndex<T> {

    private final List<T> all;
    private final Map<ActivityCode, BitSet> positions = new HashMap<>();

    CodeIndex(List<T> all, Function<T, List<ActivityCode>> codes) {
        this.all = all;
        for (int i = 0; i < all.size(); i++) {
            for (ActivityCode c : codes.apply(all.get(i))) {
                positions.computeIfAbsent(c, k -> new BitSet()).set(i);
            }
        }
    }

    /** The places in the list of those naming any of the codes. */
    BitSet positions(List<ActivityCode> codes) {
        BitSet found = new BitSet();
        codes.forEach(c -> found.or(positions.getOrDefault(c, new BitSet())));
        return found;
    }

    /** Those naming any of the codes, each once, in the list's order. */
    List<T> naming(List<ActivityCode> codes) {
        BitSet found = new BitSet();
        codes.forEach(c -> found.or(positions.getOrDefault(c, new BitSet())));
        return found.stream().mapToObj(all::get).toList();
    }
}
