/**
 */
package cn.qinglian.evaluation.model.util;

import cn.qinglian.evaluation.model.*;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Named;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see cn.qinglian.evaluation.model.EvaluationPackage
 * @generated
 */
public class EvaluationAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static EvaluationPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = EvaluationPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvaluationSwitch<Adapter> modelSwitch =
		new EvaluationSwitch<Adapter>() {
			@Override
			public Adapter caseEvaluation(Evaluation object) {
				return createEvaluationAdapter();
			}
			@Override
			public Adapter caseCriteriaSet(CriteriaSet object) {
				return createCriteriaSetAdapter();
			}
			@Override
			public Adapter caseCriterion(Criterion object) {
				return createCriterionAdapter();
			}
			@Override
			public Adapter caseAssessment(Assessment object) {
				return createAssessmentAdapter();
			}
			@Override
			public Adapter caseAssessmentEntry(AssessmentEntry object) {
				return createAssessmentEntryAdapter();
			}
			@Override
			public Adapter caseScore(Score object) {
				return createScoreAdapter();
			}
			@Override
			public Adapter caseDutyReport(DutyReport object) {
				return createDutyReportAdapter();
			}
			@Override
			public Adapter caseRaisedProblem(RaisedProblem object) {
				return createRaisedProblemAdapter();
			}
			@Override
			public Adapter caseAppraisal(Appraisal object) {
				return createAppraisalAdapter();
			}
			@Override
			public Adapter caseBallot(Ballot object) {
				return createBallotAdapter();
			}
			@Override
			public Adapter caseBallotMark(BallotMark object) {
				return createBallotMarkAdapter();
			}
			@Override
			public Adapter caseAccountabilityRecord(AccountabilityRecord object) {
				return createAccountabilityRecordAdapter();
			}
			@Override
			public Adapter caseRotationPlan(RotationPlan object) {
				return createRotationPlanAdapter();
			}
			@Override
			public Adapter caseScheduledTalk(ScheduledTalk object) {
				return createScheduledTalkAdapter();
			}
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseNamed(Named object) {
				return createNamedAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.evaluation.model.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.evaluation.model.Evaluation
	 * @generated
	 */
	public Adapter createEvaluationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.evaluation.model.CriteriaSet <em>Criteria Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.evaluation.model.CriteriaSet
	 * @generated
	 */
	public Adapter createCriteriaSetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.evaluation.model.Criterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.evaluation.model.Criterion
	 * @generated
	 */
	public Adapter createCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.evaluation.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.evaluation.model.Assessment
	 * @generated
	 */
	public Adapter createAssessmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.evaluation.model.AssessmentEntry <em>Assessment Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.evaluation.model.AssessmentEntry
	 * @generated
	 */
	public Adapter createAssessmentEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.evaluation.model.Score <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.evaluation.model.Score
	 * @generated
	 */
	public Adapter createScoreAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.evaluation.model.DutyReport <em>Duty Report</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.evaluation.model.DutyReport
	 * @generated
	 */
	public Adapter createDutyReportAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.evaluation.model.RaisedProblem <em>Raised Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.evaluation.model.RaisedProblem
	 * @generated
	 */
	public Adapter createRaisedProblemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.evaluation.model.Appraisal <em>Appraisal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.evaluation.model.Appraisal
	 * @generated
	 */
	public Adapter createAppraisalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.evaluation.model.Ballot <em>Ballot</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.evaluation.model.Ballot
	 * @generated
	 */
	public Adapter createBallotAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.evaluation.model.BallotMark <em>Ballot Mark</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.evaluation.model.BallotMark
	 * @generated
	 */
	public Adapter createBallotMarkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.evaluation.model.AccountabilityRecord <em>Accountability Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.evaluation.model.AccountabilityRecord
	 * @generated
	 */
	public Adapter createAccountabilityRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.evaluation.model.RotationPlan <em>Rotation Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.evaluation.model.RotationPlan
	 * @generated
	 */
	public Adapter createRotationPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.evaluation.model.ScheduledTalk <em>Scheduled Talk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.evaluation.model.ScheduledTalk
	 * @generated
	 */
	public Adapter createScheduledTalkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.model.Named
	 * @generated
	 */
	public Adapter createNamedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //EvaluationAdapterFactory
