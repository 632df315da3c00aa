package cn.qinglian.core.persistence;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;

import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.core.workspace.WorkspaceProblem;

/** Turns what EMF reports about a failed load into one clear error with file, line and column. */
final class LoadErrors {

    private LoadErrors() {
    }

    static WorkspaceException describe(Path file, Resource resource, Exception thrown) {
        for (Resource.Diagnostic diagnostic : resource.getErrors()) {
            return new WorkspaceException(WorkspaceProblem.MALFORMED, file, diagnostic.getLine(),
                    diagnostic.getColumn(), diagnostic.getMessage());
        }
        Throwable cause = thrown;
        while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof Resource.Diagnostic) {
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof Resource.Diagnostic diagnostic) {
            return new WorkspaceException(WorkspaceProblem.MALFORMED, file, diagnostic.getLine(),
                    diagnostic.getColumn(), diagnostic.getMessage());
        }
        return new WorkspaceException(WorkspaceProblem.MALFORMED, file, 0, 0,
                cause == null ? "unknown error" : cause.getMessage());
    }
}
