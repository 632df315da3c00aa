package cn.qinglian.ui.internal.editors;

import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.Section;

import cn.qinglian.model.Person;
import cn.qinglian.model.QinglianPackage.Literals;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.provider.QinglianLabels;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.internal.editing.Tenures;

/** A person: name, roster number, gender, birth year, and the tenure history (latest first) with lengths. */
public final class PersonEditor extends ModelEditor<Person> {

    public static final String ID = "cn.qinglian.ui.editors.person";

    private TableViewer tenures;

    public PersonEditor() {
        super(Person.class);
    }

    @Override
    protected String title() {
        return UiMessages.get("personEditorTitle", QinglianLabels.name(object()));
    }

    @Override
    protected void createContent(Composite body) {
        Section general = section(body, UiMessages.get("sectionGeneral"), false);
        Composite fields = (Composite) general.getClient();
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(fields);
        fields().text(fields, Literals.NAMED__NAME, false);
        fields().text(fields, Literals.PERSON__PERSON_ID, false);
        fields().choice(fields, Literals.PERSON__GENDER);
        fields().text(fields, Literals.PERSON__BIRTH_YEAR, false);

        Section history = section(body, UiMessages.get("sectionTenureHistory"), true);
        Composite client = (Composite) history.getClient();
        GridLayoutFactory.swtDefaults().applyTo(client);
        DecimalFormat years = new DecimalFormat("0.0");
        LocalDate today = LocalDate.now();
        tenures = fields().table(client, () -> Tenures.latestFirst(object().getTenures()), List.of(
                new FormFields.Column(UiMessages.get("columnPostPath"), 360,
                        t -> Tenures.postPath(((Tenure) t).getPost()), t -> fields().icon(((Tenure) t).getPost())),
                new FormFields.Column(UiMessages.get("columnStart"), 100,
                        t -> QinglianLabels.date(((Tenure) t).getStart()), null),
                new FormFields.Column(UiMessages.get("columnEnd"), 100, t -> end((Tenure) t), null),
                new FormFields.Column(UiMessages.get("columnYears"), 70,
                        t -> years.format(Tenures.years((Tenure) t, today)), null)));
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 160).applyTo(tenures.getControl());
        tenures.addDoubleClickListener(e -> {
            if (tenures.getStructuredSelection().getFirstElement() instanceof Tenure tenure) {
                ModelEditors.open(getSite().getPage(), tenure.getPost());
            }
        });
        getSite().setSelectionProvider(tenures);
    }

    static String end(Tenure tenure) {
        return tenure.getEnd() == null ? UiMessages.get("tenureCurrent") : QinglianLabels.date(tenure.getEnd());
    }

    /** The tenure history table. */
    public TableViewer tenures() {
        return tenures;
    }
}
