package cn.qinglian.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import cn.qinglian.cli.Arguments;
import cn.qinglian.cli.CliMessages;
import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;
import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.validation.ValidationRuleRegistry;
import cn.qinglian.core.validation.WorkspaceValidator;
import cn.qinglian.core.workspace.WorkspaceException;

/**
 * {@code qinglian validate --workspace DIR [--as-of yyyy-MM-dd]}: runs every contributed validation
 * rule and prints one problem per line, {@code SEVERITY<TAB>rule-id<TAB>object-path<TAB>message}, then a
 * summary on standard error. Exit 0 without errors (warnings allowed), 1 with errors, 2 when the
 * workspace cannot be read.
 */
public class ValidateCommand implements SubCommand {

    @Override
    public int run(List<String> arguments, CommandContext context) throws UsageException {
        Arguments parsed = Arguments.parse(arguments, Set.of("workspace", "as-of"));
        if (!parsed.positional().isEmpty()) {
            throw new UsageException(CliMessages.format("unexpectedArguments", String.join(" ", parsed.positional())));
        }
        Path folder = Path.of(parsed.required("workspace")).toAbsolutePath().normalize();
        LocalDate asOf = asOf(parsed.option("as-of"));
        WorkspaceModel model;
        try {
            model = XmiWorkspaceStore.installed().load(folder);
        } catch (WorkspaceException e) {
            context.err().println(e.getMessage());
            return BAD_INPUT;
        }
        var validator = new WorkspaceValidator(new ValidationRuleRegistry(Platform.getExtensionRegistry()).rules());
        String label = CliMessages.format("validationProgress");
        Diagnostic result = validator.validate(model.organisation(), asOf, context.locale(),
                (ruleId, done, total) -> context.progress(label, done, total));
        int errors = 0;
        int warnings = 0;
        int notes = 0;
        for (Diagnostic problem : result.getChildren()) {
            context.out().println(line(problem));
            switch (severity(problem.getSeverity())) {
                case "ERROR" -> errors++;
                case "WARNING" -> warnings++;
                default -> notes++;
            }
        }
        context.err().println(CliMessages.format("validationSummary", errors, warnings, notes));
        return errors > 0 ? PROBLEMS_FOUND : OK;
    }

    /** The date of an {@code --as-of} option; today without one. */
    static LocalDate asOf(Optional<String> value) throws UsageException {
        if (value.isEmpty()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value.get().strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(CliMessages.format("badDate", value.get()));
        }
    }

    /** {@code SEVERITY<TAB>rule-id<TAB>object-path<TAB>message}, tabs and line breaks inside fields as spaces. */
    static String line(Diagnostic problem) {
        List<?> data = problem.getData();
        EObject object = !data.isEmpty() && data.get(0) instanceof EObject first ? first : null;
        return severity(problem.getSeverity()) + "\t" + field(problem.getSource()) + "\t"
                + field(ObjectPaths.path(object)) + "\t" + field(problem.getMessage());
    }

    private static String severity(int severity) {
        if (severity >= Diagnostic.ERROR) {
            return "ERROR";
        }
        return severity == Diagnostic.WARNING ? "WARNING" : "INFO";
    }

    private static String field(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
