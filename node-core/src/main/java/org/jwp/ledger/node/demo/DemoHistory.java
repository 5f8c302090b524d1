package org.jwp.ledger.node.demo;

import java.util.List;

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
        loadInto(args[0], args[1]);
    }

    /** Loads both parts unless either ledger already holds events; answers whether it loaded. */
    public static boolean loadInto(String citesUrl, String cmsUrl) {
        String user = System.getenv().getOrDefault("LEDGER_DEMO_USER", "recorder");
        String password = System.getenv().getOrDefault("LEDGER_DEMO_PASSWORD", "recorder");
        DemoHistory demo = new DemoHistory(new DemoClient("the CITES node", citesUrl, user, password),
                new DemoClient("the CMS node", cmsUrl, user, password));
        if (!demo.cites.get("/api/ledger/heads").isEmpty() || !demo.cms.get("/api/ledger/heads").isEmpty()) {
            System.out.println("The ledgers already hold a history; the demo history is not loaded again.");
            return false;
        }
        System.out.println("Loading the demo history (2015-2020 annex, 2021-2025 programme)...");
        demo.annex2015to2020();
        demo.programme2021to2025();
        System.out.println("Demo history loaded.");
        return true;
    }

    void annex2015to2020() {
        result(cites, P1, "A1", 2016, true, "2016-12-15", "Species+ (UNEP-WCMC) covers all CITES and CMS species; "
                + "CoP proposals, Review of Significant Trade documents and NDF material added.", List.of(), List.of());
        result(cms, P1, "A2", 2017, true, "2017-10-28", "CMS adopted Resolution 12.27 on taxonomy and nomenclature, "
                + "similar to Resolution Conf. 12.11 (Rev. CoP18); references for mammals and birds exchanged.",
                List.of("Resolution 12.27"), List.of());
        result(cites, P1, "A2", 2019, true, "2019-08-28", "Decisions at CoP17 and CoP18 brought the nomenclature of "
                + "both Conventions closer, incl. argali, saiga and Asian elephant.",
                List.of("CoP17 Doc. 81.1", "CoP18 Doc. 99"), List.of("Ovis ammon", "Saiga tatarica", "Elephas maximus"));
        result(cites, P1, "B1", 2018, true, "2018-11-20", "Information on argali hunting shared for the CITES "
                + "training workshop for central Asia (Bishkek, 2018).", List.of(), List.of("Ovis ammon"));
        result(cms, P1, "B3", 2015, true, "2015-09-30", "Third meeting of the Saiga MoU signatories (Tashkent) "
                + "organised jointly.", List.of("CoP17 Doc. 70"), List.of("Saiga tatarica"));
        result(cms, P1, "B2", 2019, true, "2019-10-10", "Joint workshop (Vilm) reviewed the Medium-Term International "
                + "Work Programme 2015-2020 and drafted the one for 2020-2025.", List.of("CoP18 Doc. 86"),
                List.of("Saiga tatarica"));
        result(cites, P1, "B5", 2018, true, "2018-11-09", "Range State meetings on the African lion (Entebbe, 2016) "
                + "and the African Carnivores Initiative (Bonn, 2018); CMS Resolution 13.4 on the joint ACI.",
                List.of("CoP18 Doc. 76.1 (Rev. 1)", "CoP18 Doc. 96", "CoP18 Inf. 9", "AC31 Doc. 29.1"),
                List.of("Panthera leo", "Panthera pardus", "Acinonyx jubatus"));
        result(cites, P1, "B8", 2019, true, "2019-08-28", "Inputs to the GRASP Executive Committee coordinated; "
                + "Resolution Conf. 13.4 revised together.", List.of("CoP17 Doc. 61", "CoP18 Doc. 73"),
                List.of("Hominidae"));
        result(cms, P1, "B13", 2017, true, "2017-10-28", "CMS COP12 endorsed the African Elephant Action Plan "
                + "(Resolution 12.9); both Secretariats sit ex officio on the African Elephant Fund Steering Committee.",
                List.of("CoP15 Inf. 68", "CoP17 Doc. 57.1", "CoP18 Doc. 69.1"), List.of("Loxodonta africana"));
        result(cites, P1, "B16", 2019, true, "2019-08-28", "Joint study of legal and illegal trade in marine turtles "
                + "informed CoP18 Decisions.", List.of("CoP17 Doc. 59", "CoP18 Doc. 70", "AC31 Doc. 24"),
                List.of("Cheloniidae", "Dermochelyidae"));
        result(cites, P1, "B17", 2018, false, "2018-12-14", "CITES took part in the 2nd and 3rd meetings of "
                + "signatories to the CMS Sharks MoU (2016, 2018).", List.of("CoP17 Doc. 56.1", "CoP18 Doc. 68.2",
                "AC31 Doc. 25"), List.of("Chondrichthyes"));
        result(cites, P1, "B6", 2018, true, "2018-11-09", "Big cat work linked with MIKE sites in Africa through the "
                + "range State meetings on lion and the African Carnivores Initiative.", List.of("AC31 Doc. 28"),
                List.of("Panthera leo"));
        result(cms, P1, "B7", 2019, true, "2019-08-28", "Inputs on great apes coordinated between CMS, its Gorilla "
                + "Agreement and CITES.", List.of("CoP18 Doc. 73"), List.of("Gorilla"));
        result(cites, P1, "B11", 2019, true, "2019-08-28", "Regular collaboration in the context of MIKE and the CMS "
                + "MoU on West African elephants.", List.of("CoP18 Doc. 69.2"), List.of("Loxodonta africana"));
        result(cms, P1, "B15", 2019, true, "2019-12-10", "The Saker Falcon Task Force developed an adaptive "
                + "management framework for the sustainable use of the species.", List.of(), List.of("Falco cherrug"));
        result(cms, P1, "B18", 2020, true, "2020-02-22", "CMS Resolution 13.3 on Chondrichthyan species adopted, "
                + "mirroring the collaboration clause of Resolution Conf. 12.6 (Rev. CoP18).",
                List.of("Resolution Conf. 12.6 (Rev. CoP18)"), List.of("Chondrichthyes"));
        result(cms, P1, "B19", 2019, true, "2019-10-10", "Progress with CAMI monitored for the species of joint "
                + "interest (saiga, argali, urial, snow leopard).", List.of(),
                List.of("Saiga tatarica", "Ovis ammon", "Panthera uncia"));
        result(cites, P1, "B20", 2019, true, "2019-08-28", "Information on CITES listing criteria exchanged with "
                + "CMS.", List.of(), List.of());
        result(cites, P1, "D2", 2019, true, "2019-12-20", "Participation in and contributions to BLG, IPBES, EMG, "
                + "CPW and the CBD coordinated.", List.of("SC66 Doc. 16.2", "SC69 Doc. 19", "SC70 Doc. 19",
                "CoP17 Doc. 14.1", "CoP18 Doc. 15.1"), List.of());
        result(cms, P1, "D4", 2018, true, "2018-06-30", "Joint activities under the MEA Information and Knowledge "
                + "Management Initiative, including shared database development.", List.of(), List.of());
        result(cms, P1, "B21", 2020, false, "2020-02-22", "CMS adopted Resolution 13.7 with listing criteria and "
                + "provision to consult CITES on amendment proposals.", List.of("Resolution 13.7"), List.of());

        String silky = consult(cites, "CITES CoP17", "Prop. 42", "Carcharhinus falciformis",
                "Include in Appendix II", "2016-03-10", "2016-05-15", "B21", "B17");
        comment(cms, silky, "SUPPORT", "As statutory consultee, CMS supports the listing of this CMS Appendix II "
                + "species.", "CoP17 Doc. 88.3 (Rev.), Annex 4", "2016-05-02");
        String mobula = consult(cites, "CITES CoP17", "Prop. 44", "Mobula spp.", "Include in Appendix II",
                "2016-03-10", "2016-05-15", "B21", "B17");
        comment(cms, mobula, "SUPPORT", "Devil rays are listed in CMS Appendices I and II.",
                "CoP17 Doc. 88.3 (Rev.), Annex 4", "2016-05-02");
        String mako = consult(cites, "CITES CoP18", "Prop. 42", "Isurus oxyrinchus", "Include in Appendix II",
                "2019-01-15", "2019-03-15", "B21", "B17");
        comment(cms, mako, "SUPPORT", "Shortfin mako is listed in CMS Appendix II.",
                "CoP18 Doc. 105.3, Annex 2", "2019-03-20");
        String lion = consult(cms, "CMS COP12", "UNEP/CMS/COP12/Doc.25.1.5", "Panthera leo", "Include in Appendix II",
                "2017-05-02", "2017-07-31", "B21", "B5");
        comment(cites, lion, "NEUTRAL", "The species is in CITES Appendix II; trade aspects are noted.",
                "UNEP/CMS/COP12/Doc.25.1/Add.2", "2017-07-20");
        String elephant = consult(cms, "CMS COP13", "UNEP/CMS/COP13/Doc.27.1.1", "Elephas maximus",
                "Include in Appendix I", "2019-09-02", "2019-11-30", "B21", "B10");
        comment(cites, elephant, "NEUTRAL", "Asian elephant is in CITES Appendix I; comments on trade provided.",
                "UNEP/CMS/COP13/Doc.27.1/Add.2", "2019-11-15");

        String officer = lend(cms, "Joint CITES/CMS Programme Officer (funded by Germany)", "Promote synergy under "
                + "the Joint Work Programme; based at the CMS Secretariat, supervision shared", "2015-03-01",
                "2017-12-31", "2015-01-20", "C3", "C4");
        loanRuns(cms, officer, "2015-02-05", "2015-03-01", "Facilitated the joint activities of this annex and "
                + "frequent communication between the Secretariats.", "2017-12-31");
        String cop17 = lend(cms, "Programme Officer", "Support to the conduct of CITES CoP17", "2016-09-20",
                "2016-10-06", "2016-06-01", "C3");
        loanRuns(cms, cop17, "2016-06-15", "2016-09-20", "Supported the CoP17 committees and marine species "
                + "sessions.", "2016-10-06");
        String cop18 = lend(cms, "Programme Officer", "Support to the conduct of CITES CoP18", "2019-08-12",
                "2019-08-29", "2019-05-02", "C3");
        loanRuns(cms, cop18, "2019-05-10", "2019-08-12", "Supported the CoP18 Secretariat team.", "2019-08-29");

        for (int year = 2015; year <= 2017; year++) {
            result(year % 2 == 1 ? cites : cms, P1, "C1", year, true, year + "-11-30", "Annual coordination meeting "
                    + "of the two Secretariats held.", List.of(), List.of());
        }
        result(cites, P1, "C2", 2017, true, "2017-12-15", "Meeting calendars, invitations and draft documents "
                + "exchanged at the coordination meetings.", List.of(), List.of());
        result(cites, P1, "C5", 2019, true, "2019-06-30", "With UNODC, funding received from the European Commission "
                + "for Cross Regional Wildlife Conservation in Eastern and Southern Africa and the Indian Ocean.",
                List.of(), List.of("Loxodonta africana"));
        result(cms, P1, "B14", 2019, false, "2019-12-10", "CITES attended the 3rd to 7th meetings of the Saker "
                + "Falcon Task Force organised by CMS.", List.of(), List.of("Falco cherrug"));
        result(cites, P1, "D4", 2016, true, "2016-08-20", "In the run-up to CoP17, CMS joined CITES pre-CoP "
                + "meetings for African Parties.", List.of(), List.of());

        String ipbes6 = represent(cms, "IPBES", "IPBES-6", "Medellín", "2018-03-17", "2018-03-24",
                "Speak for both Conventions on the regional assessments.", "2018-02-01", "D2", "D3");
        accept(cites, ipbes6, "2018-02-05");
        attendAndReport(cites, ipbes6, "2018-03-20", true, "Joint statement delivered; regional assessments "
                + "approved.", "2018-03-28", "2018-04-03", "SC70 Doc. 19");
        String blg = represent(cites, "BLG", "BLG-12 (teleconference)", "Online", "2019-09-10", "2019-09-10",
                "Represent CITES on the post-2020 framework item.", "2019-08-20", "D2");
        accept(cms, blg, "2019-08-22");
        attendAndReport(cms, blg, "2019-09-10", false, "Positions of both Conventions noted in the summary.",
                "2019-09-12", "2019-09-16", "CoP18 Doc. 15.1");
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
