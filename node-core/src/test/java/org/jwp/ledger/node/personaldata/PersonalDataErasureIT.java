package org.jwp.ledger.node.personaldata;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.format.VerifyExport;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;
import org.jwp.ledger.node.support.RunningNode;
import org.jwp.ledger.node.support.TestKeys;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A loaned staff member's name and contact are stored sealed under a key of their own; erasing them on either node
 * destroys the key on both, and every page shows the loan with the person redacted while the ledger still verifies.
 */
class PersonalDataErasureIT {

    private static final String NAME = "Ana Exampleton-Quiroga";
    private static final String CONTACT = "ana.quiroga@example.org";

    private static NodePair pair;

    @BeforeAll
    static void start() {
        pair = NodePair.start();
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    void erasingAPersonOnOneNodeRedactsThemOnBothAndTheLedgerStillVerifies() throws IOException {
        String loan = proposeLoanNaming(NAME, CONTACT);
        pair.awaitConverged();
        String subject = subjectOf(loan);
        assertThat(foundIn(pair.cms().jdbc(), List.of("Support to CMS COP15"))).as("the scan reads event payloads")
                .contains("domain_event_entry.payload");
        for (RunningNode node : List.of(pair.cites(), pair.cms())) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(itemPage(node, loan)).contains(NAME).contains(CONTACT));
            assertThat(plaintextIn(node.jdbc())).as("plaintext stored on " + node.secretariat()).isEmpty();
        }

        Http.Response erased = pair.cms().http("admin").post("/api/admin/personal-data/" + subject + "/erasure",
                null);

