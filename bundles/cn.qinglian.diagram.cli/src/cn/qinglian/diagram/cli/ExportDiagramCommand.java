package cn.qinglian.diagram.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import cn.qinglian.cli.Arguments;
import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.diagram.Diagram;
import cn.qinglian.diagram.DiagramGraph;
import cn.qinglian.diagram.Diagrams;
import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.ContributedNodeDecorators;
import cn.qinglian.diagram.NodeDecorators;
import cn.qinglian.diagram.LayoutOptions;
import cn.qinglian.diagram.render.DiagramExporter;
import cn.qinglian.diagram.render.DiagramFormat;
import cn.qinglian.diagram.render.ExportOptions;
import cn.qinglian.diagram.render.FontNotFoundException;
import cn.qinglian.diagram.render.Paper;
import cn.qinglian.diagram.scope.AllScope;
import cn.qinglian.diagram.scope.ChainScope;
import cn.qinglian.diagram.scope.DiagramGraphs;
import cn.qinglian.diagram.scope.DiagramScope;
import cn.qinglian.diagram.scope.ScopeException;
import cn.qinglian.model.Unit;

/**
 * {@code qinglian export-diagram --workspace DIR --scope SCOPE --format svg|png|pdf --out FILE ...}: lays
 * out one diagram and writes it; with {@code --scope each-unit} writes one diagram per station into the
 * folder {@code --out}, with progress. Prints each file written on standard output and a summary on
 * standard error. Exit 0 when written, 2 on bad input (unknown unit, post or person — named in the
 * message —, unreadable workspace, no CJK font for PNG/PDF, a file that cannot be written).
 */
public class ExportDiagramCommand implements SubCommand {

    private final Supplier<XmiWorkspaceStore> stores;
    private final Supplier<NodeDecorators> decorators;

    /**
     * The command as the extension registry creates it: the workspace with every installed module's
     * data, the contributed diagram decorators.
     */
    public ExportDiagramCommand() {
        this(XmiWorkspaceStore::installed, ContributedNodeDecorators::installed);
    }

    /**
     * The command reading workspaces with {@code stores} and decorating with {@code decorators} (the
     * launch script's plain class path, without OSGi, has no modules and no decorators).
     */
    public ExportDiagramCommand(Supplier<XmiWorkspaceStore> stores, Supplier<NodeDecorators> decorators) {
        this.stores = stores;
        this.decorators = decorators;
    }

    static final String EACH_UNIT = "each-unit";
    private static final Set<String> OPTIONS = Set.of("workspace", "scope", "format", "out", "kinds", "dpi", "paper",
            "font", "hierarchy", "layout", "as-of");

