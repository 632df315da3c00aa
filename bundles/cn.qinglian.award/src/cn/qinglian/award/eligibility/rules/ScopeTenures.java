package cn.qinglian.award.eligibility.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.qinglian.core.query.Dated;
import cn.qinglian.core.query.Units;
import cn.qinglian.model.Person;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;

/** The tenures a person holds on a day in posts of a unit or below it. */
final class ScopeTenures {

    private ScopeTenures() {
    }

    static List<Tenure> current(Person person, Unit scope, LocalDate asOf) {
        List<Tenure> found = new ArrayList<>();
        if (scope == null || asOf == null) {
            return found;
        }
        for (Tenure tenure : person.getTenures()) {
            if (tenure.getPost() != null && tenure.getPost().getUnit() != null && tenure.getStart() != null
                    && Dated.isCurrent(tenure, asOf) && Units.isWithin(tenure.getPost().getUnit(), scope)) {
                found.add(tenure);
            }
        }
        return found;
    }
}
