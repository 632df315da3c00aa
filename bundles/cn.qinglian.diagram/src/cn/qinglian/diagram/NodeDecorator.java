package cn.qinglian.diagram;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import cn.qinglian.model.Organisation;

/**
 * Adds badges to the boxes of reporting-chain diagrams, e.g. a mark on posts with open findings.
 * Contributed through the extension point {@value ContributedNodeDecorators#EXTENSION_POINT}; applied to every
 * diagram the workbench shows and {@code export-diagram} writes. Implementations need a public
 * no-argument constructor, must not change the model and should be quick: they run once per box.
 */
public interface NodeDecorator {

    /**
     * The badges of the box showing {@code modelObject} (a post or a unit of {@code organisation}),
     * their texts in {@code locale}; empty for none.
     */
    List<Badge> badges(EObject modelObject, Organisation organisation, Locale locale);
}
