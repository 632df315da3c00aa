package cn.qinglian.ui.internal.editors;

import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.Section;

import cn.qinglian.model.Post;
import cn.qinglian.model.QinglianPackage.Literals;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.provider.QinglianLabels;
import cn.qinglian.ui.UiMessages;

/** A unit: name, kind, competent department, description, and its posts with their current holders. */
public final class UnitEditor extends ModelEditor<Unit> {

    public static final String ID = "cn.qinglian.ui.editors.unit";

    private TableViewer posts;

    public UnitEditor() {
        super(Unit.class);
    }

    @Override
    protected String title() {
        return UiMessages.get("unitEditorTitle", QinglianLabels.name(object()),
                QinglianLabels.literal("UnitKind", object().getKind()));
    }

    @Override
    protected void createContent(Composite body) {
        Section general = section(body, UiMessages.get("sectionGeneral"), false);
        Composite fields = (Composite) general.getClient();
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(fields);
        fields().text(fields, Literals.NAMED__NAME, false);
        fields().choice(fields, Literals.UNIT__KIND);
        fields().reference(fields, Literals.UNIT__COMPETENT_DEPARTMENT,
                () -> ModelEditors.open(getSite().getPage(), object().getCompetentDepartment()));
        fields().readOnly(fields, UiMessages.get("fieldParentUnit"), () -> object().getParent() == null
                ? UiMessages.get("valueNone") : QinglianLabels.name(object().getParent()));
        fields().text(fields, Literals.UNIT__DESCRIPTION, true);

        Section postsSection = section(body, UiMessages.get("sectionPosts"), true);
        Composite client = (Composite) postsSection.getClient();
        GridLayoutFactory.swtDefaults().applyTo(client);
        posts = fields().table(client, () -> object().getPosts(), List.of(
                new FormFields.Column(UiMessages.get("columnPost"), 200, p -> QinglianLabels.name((Post) p),
                        fields()::icon),
                new FormFields.Column(UiMessages.get("columnRole"), 140,
                        p -> QinglianLabels.literal("PostRole", ((Post) p).getRole()), null),
                new FormFields.Column(UiMessages.get("columnHolders"), 280, p -> holders((Post) p), null)));
        GridDataFactory.fillDefaults().grab(true, true).hint(500, 180).applyTo(posts.getControl());
        posts.addDoubleClickListener(e -> ModelEditors.open(getSite().getPage(),
                posts.getStructuredSelection().getFirstElement()));
        getSite().setSelectionProvider(posts);
    }

    /** The post's current holders, e.g. "张三、李四". */
    private static String holders(Post post) {
        LocalDate today = LocalDate.now();
        StringJoiner names = new StringJoiner(UiMessages.get("listSeparator"));
        for (Tenure tenure : post.getTenures()) {
            if (tenure.getEnd() == null || !tenure.getEnd().isBefore(today)) {
                names.add(QinglianLabels.name(tenure.getPerson()));
            }
        }
        return names.toString();
    }

    /** The posts table. */
    public TableViewer posts() {
        return posts;
    }
}
