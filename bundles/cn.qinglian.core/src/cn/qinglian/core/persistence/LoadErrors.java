package cn.qinglian.core.persistence;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.core.workspace.WorkspaceProblem;

/**
 * Turns what EMF reports about a failed load into one clear error with file, line and column. The
 * first error EMF recorded on the resource wins (a dangling id is recorded there, not thrown); a
 * parser failure is found in the chain of causes.
 */
final class LoadErrors {

    /** EMF repeats the location at the end of its messages: " (file:/…/x.qinglian, 3, 14)". */
    private static final Pattern LOCATION_SUFFIX = Pattern.compile("\\s*\\([^()]*, -?\\d+, -?\\d+\\)$");

    private LoadErrors() {
    }

    static WorkspaceException describe(Path file, Resource resource, Throwable thrown) {
        if (!resource.getErrors().isEmpty()) {
            return describe(file, resource.getErrors().get(0));
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SAXParseException parse) {
                return malformed(file, parse.getLineNumber(), parse.getColumnNumber(), parse.getMessage());
            }
            if (cause instanceof Resource.Diagnostic diagnostic) {
                return describe(file, diagnostic);
            }
        }
        return malformed(file, 0, 0, thrown == null ? "unknown error" : String.valueOf(thrown.getMessage()));
    }

    private static WorkspaceException describe(Path file, Resource.Diagnostic diagnostic) {
        int line = diagnostic.getLine();
        int column = diagnostic.getColumn();
        if (diagnostic instanceof UnresolvedReferenceException unresolved) {
            return new WorkspaceException(WorkspaceProblem.UNRESOLVED_REFERENCE, file, line, column,
                    nameOf(unresolved.getFeature()), unresolved.getReference());
        }
        if (diagnostic instanceof FeatureNotFoundException unknown) {
            return new WorkspaceException(WorkspaceProblem.UNKNOWN_CONTENT, file, line, column, unknown.getName());
        }
        if (diagnostic instanceof IllegalValueException illegal) {
            return new WorkspaceException(WorkspaceProblem.INVALID_VALUE, file, line, column,
                    String.valueOf(illegal.getValue()), nameOf(illegal.getFeature()));
        }
        if (diagnostic instanceof XMIException wrapper && wrapper.getCause() instanceof SAXParseException parse) {
            return malformed(file, parse.getLineNumber(), parse.getColumnNumber(), parse.getMessage());
        }
        return malformed(file, line, column, LOCATION_SUFFIX.matcher(diagnostic.getMessage()).replaceFirst(""));
    }

    /** "Tenure.post": the class that declares the feature and the feature's name as in the file. */
    private static String nameOf(EStructuralFeature feature) {
        return feature == null ? "?" : feature.getEContainingClass().getName() + "." + feature.getName();
    }

    private static WorkspaceException malformed(Path file, int line, int column, String reason) {
        return new WorkspaceException(WorkspaceProblem.MALFORMED, file, line, column, reason);
    }
}
