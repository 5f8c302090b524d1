package org.jwp.ledger.events.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jwp.ledger.events.EventJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The joint work programmes as shipped data (programmes.json beside this class). Both nodes read the same file, so
 * they agree on which activity codes exist.
 */
public final class ProgrammeCatalogue {

    private static final ProgrammeCatalogue STANDARD = load();

    private final List<Programme> programmes;

    private ProgrammeCatalogue(List<Programme> programmes) {
        this.programmes = programmes.stream().sorted(Comparator.comparingInt(Programme::firstYear)).toList();
    }

    public static ProgrammeCatalogue standard() {
        return STANDARD;
    }

    public List<Programme> programmes() {
        return programmes;
    }

    public Optional<Programme> programme(String id) {
        return programmes.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The programme an action in that year belongs to. After the last programme ends, it stays in force until the
     * Secretariats adopt its successor, as the previous programmes were extended.
     */
    public Programme forYear(int year) {
        for (Programme p : programmes) {
            if (p.covers(year)) {
                return p;
            }
        }
        Programme last = programmes.get(programmes.size() - 1);
        if (year > last.lastYear()) {
            return last;
        }
        throw new IllegalArgumentException("no joint work programme covers " + year + "; the first starts in "
                + programmes.get(0).firstYear());
    }

    private record Document(List<Programme> programmes) {
    }

    private static ProgrammeCatalogue load() {
        ObjectMapper json = EventJson.mapper();
        try (InputStream in = ProgrammeCatalogue.class.getResourceAsStream("programmes.json")) {
            if (in == null) {
                throw new IllegalStateException("programmes.json is missing from shared-events");
            }
            return new ProgrammeCatalogue(json.readValue(in, Document.class).programmes());
        } catch (IOException e) {
            throw new UncheckedIOException("programmes.json cannot be read", e);
        }
    }
}
