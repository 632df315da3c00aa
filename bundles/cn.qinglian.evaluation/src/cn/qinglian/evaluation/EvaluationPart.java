package cn.qinglian.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import cn.qinglian.core.parts.WorkspacePart;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.model.EvaluationFactory;
import cn.qinglian.evaluation.model.EvaluationPackage;
import cn.qinglian.evaluation.sample.EvaluationSample;
import cn.qinglian.model.Organisation;

/**
 * The evaluation module's data in a workspace: the file {@value #FILE_NAME} with one
 * {@link Evaluation} root. The root's id is derived from the organisation's id, so a sample generated
 * twice is identical.
 */
public final class EvaluationPart implements WorkspacePart {

    public static final String FILE_NAME = "evaluation.qinglian";

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public EPackage ePackage() {
        return EvaluationPackage.eINSTANCE;
    }

    @Override
    public EObject createRoot(Organisation organisation) {
        Evaluation root = EvaluationFactory.eINSTANCE.createEvaluation();
        String seed = "evaluation:" + (organisation == null ? "" : organisation.getId());
        root.setId(UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString());
        return root;
    }

    @Override
    public void fillSample(EObject root, Organisation organisation) {
        new EvaluationSample(organisation).fill((Evaluation) root);
    }
}