    @Override
    public int run(List<String> arguments, CommandContext context) throws UsageException {
        Arguments parsed = Arguments.parse(arguments, OPTIONS);
        if (!parsed.positional().isEmpty()) {
            throw new UsageException(Messages.format("unexpectedArguments", String.join(" ", parsed.positional())));
        }
        Path folder = Path.of(parsed.required("workspace")).toAbsolutePath().normalize();
        String scopeText = parsed.required("scope").strip();
        Path out = Path.of(parsed.required("out")).toAbsolutePath().normalize();
        boolean eachUnit = scopeText.equals(EACH_UNIT);
        DiagramFormat format = format(parsed.option("format"), eachUnit ? null : out);
        Set<EdgeKind> kinds = kinds(parsed.option("kinds"));
        ExportOptions export = new ExportOptions(dpi(parsed.option("dpi")), paper(parsed.option("paper")),
                parsed.option("font").map(Path::of).orElse(null));
        LocalDate asOf = asOf(parsed.option("as-of"));
        LayoutOptions.Engine engine = engine(parsed.option("layout"));
        Optional<Boolean> hierarchy = hierarchy(parsed.option("hierarchy"));
        DiagramScope scope = null;
        if (!eachUnit) {
            try {
                scope = DiagramScope.parse(scopeText);
            } catch (ScopeException e) {
                throw new UsageException(e.getMessage());
            }
        }
        DiagramExporter exporter;
        try {
            exporter = new DiagramExporter(format, export);
        } catch (FontNotFoundException e) {
            context.err().println(e.getMessage());
            return BAD_INPUT;
        }
        WorkspaceModel model;
        try {
            model = stores.get().load(folder);
        } catch (WorkspaceException e) {
            context.err().println(e.getMessage());
            return BAD_INPUT;
        }
        DiagramGraphs graphs = new DiagramGraphs(model.organisation(), asOf, context.locale(), decorators.get());
        LayoutOptions layout = LayoutOptions.standard().withEngine(engine);
        try {
            if (eachUnit) {
                return eachUnit(graphs, kinds, hierarchy.orElse(true), layout, exporter, format, out, context);
            }
            boolean boxes = hierarchy.orElse(!(scope instanceof ChainScope || scope instanceof AllScope));
            DiagramGraph graph = graphs.graph(scope, kinds, boxes);
            Diagram diagram = exporter.layout(graph, layout);
            FutureTask<Long> crossings = new FutureTask<>(() -> Diagrams.crossings(diagram));
            Thread.ofPlatform().daemon().name("crossings").start(crossings); // counted while the file is written
            exporter.write(diagram, out);
            context.out().println(out);
            context.err().println(Messages.format("written", out, diagram.nodes().size(), diagram.edges().size(),
                    crossings(crossings)));
            return OK;
        } catch (ScopeException e) {
            context.err().println(e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            context.err().println(Messages.format("cannotWrite", out, e.getMessage()));
            return BAD_INPUT;
        }
    }

    private static long crossings(FutureTask<Long> count) {
        try {
            return count.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int eachUnit(DiagramGraphs graphs, Set<EdgeKind> kinds, boolean boxes, LayoutOptions layout,
            DiagramExporter exporter, DiagramFormat format, Path folder, CommandContext context) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            context.err().println(Messages.format("cannotWrite", folder, e.getMessage()));
            return BAD_INPUT;
        }
        List<Unit> stations = graphs.stations();
        String label = Messages.format("eachUnitProgress");
        int done = 0;
        for (Unit station : stations) {
            Path file = folder.resolve(fileName(ObjectPaths.unitPath(station), format));
            try {
                Diagram diagram = exporter.layout(graphs.unit(station, kinds, boxes), layout);
                exporter.write(diagram, file);
            } catch (IOException e) {
                context.err().println(Messages.format("cannotWrite", file, e.getMessage()));
                return BAD_INPUT;
            }
            context.out().println(file);
            context.progress(label, ++done, stations.size());
        }
        context.err().println(Messages.format("eachUnitDone", stations.size(), folder));
        return OK;
    }

    /** A file name from a unit path: separators become '-', characters no file system allows become '_'. */
    static String fileName(String unitPath, DiagramFormat format) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < unitPath.length(); i++) {
            char c = unitPath.charAt(i);
            if (c == '/') {
                name.append('-');
            } else if (c < 0x20 || "\\:*?\"<>|#".indexOf(c) >= 0) {
                name.append('_');
            } else {
                name.append(c);
            }
        }
        return name + "." + format.extension();
    }

    private static DiagramFormat format(Optional<String> option, Path out) throws UsageException {
        if (option.isPresent()) {
            return DiagramFormat.byName(option.get())
                    .orElseThrow(() -> new UsageException(Messages.format("badFormat", option.get())));
        }
        if (out != null) {
            String name = out.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                Optional<DiagramFormat> byExtension = DiagramFormat.byName(name.substring(dot + 1));
                if (byExtension.isPresent()) {
                    return byExtension.get();
                }
            }
        }
        throw new UsageException(Messages.format("missingFormat"));
    }

    static Set<EdgeKind> kinds(Optional<String> option) throws UsageException {
        if (option.isEmpty()) {
            return EdgeKind.selectable();
        }
        Set<EdgeKind> kinds = EnumSet.noneOf(EdgeKind.class);
        for (String name : option.get().split(",")) {
            if (name.isBlank()) {
                continue;
            }
            EdgeKind kind = EdgeKind.byCliName(name).filter(EdgeKind::isSelectable)
                    .orElseThrow(() -> new UsageException(Messages.format("badKind", name.strip())));
            kinds.add(kind);
        }
        if (kinds.isEmpty()) {
            throw new UsageException(Messages.format("badKind", option.get()));
        }
        return kinds;
    }

    private static int dpi(Optional<String> option) throws UsageException {
        if (option.isEmpty()) {
            return ExportOptions.standard().dpi();
        }
        try {
            int dpi = Integer.parseInt(option.get().strip());
            if (dpi >= 18 && dpi <= 1200) {
                return dpi;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(Messages.format("badDpi", option.get()));
    }

    private static Paper paper(Optional<String> option) throws UsageException {
        if (option.isEmpty()) {
            return Paper.A4;
        }
        return switch (option.get().strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> Paper.A4;
            case "a3" -> Paper.A3;
            default -> throw new UsageException(Messages.format("badPaper", option.get()));
        };
    }

    private static LayoutOptions.Engine engine(Optional<String> option) throws UsageException {
        if (option.isEmpty()) {
            return LayoutOptions.Engine.LAYERED;
        }
        return switch (option.get().strip().toLowerCase(Locale.ROOT)) {
            case "layered" -> LayoutOptions.Engine.LAYERED;
            case "elk" -> LayoutOptions.Engine.ELK;
            default -> throw new UsageException(Messages.format("badLayout", option.get()));
        };
    }

    private static Optional<Boolean> hierarchy(Optional<String> option) throws UsageException {
        if (option.isEmpty()) {
            return Optional.empty();
        }
        return switch (option.get().strip().toLowerCase(Locale.ROOT)) {
            case "boxes" -> Optional.of(true);
            case "none" -> Optional.of(false);
            default -> throw new UsageException(Messages.format("badHierarchy", option.get()));
        };
    }

    private static LocalDate asOf(Optional<String> value) throws UsageException {
        if (value.isEmpty()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value.get().strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(Messages.format("badDate", value.get()));
        }
    }
}
