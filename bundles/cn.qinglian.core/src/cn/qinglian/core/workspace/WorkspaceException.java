package cn.qinglian.core.workspace;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** A workspace could not be used; {@link #getMessage()} is in the default locale, zh or en. */
public class WorkspaceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final WorkspaceProblem problem;
    private final Path path;
    private final transient Object[] details;

    public WorkspaceException(WorkspaceProblem problem, Path path, Object... details) {
        super(problem + ": " + path, causeOf(details));
        this.problem = problem;
        this.path = path;
        this.details = details.clone();
    }

    public WorkspaceProblem problem() {
        return problem;
    }

    public Path path() {
        return path;
    }

    @Override
    public String getMessage() {
        return getLocalizedMessage(Locale.getDefault());
    }

    /** The message in {@code locale}: the path first, then the reason, then the cause if any. */
    public String getLocalizedMessage(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("cn.qinglian.core.workspace.messages", locale,
                WorkspaceException.class.getClassLoader());
        Object[] arguments = new Object[details.length + 1];
        arguments[0] = path;
        for (int i = 0; i < details.length; i++) {
            arguments[i + 1] = details[i] instanceof Throwable t ? t.getMessage() : details[i];
        }
        return new MessageFormat(bundle.getString(problem.name()), locale).format(arguments);
    }

    private static Throwable causeOf(Object[] details) {
        return details.length > 0 && details[details.length - 1] instanceof Throwable t ? t : null;
    }
}
