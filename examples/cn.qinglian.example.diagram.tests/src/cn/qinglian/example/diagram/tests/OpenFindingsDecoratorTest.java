package cn.qinglian.example.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.persistence.FormatMigrations;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.diagram.Badge;
import cn.qinglian.diagram.ContributedNodeDecorators;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.Diagrams;
import cn.qinglian.diagram.LayoutOptions;
import cn.qinglian.diagram.NodeDecorators;
import cn.qinglian.diagram.render.SvgWriter;
import cn.qinglian.diagram.scope.DiagramGraphs;
import cn.qinglian.diagram.scope.UnitScope;
import cn.qinglian.example.diagram.OpenFindingsDecorator;
import cn.qinglian.inspection.InspectionPart;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.InspectionFactory;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

/** The example's decorator on the shipped L-district sample, with findings added by hand. */
class OpenFindingsDecoratorTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final OpenFindingsDecorator decorator = new OpenFindingsDecorator();
    private Organisation organisation;
    private InspectionRoot inspection;
    private Post post;

    @BeforeEach
    void loadSample() throws Exception {
        Path sample = Path.of(System.getProperty("qinglian.root", "../.."))
                .resolve("features/cn.qinglian.workbench.feature/rootfiles/common/samples/l-district");
        WorkspaceModel model = new XmiWorkspaceStore(FormatMigrations.none(), List.of(new InspectionPart())).load(sample);
        organisation = model.organisation();
        inspection = model.part(InspectionRoot.class).orElseThrow();
        post = organisation.getUnits().get(0).getChildren().stream().flatMap(unit -> unit.getPosts().stream())
                .filter(p -> inspection.getFindings().stream().noneMatch(f -> f.getPosts().contains(p)))
                .findFirst().orElseThrow();
    }

    @Test
    void aPostNamedByOpenFindingsGetsARedBadgeCountingThem() {
        assertEquals(List.of(), decorator.badges(post, organisation, ZH), "no finding names it yet");

        finding(null);
        finding(RectificationState.CLOSED);
        assertEquals(List.of(new Badge("查1", OpenFindingsDecorator.RED, "1 条问题尚未整改销号")),
                decorator.badges(post, organisation, ZH), "one without rectification; the closed one does not count");

        finding(RectificationState.IN_PROGRESS);
        assertEquals("查2", decorator.badges(post, organisation, ZH).get(0).text());
        assertEquals("F2", decorator.badges(post, organisation, Locale.ENGLISH).get(0).text());
        assertEquals(List.of(), decorator.badges(post.getUnit(), organisation, ZH), "units get none");
    }

    @Test
    void theBadgeIsInTheExportedDiagram() throws Exception {
        finding(null);
        Unit unit = post.getUnit();
        DiagramGraphs graphs = new DiagramGraphs(organisation, LocalDate.of(2019, 12, 31), ZH,
                new NodeDecorators(List.of(decorator), (message, cause) -> { }));
        DiagramGraph graph = graphs.graph(new UnitScope(ObjectPaths.unitPath(unit)), java.util.EnumSet.allOf(
                cn.qinglian.diagram.EdgeKind.class), false);
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        new SvgWriter().write(Diagrams.layout(graph, LayoutOptions.standard()), svg);

        String text = svg.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("<g class=\"badge\"><title>1 条问题尚未整改销号</title>"), text);
        assertTrue(text.contains(">查1</text>"), "the badge's text");
        assertEquals(1, text.split("class=\"badge\"", -1).length - 1, "one post has open findings");
    }

    @Test
    void theDecoratorIsContributedToTheDiagrams() {
        assertTrue(Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor(ContributedNodeDecorators.EXTENSION_POINT))
                .anyMatch(element -> OpenFindingsDecorator.class.getName().equals(element.getAttribute("class"))));
    }

    private void finding(RectificationState state) {
        Finding finding = InspectionFactory.eINSTANCE.createFinding();
        finding.setId(UUID.randomUUID().toString());
        finding.setTitle("违规接受宴请");
        finding.getPosts().add(post);
        inspection.getFindings().add(finding);
        if (state != null) {
            Rectification rectification = InspectionFactory.eINSTANCE.createRectification();
            rectification.setId(UUID.randomUUID().toString());
            rectification.setFinding(finding);
            rectification.setState(state);
            inspection.getRectifications().add(rectification);
        }
    }
}
