package org.jwp.ledger.format;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a large {@link ExampleExport} and its keys, to time the verifier by hand against {@code sha256sum}:
 * {@code ExampleExportFile <dir> <events per origin>} writes {@code export.ndjson}, {@code cites.pub.pem} and
 * {@code cms.pub.pem} there.
 */
final class ExampleExportFile {

    private ExampleExportFile() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int perOrigin = Integer.parseInt(args[1]);
        Map<String, KeyPair> keys = new LinkedHashMap<>();
        keys.put("CITES", Keys.generate());
        keys.put("CMS", Keys.generate());
        Files.createDirectories(dir);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("export.ndjson")))) {
            ExampleExport.write(keys, perOrigin, line -> {
                try {
                    out.write(line.getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        for (Map.Entry<String, KeyPair> k : keys.entrySet()) {
            Files.writeString(dir.resolve(k.getKey().toLowerCase() + ".pub.pem"), Keys.pem(k.getValue().getPublic()));
        }
    }
}
