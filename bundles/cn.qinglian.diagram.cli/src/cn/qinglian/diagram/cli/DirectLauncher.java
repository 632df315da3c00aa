package cn.qinglian.diagram.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.diagram.NodeDecorators;

/**
 * Runs {@code export-diagram} on a plain class path, without starting OSGi: the launch script uses it
 * when this bundle is installed, because a batch export is judged as a whole process (start-up
 * included) against Graphviz, and an OSGi start alone takes most of a second. Same arguments, output
 * and exit codes as through OSGi; {@code -nl LANGUAGE} before the command sets the language (default
 * zh_CN, as the product's {@code osgi.nl}).
 * <p>
 * Only what the command needs is on the class path (our model, core, CLI and diagram bundles, EMF,
 * PDFBox, ELK); nothing here may use the extension registry.
 */
public final class DirectLauncher {

    private DirectLauncher() {
    }

    public static void main(String[] args) {
        // EMF builds its metamodel (a quarter of a short run's time) while this thread reads the
        // arguments and messages and draws a small chart once (StartupWarmUp)
        Thread metamodel = new Thread(DirectLauncher::initialiseMetamodel, "metamodel");
        metamodel.setDaemon(true);
        metamodel.start();
        int code = run(List.of(args), System.out, System.err);
        String copies = System.getProperty(LeanCopies.FOLDER_PROPERTY);
        if (copies != null && !copies.isBlank()) {
            LeanCopies.refresh(System.getProperty("java.class.path", ""), java.nio.file.Path.of(copies));
        }
        System.exit(code);
    }

    private static void initialiseMetamodel() {
        try {
            cn.qinglian.model.QinglianPackage.eINSTANCE.getOrganisation();
        } catch (RuntimeException | LinkageError e) {
            // the command itself reports what is wrong
        }
    }

    /** Runs the command line {@code args} ({@code [-nl LANG] export-diagram ...}) and returns the exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        while (rest.size() >= 2 && (rest.get(0).equals("-nl") || rest.get(0).equals("-data"))) {
            if (rest.get(0).equals("-nl")) {
                locale = Locale.forLanguageTag(rest.get(1).replace('_', '-'));
            }
            rest = new ArrayList<>(rest.subList(2, rest.size()));
        }
        Locale.setDefault(locale);
        // while the metamodel is built: the messages and this language's number formats (their locale
        // data take milliseconds to load the first time)
        Messages.format("usage");
        Messages.format("written", "", 1, 1, 1);
        if (rest.isEmpty() || !rest.get(0).equals("export-diagram")) {
            err.println("usage: qinglian export-diagram ...");
            return SubCommand.BAD_INPUT;
        }
        Locale contextLocale = locale;
        CommandContext context = new CommandContext() {
            @Override
            public PrintStream out() {
                return out;
            }

            @Override
            public PrintStream err() {
                return err;
            }

            @Override
            public Locale locale() {
                return contextLocale;
            }
        };
        List<String> commandArgs = rest.subList(1, rest.size());
        if (commandArgs.size() == 1 && List.of("--help", "-h", "help").contains(commandArgs.get(0))) {
            out.println(Messages.format("usage"));
            return SubCommand.OK;
        }
        StartupWarmUp.run();
        try {
            return new ExportDiagramCommand(XmiWorkspaceStore::new, NodeDecorators::none).run(commandArgs, context);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(Messages.format("usage"));
            return SubCommand.BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("export-diagram: " + e);
            e.printStackTrace(err);
            return SubCommand.BAD_INPUT;
        }
    }
}
