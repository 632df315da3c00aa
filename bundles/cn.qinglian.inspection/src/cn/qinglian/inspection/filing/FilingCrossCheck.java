package cn.qinglian.inspection.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.Enterprise;
import cn.qinglian.inspection.model.EnterpriseInspectionFiling;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.model.Person;

/**
 * Cross-checks complaints and findings about an enterprise inspection against the enterprise-inspection
 * filings (涉企行政执法检查报备): an inspection of an enterprise on a day is filed when a filing names the
 * same enterprise and day and, when the complaint or finding names the officer, that officer.
 */
public final class FilingCrossCheck {

    /** A complaint or finding about an inspection for which no filing was found. */
    public record UnfiledInspection(EObject source, Enterprise enterprise, LocalDate date, Person officer) {
    }

    private final Map<Enterprise, List<EnterpriseInspectionFiling>> filingsByEnterprise = new HashMap<>();
    private final InspectionRoot root;

    public FilingCrossCheck(InspectionRoot root) {
        this.root = root;
        for (EnterpriseInspectionFiling filing : root.getEnterpriseFilings()) {
            filingsByEnterprise.computeIfAbsent(filing.getEnterprise(), e -> new ArrayList<>()).add(filing);
        }
    }

    /** Every complaint, then every finding, about an inspection that has no matching filing. */
    public List<UnfiledInspection> unfiled() {
        List<UnfiledInspection> result = new ArrayList<>();
        for (Complaint complaint : root.getComplaints()) {
            check(complaint, complaint.getEnterprise(), complaint.getInspectionDate(), complaint.getTargetPerson(),
                    result);
        }
        for (Finding finding : root.getFindings()) {
            Person officer = finding.getPersons().isEmpty() ? null : finding.getPersons().get(0);
            check(finding, finding.getEnterprise(), finding.getInspectionDate(), officer, result);
        }
        return result;
    }

    private void check(EObject source, Enterprise enterprise, LocalDate date, Person officer,
            List<UnfiledInspection> result) {
        if (date == null) {
            return;
        }
        if (!isFiled(enterprise, date, officer)) {
            result.add(new UnfiledInspection(source, enterprise, date, officer));
        }
    }

    /** Whether an inspection of {@code enterprise} on {@code date} (by {@code officer}, when known) was filed. */
    public boolean isFiled(Enterprise enterprise, LocalDate date, Person officer) {
        for (EnterpriseInspectionFiling filing : filingsByEnterprise.getOrDefault(enterprise, List.of())) {
            if (date.equals(filing.getDate()) && (officer == null || officer == filing.getOfficer())) {
                return true;
            }
        }
        return false;
    }
}
