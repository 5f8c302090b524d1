package org.jwp.ledger.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scanner reads an event line exactly as the strict parser does, or leaves it to the strict parser; so the
 * verifier's verdict is the same whichever reads a line, on the export as written and on ten thousand mutations of it.
 */
class ExportScannerTest {

    private static final Map<String, KeyPair> KEYS = new LinkedHashMap<>(Map.of("CITES", Keys.generate()));
    private static final byte[] NEAR_JSON = "{}[]\",:\\ 0123456789eE+-.\ntrufalsn\"\"".getBytes(StandardCharsets.UTF_8);
    private static final int[] ODD_BYTES = {0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xA9, 0xE2, 0xED, 0xA0, 0xF0,
            0xF4, 0xF5, 0xFF};

    static {
        KEYS.put("CMS", Keys.generate());
    }

    @Test
    void everyEventLineAsANodeWritesItIsScannedAsTheStrictParserReadsIt() {
        List<String> lines = ExampleExport.lines(KEYS, 40);
        int scanned = 0;
        for (String line : lines) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            ExportLine fast = ExportScanner.scan(b, 0, b.length, 1);
            if (line.startsWith("{\"kind\":\"event\"")) {
                assertThat(fast).as(line).isNotNull();
                scanned++;
            }
            if (fast != null) {
                assertSameLine(fast, strict(b, 0, b.length));
            }
        }
        assertThat(scanned).isEqualTo(80);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"kind\":\"event\",\"envelope\":{\"eventId\":\"e1\",\"origin\":\"CITES\",\"sequence\":1},\"hash\":\"h\"} x",
            "{\"kind\":\"event\",\"envelope\":{\"origin\":\"CITES\",\"eventId\":\"e1\",\"sequence\":1},\"hash\":\"h\"}",
            "{\"kind\":\"event\",\"envelope\":{\"eventId\":\"e1\",\"eventId\":\"e2\",\"origin\":\"CITES\",\"sequence\":1},"
                    + "\"hash\":\"h\"}",
            "{\"kind\":\"event\",\"envelope\":{\"eventId\":\"e1\",\"origin\":\"CI\\u0054ES\",\"sequence\":1},\"hash\":\"h\"}",
            "{\"kind\":\"event\",\"envelope\":{\"eventId\":\"e1\",\"origin\":\"CITES\",\"sequence\":\"1\"},\"hash\":\"h\"}",
            "{\"kind\":\"event\",\"envelope\":{\"eventId\":\"e1\",\"origin\":\"CITES\",\"sequence\":01},\"hash\":\"h\"}",
            "{\"kind\":\"event\",\"envelope\":{\"eventId\":\"e1\",\"origin\":\"CITES\",\"sequence\":1.0},\"hash\":\"h\"}",
            "{\"kind\":\"event\",\"envelope\":{\"a\":{\"y\":1,\"x\":2},\"eventId\":\"e1\",\"origin\":\"CITES\",\"sequence\":1},"
                    + "\"hash\":\"h\"}",
            "{\"kind\":\"event\",\"envelope\":{\"a\":truex,\"eventId\":\"e1\",\"origin\":\"CITES\",\"sequence\":1},"
                    + "\"hash\":\"h\"}",
            "{\"kind\":\"event\",\"envelope\":{\"a\":\"\\x\",\"eventId\":\"e1\",\"origin\":\"CITES\",\"sequence\":1},"
                    + "\"hash\":\"h\"}",
            "{\"kind\":\"event\",\"envelope\":{\"eventId\":\"e1\",\"origin\":\"CITES\",\"sequence\":1},\"hash\":\"h\","
                    + "\"note\":1}",
            "{\"kind\":\"checkpoint\",\"origin\":\"CITES\"}",
            "{\"kind\":\"event\",\"hash\":\"h\"}",
            "[\"kind\",\"event\"]",
            ""})
    void whatItIsNotSureOfItLeavesToTheStrictParser(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        assertThat(ExportScanner.scan(b, 0, b.length, 1)).isNull();
    }

    @Test
    void invalidUtf8AndRawControlCharactersAreLeftToTheStrictParser() {
        for (byte[] odd : List.of(new byte[]{(byte) 0xC0, (byte) 0xAF}, new byte[]{(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, new byte[]{(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[]{0x01},
                new byte[]{(byte) 0xE2, (byte) 0x82})) {
            String head = "{\"kind\":\"event\",\"envelope\":{\"a\":\"";
            String tail = "\",\"eventId\":\"e1\",\"origin\":\"CITES\",\"sequence\":1},\"hash\":\"h\"}";
            byte[] b = concat(head.getBytes(StandardCharsets.UTF_8), odd, tail.getBytes(StandardCharsets.UTF_8));
            assertThat(ExportScanner.scan(b, 0, b.length, 1)).as(Arrays.toString(odd)).isNull();
        }
    }

    @Test
    void theVerdictIsTheStrictParsersOnTenThousandMutatedExports() throws IOException {
        byte[] export = ExampleExport.bytes(ExampleExport.lines(KEYS, 4));
        assertThat(verdict(export, true)).isEqualTo(verdict(export, false)).startsWith("[OriginReport[origin=CITES");
        Random random = new Random(20261208L);
        int failed = 0;
        int scannedLines = 0;
        for (int i = 0; i < 10_000; i++) {
            byte[] mutated = export;
            for (int m = 0, n = 1 + random.nextInt(3); m < n; m++) {
                mutated = mutate(mutated, random);
            }
            String scanning = verdict(mutated, true);
            assertThat(scanning).as("mutation " + i).isEqualTo(verdict(mutated, false));
            failed += scanning.contains("MALFORMED") || scanning.contains("firstFailure=Failure") ? 1 : 0;
            scannedLines += eachScannedLineAsStrict(mutated);
        }
        // The corpus is not all of one kind: most mutations break the export, and the scanner read lines in them.
        assertThat(failed).isGreaterThan(5_000);
        assertThat(scannedLines).isGreaterThan(10_000);
    }

    @Test
    void theDocumentsWorkedExampleIsReadAlikeWholeAndInEveryTamperedCopy() throws IOException {
        Map<String, String> doc = LedgerFormatDocTest.vectors(Files.readString(LedgerFormatDocTest.DOC));
        PrivateKey key = Keys.privateKey("-----BEGIN PRIVATE KEY-----\n" + doc.get("private-key-pkcs8")
                + "\n-----END PRIVATE KEY-----\n");
        PublicKey trusted = Keys.publicKeyOf(key);
        ObjectMapper json = new ObjectMapper();
        ExportTally tally = new ExportTally();
        List<String> lines = new ArrayList<>();
        lines.add(json.writeValueAsString(json.createObjectNode().put("kind", "checkpoint").put("origin", "CITES")
                .put("sequence", 3).put("hash", doc.get("hash[3]")).put("time", "2025-07-01T08:30:10Z")
                .put("keyFingerprint", Keys.fingerprint(trusted)).put("signature", doc.get("checkpoint-signature"))));
        tally.line("checkpoint");
        for (int n = 1; n <= 3; n++) {
            lines.add("{\"kind\":\"event\",\"envelope\":" + doc.get("canonical[" + n + "]") + ",\"hash\":\""
                    + doc.get("hash[" + n + "]") + "\"}");
            tally.event("CITES", n, doc.get("hash[" + n + "]"));
        }
        lines.add(json.writeValueAsString(tally.endLine()));
        byte[] export = ExampleExport.bytes(lines);
        assertThat(verdict(export, trusted, true)).isEqualTo(verdict(export, trusted, false))
                .contains("verdict=VERIFIED");

        // every byte of every event line changed to each of a few, and each line left out
        for (int line = 1; line <= 3; line++) {
            byte[] original = lines.get(line).getBytes(StandardCharsets.UTF_8);
            for (int at = 0; at < original.length; at++) {
                for (byte to : new byte[]{'x', '0', '"', '\\', ' ', (byte) 0xC3}) {
                    List<String> copy = new ArrayList<>(lines);
                    byte[] changed = original.clone();
                    changed[at] = to;
                    copy.set(line, new String(changed, StandardCharsets.ISO_8859_1));
                    byte[] tampered = String.join("\n", reencode(copy)).concat("\n")
                            .getBytes(StandardCharsets.ISO_8859_1);
                    assertThat(verdict(tampered, trusted, true)).as("line " + line + " byte " + at + " -> " + to)
                            .isEqualTo(verdict(tampered, trusted, false));
                }
            }
            List<String> without = new ArrayList<>(lines);
            without.remove(line);
            byte[] shorter = ExampleExport.bytes(without);
            assertThat(verdict(shorter, trusted, true)).isEqualTo(verdict(shorter, trusted, false));
        }
    }

    /** The lines as ISO-8859-1 text of their UTF-8 bytes, so a changed line keeps the exact bytes given. */
    private static List<String> reencode(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            boolean latin = l.chars().allMatch(c -> c < 256);
            out.add(latin ? l : new String(l.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        }
        return out;
    }

    private static int eachScannedLineAsStrict(byte[] export) {
        int scanned = 0;
        int start = 0;
        for (int i = 0; i < export.length; i++) {
            if (export[i] == '\n') {
                ExportLine fast = ExportScanner.scan(export, start, i, 1);
                if (fast != null) {
                    assertSameLine(fast, strict(export, start, i));
                    scanned++;
                }
                start = i + 1;
            }
        }
        return scanned;
    }

    private static String verdict(byte[] export, boolean scanning) throws IOException {
        Map<String, PublicKey> trusted = new LinkedHashMap<>();
        KEYS.forEach((origin, pair) -> trusted.put(origin, pair.getPublic()));
        return verdict(export, trusted, scanning);
    }

    private static String verdict(byte[] export, PublicKey cites, boolean scanning) throws IOException {
        return verdict(export, Map.of("CITES", cites), scanning);
    }

    private static String verdict(byte[] export, Map<String, PublicKey> trusted, boolean scanning)
            throws IOException {
        LedgerVerifier verifier = new LedgerVerifier(trusted);
        try {
            new ExportReader(verifier, 2, scanning).read(new ByteArrayInputStream(export));
        } catch (MalformedExport e) {
            return "MALFORMED: " + e.getMessage();
        }
        return verifier.report().toString();
    }

    private static byte[] mutate(byte[] b, Random random) {
        if (b.length < 2) {
            return b;
        }
        int at = random.nextInt(b.length);
        return switch (random.nextInt(7)) {
            case 0 -> { // one byte changed to a byte that matters to JSON
                byte[] c = b.clone();
                c[at] = NEAR_JSON[random.nextInt(NEAR_JSON.length)];
                yield c;
            }
            case 1 -> { // one byte changed to one that matters to UTF-8
                byte[] c = b.clone();
                c[at] = (byte) ODD_BYTES[random.nextInt(ODD_BYTES.length)];
                yield c;
            }
            case 2 -> concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, at + 1, b.length));
            case 3 -> concat(Arrays.copyOfRange(b, 0, at), new byte[]{NEAR_JSON[random.nextInt(NEAR_JSON.length)]},
                    Arrays.copyOfRange(b, at, b.length));
            case 4 -> { // a run of bytes copied elsewhere: members, values or lines given twice
                int from = random.nextInt(b.length);
                int to = Math.min(b.length, from + 1 + random.nextInt(60));
                yield concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, from, to),
                        Arrays.copyOfRange(b, at, b.length));
            }
            case 5 -> Arrays.copyOf(b, at); // cut off
            default -> swapLines(b, random);
        };
    }

    private static byte[] swapLines(byte[] b, Random random) {
        List<String> lines = new ArrayList<>(List.of(new String(b, StandardCharsets.ISO_8859_1).split("\n", -1)));
        int i = random.nextInt(lines.size());
        int j = random.nextInt(lines.size());
        String t = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, t);
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    private static ExportLine strict(byte[] b, int from, int to) {
        return ExportLine.parse(b, new int[]{from}, new int[]{to}, 1, 1, false).get(0);
    }

    private static void assertSameLine(ExportLine fast, ExportLine strict) {
        assertThat(strict.problem()).as("the strict parser refuses what the scanner read").isNull();
        assertThat(fast.kind()).isEqualTo(strict.kind());
        assertThat(fast.hash()).isEqualTo(strict.hash());
        assertThat(fast.origin()).isEqualTo(strict.origin());
        assertThat(fast.sequence()).isEqualTo(strict.sequence());
        assertThat(fast.eventId()).isEqualTo(strict.eventId());
        assertThat(fast.bytes()).isEqualTo(strict.bytes());
    }
}
