package cn.qinglian.award;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.AwardPackage;
import cn.qinglian.core.parts.WorkspacePart;
import cn.qinglian.model.Organisation;

/** The award module's file in a workspace, {@value #FILE_NAME}: its award types and elections. */
public final class AwardPart implements WorkspacePart {

    public static final String FILE_NAME = "award.qinglian";

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public EPackage ePackage() {
        return AwardPackage.eINSTANCE;
    }

    /** A book with the standard award types (see {@link StandardAwardTypes}). */
    @Override
    public EObject createRoot(Organisation organisation) {
        return StandardAwardTypes.newBook(organisation);
    }

    /** A few decided elections of past periods (see {@link AwardSample}). */
    @Override
    public void fillSample(EObject root, Organisation organisation) {
        new AwardSample(organisation).fill((AwardBook) root);
    }
}
