package cn.qinglian.core.workspace;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** A workspace could not be used; {@link #getMessage()} is in the default locale, zh or en. */
public class WorkspaceException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final String CAUSE_PREFIX = "cause.";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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

    /**
     * The message in {@code locale}: the path first, then the reason, then the cause if any. A locale
     * without texts of its own gets the English ones, whatever the default locale is.
     */
    public String getLocalizedMessage(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("cn.qinglian.core.workspace.messages", locale,
                WorkspaceException.class.getClassLoader(), NO_FALLBACK);
        Object[] arguments = new Object[details.length + 1];
        arguments[0] = path;
        for (int i = 0; i < details.length; i++) {
            arguments[i + 1] = details[i] instanceof Throwable t ? describe(t, bundle, locale) : details[i];
        }
        return new MessageFormat(bundle.getString(problem.name()), locale).format(arguments);
    }

    /**
     * The cause in words. File system errors often carry only a path as their message
     * ({@code AccessDeniedException: /x/y}); those get a text of their own ("permission denied: /x/y").
     */
    private static String describe(Throwable cause, ResourceBundle bundle, Locale locale) {
        String key = CAUSE_PREFIX + cause.getClass().getSimpleName();
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause instanceof FileSystemException && bundle.containsKey(key)) {
            return new MessageFormat(bundle.getString(key), locale).format(new Object[] {message});
        }
        return message;
    }

    private static Throwable causeOf(Object[] details) {
        return details.length > 0 && details[details.length - 1] instanceof Throwable t ? t : null;
    }
}
