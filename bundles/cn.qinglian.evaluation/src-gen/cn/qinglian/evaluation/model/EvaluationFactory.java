/**
 */
package cn.qinglian.evaluation.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see cn.qinglian.evaluation.model.EvaluationPackage
 * @generated
 */
public interface EvaluationFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EvaluationFactory eINSTANCE = cn.qinglian.evaluation.model.impl.EvaluationFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evaluation</em>'.
	 * @generated
	 */
	Evaluation createEvaluation();

	/**
	 * Returns a new object of class '<em>Criteria Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Criteria Set</em>'.
	 * @generated
	 */
	CriteriaSet createCriteriaSet();

	/**
	 * Returns a new object of class '<em>Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Criterion</em>'.
	 * @generated
	 */
	Criterion createCriterion();

	/**
	 * Returns a new object of class '<em>Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assessment</em>'.
	 * @generated
	 */
	Assessment createAssessment();

	/**
	 * Returns a new object of class '<em>Assessment Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assessment Entry</em>'.
	 * @generated
	 */
	AssessmentEntry createAssessmentEntry();

	/**
	 * Returns a new object of class '<em>Score</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Score</em>'.
	 * @generated
	 */
	Score createScore();

	/**
	 * Returns a new object of class '<em>Duty Report</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Duty Report</em>'.
	 * @generated
	 */
	DutyReport createDutyReport();

	/**
	 * Returns a new object of class '<em>Raised Problem</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Raised Problem</em>'.
	 * @generated
	 */
	RaisedProblem createRaisedProblem();

	/**
	 * Returns a new object of class '<em>Appraisal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Appraisal</em>'.
	 * @generated
	 */
	Appraisal createAppraisal();

	/**
	 * Returns a new object of class '<em>Ballot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ballot</em>'.
	 * @generated
	 */
	Ballot createBallot();

	/**
	 * Returns a new object of class '<em>Ballot Mark</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ballot Mark</em>'.
	 * @generated
	 */
	BallotMark createBallotMark();

	/**
	 * Returns a new object of class '<em>Accountability Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Accountability Record</em>'.
	 * @generated
	 */
	AccountabilityRecord createAccountabilityRecord();

	/**
	 * Returns a new object of class '<em>Rotation Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rotation Plan</em>'.
	 * @generated
	 */
	RotationPlan createRotationPlan();

	/**
	 * Returns a new object of class '<em>Scheduled Talk</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scheduled Talk</em>'.
	 * @generated
	 */
	ScheduledTalk createScheduledTalk();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	EvaluationPackage getEvaluationPackage();

} //EvaluationFactory
