package cn.qinglian.inspection;

import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import cn.qinglian.core.parts.WorkspacePart;
import cn.qinglian.inspection.model.InspectionFactory;
import cn.qinglian.inspection.model.InspectionPackage;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.sample.InspectionSample;
import cn.qinglian.model.Organisation;

/** The inspection module's data in a workspace: the file {@value #FILE_NAME} with an {@link InspectionRoot}. */
public final class InspectionPart implements WorkspacePart {

    public static final String FILE_NAME = "inspection.qinglian";

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public EPackage ePackage() {
        return InspectionPackage.eINSTANCE;
    }

    @Override
    public EObject createRoot(Organisation organisation) {
        InspectionRoot root = InspectionFactory.eINSTANCE.createInspectionRoot();
        root.setId(UUID.randomUUID().toString());
        return root;
    }

    @Override
    public void fillSample(EObject root, Organisation organisation) {
        new InspectionSample(organisation).fill((InspectionRoot) root);
    }
}
