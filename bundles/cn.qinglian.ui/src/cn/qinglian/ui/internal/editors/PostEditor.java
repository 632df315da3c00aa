package cn.qinglian.ui.internal.editors;

import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.Section;

import cn.qinglian.model.Post;
import cn.qinglian.model.QinglianPackage.Literals;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.provider.QinglianLabels;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.internal.editing.Tenures;

/** A post: title, role, its unit, and everyone who held it (latest first) with dates and years. */
public final class PostEditor extends ModelEditor<Post> {

    public static final String ID = "cn.qinglian.ui.editors.post";

    private TableViewer holders;

    public PostEditor() {
        super(Post.class);
    }

    @Override
    protected String title() {
        return UiMessages.get("postEditorTitle", Tenures.postPath(object()));
    }

    @Override
    protected void createContent(Composite body) {
        Section general = section(body, UiMessages.get("sectionGeneral"), false);
        Composite fields = (Composite) general.getClient();
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(fields);
        fields().text(fields, Literals.NAMED__NAME, false);
        fields().choice(fields, Literals.POST__ROLE);
        fields().readOnly(fields, UiMessages.get("fieldUnit"),
                () -> object().getUnit() == null ? UiMessages.get("valueNone") : QinglianLabels.name(object().getUnit()));

        Section history = section(body, UiMessages.get("sectionHolders"), true);
        Composite client = (Composite) history.getClient();
        GridLayoutFactory.swtDefaults().applyTo(client);
        DecimalFormat years = new DecimalFormat("0.0");
        LocalDate today = LocalDate.now();
        holders = fields().table(client, () -> Tenures.latestFirst(object().getTenures()), List.of(
                new FormFields.Column(UiMessages.get("columnPerson"), 160,
                        t -> QinglianLabels.name(((Tenure) t).getPerson()), t -> fields().icon(t)),
                new FormFields.Column(UiMessages.get("columnStart"), 100,
                        t -> QinglianLabels.date(((Tenure) t).getStart()), null),
                new FormFields.Column(UiMessages.get("columnEnd"), 100, t -> PersonEditor.end((Tenure) t), null),
                new FormFields.Column(UiMessages.get("columnYears"), 70,
                        t -> years.format(Tenures.years((Tenure) t, today)), null)));
        GridDataFactory.fillDefaults().grab(true, true).hint(500, 160).applyTo(holders.getControl());
        holders.addDoubleClickListener(e -> ModelEditors.open(getSite().getPage(),
                holders.getStructuredSelection().getFirstElement()));
        getSite().setSelectionProvider(holders);
    }

    /** The holders table. */
    public TableViewer holders() {
        return holders;
    }
}
