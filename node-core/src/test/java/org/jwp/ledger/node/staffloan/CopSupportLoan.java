package org.jwp.ledger.node.staffloan;

import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.staffloan.StaffLoanAgreed;
import org.jwp.ledger.events.staffloan.StaffLoanCancelled;
import org.jwp.ledger.events.staffloan.StaffLoanCompleted;
import org.jwp.ledger.events.staffloan.StaffLoanDeclined;
import org.jwp.ledger.events.staffloan.StaffLoanProposed;
import org.jwp.ledger.events.staffloan.StaffLoanStarted;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.ProposeStaffLoan;

import java.time.LocalDate;
import java.util.List;

/** CMS lends a Programme Officer to CITES to support the conduct of CoP18. */
final class CopSupportLoan {

    static final String ID = "CMS-LOAN-2019-0001";
    static final String CITES_ANSWER = "CITES-RE-" + ID;
    static final String CMS_ANSWER = "CMS-RE-" + ID;
    static final LocalDate PROPOSED_ON = LocalDate.of(2019, 5, 2);
    static final LocalDate AGREED_ON = LocalDate.of(2019, 5, 10);
    static final LocalDate START = LocalDate.of(2019, 8, 10);
    static final LocalDate END = LocalDate.of(2019, 8, 31);
    static final List<ActivityCode> CODES = List.of(ActivityCode.of("C3"));

    private CopSupportLoan() {
    }

    static ProposeStaffLoan propose() {
        return new ProposeStaffLoan(ID, Secretariat.CITES, "Programme Officer", "Support to CoP18", START, END,
                "2015-2020", CODES, PROPOSED_ON, null);
    }

    static StaffLoanProposed proposed() {
        return new StaffLoanProposed(ID, Secretariat.CMS, Secretariat.CITES, "Programme Officer", "Support to CoP18",
                START, END, "2015-2020", CODES, PROPOSED_ON, null);
    }

    static StaffLoanAgreed citesAgreed() {
        return new StaffLoanAgreed(CITES_ANSWER, ID, Secretariat.CITES, null, AGREED_ON);
    }

    static StaffLoanDeclined citesDeclined() {
        return new StaffLoanDeclined(CITES_ANSWER, ID, Secretariat.CITES, "No desk available.", AGREED_ON);
    }

    static StaffLoanStarted started() {
        return new StaffLoanStarted(ID, null, START);
    }

    static StaffLoanCompleted completed() {
        return new StaffLoanCompleted(ID, "Supported the CoP18 committees.", END);
    }

    static StaffLoanCancelled cancelled() {
        return new StaffLoanCancelled(ID, "CoP postponed.", AGREED_ON);
    }
}
