package gov.cbp.medical.rules;

import static gov.cbp.medical.rules.Episodes.*;

import gov.cbp.medical.model.care.IssueSource;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.rules.evaluation.Finding;

public class SmokeMain {
    public static void main(String[] args) {
        CustodyEpisode ep = unaccompanied().event(interview("I1", h(1))).event(issue("MI1", h(2), IssueSource.SELF_REPORTED))
                .events(welfareEvery(m(50), m(10), h(4))).build();
        for (Finding f : evaluate(ep, h(5)).findings()) {
            System.out.println(f.status() + " " + f.explanation() + " | " + f.standardVersion() + " " + f.facilityId().orElse("-") + "/" + f.holdRoom().orElse("-"));
        }
    }
}