        assertThat(erased.status()).as(erased.toString()).isEqualTo(201);
        pair.awaitConverged();
        pair.awaitVerified();
        for (RunningNode node : List.of(pair.cites(), pair.cms())) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(itemPage(node, loan))
                    .contains("[personal data erased]").doesNotContain(NAME).doesNotContain(CONTACT));
            assertThat(node.jdbc().queryForObject("select count(*) from personal_data_key where subject_id = ? "
                    + "and key is null and erased_at is not null", Integer.class, subject)).isOne();
            assertThat(plaintextIn(node.jdbc())).isEmpty();
            Path export = Files.createTempFile("export", ".ndjson");
            Files.writeString(export, node.http("auditor").get("/api/audit/export").body());
            assertThat(Files.readString(export)).contains(subject).doesNotContain(NAME).doesNotContain(CONTACT);
            assertThat(verifyOffline(export)).startsWith("0").contains("VERIFIED");
        }
        assertThat(pair.cites().http("admin").post("/api/admin/personal-data/" + subject + "/erasure", null)
                .status()).as("already erased, by the peer").isEqualTo(409);
    }

    @Test
    void reportsNeverNameTheLoanedStaffMember() {
        String loan = proposeLoanNaming("Bea Reportova", null);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(itemPage(pair.cites(), loan)).contains("Bea Reportova"));

        for (String format : List.of("md", "html", "json")) {
            Http.Response report = pair.cites().http("auditor").get("/api/reports/annual/2026?format=" + format);
            assertThat(report.status()).isEqualTo(200);
            assertThat(report.body()).contains(loan).doesNotContain("Bea Reportova");
        }
    }

    @Test
    void anErasureNamesAKnownSubjectAndIsForAdminsOnly() {
        String unknown = "CMS-PERSON-0123456789abcdef0123456789abcdef";
        Http admin = pair.cites().http("admin");

        assertThat(admin.post("/api/admin/personal-data/" + unknown + "/erasure", null).status()).isEqualTo(404);
        Http.Response malformed = admin.post("/api/admin/personal-data/Ana%20Example/erasure", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("subject");
        String subject = subjectOf(proposeLoanNaming("Carla Guarded", null));
        assertThat(pair.cites().http("officer").post("/api/admin/personal-data/" + subject + "/erasure", null)
                .status()).isEqualTo(403);
        assertThat(pair.cites().http("officer").post("/api/staff-loans", loanBody(null, "c@example.org")).status())
                .as("a contact without a name").isEqualTo(400);
    }

    @Test
    void aDumpFromBeforeAnErasurePlusEverythingOnTheNodesAfterItCannotOpenTheErasedPerson() throws Exception {
        String loan = proposeLoanNaming("Dora Dumped", "dora@example.org");
        String kept = proposeLoanNaming("Elsa Kept", null);
        pair.awaitConverged();
        String subject = subjectOf(loan);
        String sealed = pair.cites().jdbc().queryForObject("select convert_from(payload, 'UTF8')::jsonb #>> "
                + "'{staffMember,sealed}' from domain_event_entry where aggregate_identifier = ?", String.class, loan);
        for (RunningNode node : List.of(pair.cites(), pair.cms())) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(itemPage(node, loan))
                    .contains("Dora Dumped"));
        }
        Map<RunningNode, List<String[]>> dumps = new java.util.HashMap<>();
        Map<RunningNode, String> kekFilesBefore = new java.util.HashMap<>();
        for (RunningNode node : List.of(pair.cites(), pair.cms())) {
            dumps.put(node, dumpedKeys(node, subject));
            kekFilesBefore.put(node, Files.readString(node.bean(KeyEncryptionKeys.class).file()));
            assertThat(opens(dumps.get(node), kekFilesBefore.get(node), subject, sealed))
                    .as("the dump and the key-encryption key of that time do open it (the test can fail)").isTrue();
        }

        assertThat(pair.cms().http("admin").post("/api/admin/personal-data/" + subject + "/erasure", null).status())
                .isEqualTo(201);

        for (RunningNode node : List.of(pair.cites(), pair.cms())) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(itemPage(node, loan))
                    .contains("[personal data erased]"));
            String kekFileNow = Files.readString(node.bean(KeyEncryptionKeys.class).file());
            List<String[]> everything = new java.util.ArrayList<>(dumps.get(node));
            everything.addAll(dumpedKeys(node, subject));
            assertThat(opens(everything, kekFileNow, subject, sealed)).as(node.secretariat()
                    + ": the old dump with the node's key-encryption keys after the erasure").isFalse();
            assertThat(Files.readString(node.bean(KeyEncryptionKeys.class).file()).lines()
                    .filter(l -> !l.startsWith("#")).count()).as("one generation left").isOne();
        }
        for (RunningNode node : List.of(pair.cites(), pair.cms())) {
            assertThat(itemPage(node, kept)).as("another person's key, wrapped anew, still opens")
                    .contains("Elsa Kept");
        }
    }

    /** What a pg_dump of the node's database holds of the person's key (its data section), run with pg_dump. */
    private static List<String[]> dumpedKeys(RunningNode node, String subject) throws Exception {
        java.net.URI uri = java.net.URI.create(node.databaseUrl().substring("jdbc:".length()));
        Process dump = new ProcessBuilder("pg_dump", "-h", uri.getHost(), "-p", Integer.toString(uri.getPort()),
                "-U", "postgres", "--data-only", "-t", "personal_data_key", uri.getPath().substring(1))
                .redirectErrorStream(true).start();
        String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(dump.waitFor()).as(text).isZero();
        List<String> header = null;
        List<String[]> rows = new java.util.ArrayList<>();
        for (String line : text.lines().toList()) {
            if (line.startsWith("COPY public.personal_data_key (")) {
                header = List.of(line.substring(line.indexOf('(') + 1, line.indexOf(')')).split(", "));
            } else if (header != null && line.equals("\\.")) {
                header = null;
            } else if (header != null && line.startsWith(subject + "\t")) {
                String[] cells = line.split("\t");
                rows.add(new String[]{cells[header.indexOf("key")], cells[header.indexOf("kek_generation")]});
            }
        }
        return rows;
    }

    /** Whether any dumped wrapped key, unwrapped with any key-encryption key in the file text, opens the data. */
    private static boolean opens(List<String[]> rows, String kekFile, String subject, String sealed) {
        for (String[] row : rows) {
            if (row[0].equals("\\N")) {
                continue;
            }
            byte[] wrapped = java.util.HexFormat.of().parseHex(row[0].replace("\\\\x", ""));
            for (String line : kekFile.lines().filter(l -> !l.startsWith("#")).toList()) {
                byte[] kek = java.util.Base64.getDecoder().decode(line.split(" ")[1]);
                var key = PersonalDataCipher.open(kek, subject, new String(wrapped, StandardCharsets.US_ASCII))
                        .map(java.util.Base64.getDecoder()::decode);
                if (key.isPresent() && PersonalDataCipher.open(key.get(), subject, sealed).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String proposeLoanNaming(String name, String contact) {
        Http.Response r = pair.cites().http("officer").post("/api/staff-loans", loanBody(name, contact));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static String loanBody(String name, String contact) {
        return """
                {"host":"CMS","role":"Programme Officer","purpose":"Support to CMS COP15","startDate":"2026-09-01",
                 "endDate":"2026-09-30","programme":"2021-2025","activityCodes":["D3"],"actedOn":"2025-11-20"%s%s}"""
                .formatted(name == null ? "" : ",\"staffMemberName\":\"" + name + "\"",
                        contact == null ? "" : ",\"staffMemberContact\":\"" + contact + "\"");
    }

    private static String subjectOf(String loan) {
        return pair.cites().jdbc().queryForObject("select convert_from(payload, 'UTF8')::jsonb #>> "
                + "'{staffMember,subjectId}' from domain_event_entry where aggregate_identifier = ?", String.class, loan);
    }

    private static String itemPage(RunningNode node, String id) {
        return node.http("auditor").send("GET", "/items/" + id, null, null, "Accept", "text/html").body();
    }

    /** Every row of every table, text and bytes alike, searched for the person's name and contact. */
    private static List<String> plaintextIn(JdbcTemplate db) {
        return foundIn(db, List.of(NAME, CONTACT));
    }

    private static List<String> foundIn(JdbcTemplate db, List<String> secrets) {
        List<Map<String, Object>> columns = db.queryForList("select table_name, column_name, data_type from "
                + "information_schema.columns where table_schema = 'public'");
        List<String> found = new java.util.ArrayList<>();
        for (Map<String, Object> c : columns) {
            String column = "\"" + c.get("column_name") + "\"";
            String asText = "bytea".equals(c.get("data_type")) ? "encode(" + column + ", 'escape')" : column + "::text";
            for (String secret : secrets) {
                Integer hits = db.queryForObject("select count(*) from \"" + c.get("table_name") + "\" where "
                        + asText + " like ?", Integer.class, "%" + secret + "%");
                if (hits != null && hits > 0) {
                    found.add(c.get("table_name") + "." + c.get("column_name"));
                }
            }
        }
        return found;
    }

    private static String verifyOffline(Path export) throws IOException {
        Path keys = Files.createTempDirectory("keys");
        String[] args = {export.toString(), "--key", "", "--key", ""};
        int i = 2;
        for (Secretariat s : Secretariat.values()) {
            Path pem = keys.resolve(s.name().toLowerCase() + ".pub.pem");
            Files.writeString(pem, TestKeys.publicKeyPem(s));
            args[i] = s.name() + "=" + pem;
            i += 2;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = VerifyExport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
        return code + " " + out.toString(StandardCharsets.UTF_8);
    }
}
