package org.jwp.ledger.node.demo;

import java.util.List;
import java.util.Set;

/**
 * Loads the demo history into two running nodes through their APIs, as the two secretariats' staff would have
 * recorded it: the 2015-2020 implementation annex of SC73 (the seed document) and a plausible 2021-2025 history with
 * some items still open and overdue. Loads nothing if either ledger already holds events.
 *
 * <p>Run by {@code ./ledger demo}: {@code DemoHistory <cites-url> <cms-url>}, signing in to both as the demo
 * profile's {@code recorder} (or {@code LEDGER_DEMO_USER} / {@code LEDGER_DEMO_PASSWORD}).
 */
public final class DemoHistory extends DemoSteps {

    static final String P1 = "2015-2020";
    static final String P2 = "2021-2025";

    DemoHistory(DemoClient cites, DemoClient cms) {
        super(cites, cms);
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: DemoHistory <cites-node-url> <cms-node-url>");
            System.exit(2);
        }
        loadInto(args[0], args[1], System.out);
    }

    /** Loads both parts unless either ledger already holds events; answers whether it loaded. */
    public static boolean loadInto(String citesUrl, String cmsUrl) {
        return loadInto(citesUrl, cmsUrl, System.out);
    }

    /** As {@link #loadInto(String, String)}, saying each step on {@code out} as it is recorded. */
    public static boolean loadInto(String citesUrl, String cmsUrl, java.io.PrintStream out) {
        String user = System.getenv().getOrDefault("LEDGER_DEMO_USER", "recorder");
        String password = System.getenv().getOrDefault("LEDGER_DEMO_PASSWORD", "recorder");
        Progress progress = new Progress(out);
        DemoHistory demo = new DemoHistory(new DemoClient("the CITES node", citesUrl, user, password, progress),
                new DemoClient("the CMS node", cmsUrl, user, password, progress));
        if (!demo.cites.get("/api/ledger/heads").isEmpty() || !demo.cms.get("/api/ledger/heads").isEmpty()) {
            out.println("The ledgers already hold a history; the demo history is not loaded again.");
            return false;
        }
        long t0 = System.nanoTime();
        progress.part("Loading the demo history, a line per step:");
        progress.part("The 2015-2020 implementation annex (SC73):");
        demo.annex2015to2020();
        progress.part("The 2021-2025 programme so far:");
        demo.programme2021to2025();
        out.printf("Demo history loaded: %d steps in %.0f s.%n", progress.steps(), (System.nanoTime() - t0) / 1e9);
        return true;
    }

    /**
     * The 2015-2020 annex: its results paragraphs word for word, each under the activities of its row (read from
     * demo/annex-2015-2020-results.json), and only the workflow items the annex states: comments both ways on
     * proposals to amend the Appendices (CoP17, CoP18; COP12, COP13) and CMS staff lent to CITES for its CoPs.
     * What the annex does not say is left out where the contracts allow it (a comment's position, a passage's joint
     * tag) and recorded as assumed where they require a value (years, dates, the taxon of "marine species"): the
     * ledger keeps that note and the report and pages print those values marked "assumed" (docs/reports.md).
     */
    void annex2015to2020() {
        assuming = Set.of("year", "actedOn", "dueDate", "startDate", "endDate");
        AnnexPassages.read().forEach(p -> passage(p.by().equals("CITES") ? cites : cms, P1, p));
        assuming = Set.of("actedOn", "dueDate", "taxon");

        String cop17 = consult(cites, "CITES CoP17", "Proposals to amend the Appendices concerning marine species",
                "Chondrichthyes", "Amend the CITES Appendices", "2016-03-10", "2016-05-15", "B21");
        comment(cms, cop17, null, "As a statutory consultee under Article XV 2 (b), CMS commented on the "
                + "relevant proposals concerning marine species.", "CoP17 Doc. 88.3 (Rev.), Annex 4", "2016-05-02");
        String cop18 = consult(cites, "CITES CoP18", "Proposals to amend the Appendices concerning marine species",
                "Chondrichthyes", "Amend the CITES Appendices", "2019-01-15", "2019-03-15", "B21");
        comment(cms, cop18, null, "As a statutory consultee under Article XV 2 (b), CMS commented on the "
                + "relevant proposals concerning marine species.", "CoP18 Doc. 105.3, Annex 2", "2019-03-14");
        assuming = Set.of("actedOn", "dueDate", "startDate", "endDate");
        String cop12 = consult(cms, "CMS COP12", "Proposals to amend the CMS Appendices concerning CITES-listed "
                + "animal species", "Animalia", "Amend the CMS Appendices", "2017-05-02", "2017-07-31", "B21");
        comment(cites, cop12, null, "The CITES Secretariat commented on the proposals that concerned "
                + "CITES-listed animal species.", "UNEP/CMS/COP12/Doc.25.1/Add.2", "2017-07-20");
        String cop13 = consult(cms, "CMS COP13", "Proposals to amend the CMS Appendices concerning CITES-listed "
                + "animal species", "Animalia", "Amend the CMS Appendices", "2019-09-02", "2019-11-30", "B21");
        comment(cites, cop13, null, "The CITES Secretariat commented on the proposals that concerned "
                + "CITES-listed animal species.", "UNEP/CMS/COP13/Doc.27.1/Add.2", "2019-11-15");

        String forCop17 = lend(cms, "Staff member of the CMS Secretariat", "Support to the conduct of CITES CoP17",
                "2016-09-20", "2016-10-06", "2016-06-01", "C3");
        loanRuns(cms, forCop17, "2016-06-15", "2016-09-20", "Supported the conduct of CoP17.", "2016-10-06");
        String forCop18 = lend(cms, "Staff member of the CMS Secretariat", "Support to the conduct of CITES CoP18",
                "2019-08-12", "2019-08-29", "2019-05-02", "C3");
        loanRuns(cms, forCop18, "2019-05-10", "2019-08-12", "Supported the conduct of CoP18.", "2019-08-29");
        assuming = Set.of();
    }

    void programme2021to2025() {
        for (int year = 2022; year <= 2024; year++) {
            result(year % 2 == 0 ? cms : cites, P2, "D1", year, true, year + "-10-15", "Annual coordination meeting "
                    + "held; joint work plan for the coming year agreed.", List.of(), List.of());
        }
        result(cms, P2, "B9", 2023, true, "2023-05-10", "Range State meeting of the Joint CITES-CMS African "
                + "Carnivores Initiative.", List.of("UNEP/CMS/StC52/Outcome 5"),
                List.of("Panthera leo", "Acinonyx jubatus", "Panthera pardus"));
        result(cites, P2, "B5", 2024, true, "2024-07-01", "Trade data on West African vultures shared for the "
                + "Vultures MsAP review.", List.of(), List.of("Gyps africanus", "Necrosyrtes monachus"));
        result(cms, P2, "E1", 2025, true, "2025-03-03", "Joint World Wildlife Day outreach on migratory species "
                + "in trade.", List.of(), List.of());

        String requiem = consult(cites, "CITES CoP19", "Prop. 37", "Carcharhinidae", "Include in Appendix II",
                "2022-06-01", "2022-08-15", "C3", "B18");
        comment(cms, requiem, "SUPPORT", "Several species concerned are listed in CMS Appendix II.",
                "CoP19 Doc. 105.3", "2022-08-10");
        consult(cites, "CITES CoP20", "Prop. 12", "Carcharhinus longimanus", "Transfer to Appendix I",
                "2025-04-15", "2025-07-31", "C3", "B18");
        String argali = consult(cms, "CMS COP14", "UNEP/CMS/COP14/Doc.31.4.2", "Ovis ammon",
                "Include in Appendix I", "2023-09-01", "2023-11-30", "C3", "B8");
        comment(cites, argali, "NEUTRAL", "Argali is in CITES Appendix II; trophy trade is regulated through NDFs.",
                null, "2023-11-20");

        String cop14 = lend(cites, "Legal Officer", "Support to CMS COP14 legal committee", "2024-02-05",
                "2024-02-20", "2023-11-01", "D3");
        loanRuns(cites, cop14, "2023-11-10", "2024-02-05", "Drafted and checked COP14 decisions text.",
                "2024-02-20");
        // A made-up person: the only personal data in the demo, to show sealing and erasure (docs/personal-data.md).
        lendNaming(cites, "Alex Placeholder", "alex.placeholder@example.org", "Programme Officer",
                "Support to CMS COP15 preparations", "2026-01-12", "2026-03-31",
                "2025-09-15", "D3");

        String ipbes11 = represent(cites, "IPBES", "IPBES-11", "Windhoek", "2024-12-10", "2024-12-16",
                "Deliver the joint statement on the nexus assessment.", "2024-11-01", "E3");
        accept(cms, ipbes11, "2024-11-04");
        attendAndReport(cms, ipbes11, "2024-12-12", true, "Statement delivered in plenary; nexus assessment "
                + "approved.", "2024-12-18", "2024-12-20", "IPBES/11/INF/12");
        String blg17 = represent(cms, "BLG", "BLG-17", "Geneva", "2025-09-22", "2025-09-23",
                "Report on CMS COP15 preparations.", "2025-08-20", "E3");
        accept(cites, blg17, "2025-08-25");
    }
}
