/**
 */
package cn.qinglian.evaluation.model.impl;

import cn.qinglian.evaluation.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EvaluationFactoryImpl extends EFactoryImpl implements EvaluationFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static EvaluationFactory init() {
		try {
			EvaluationFactory theEvaluationFactory = (EvaluationFactory)EPackage.Registry.INSTANCE.getEFactory(EvaluationPackage.eNS_URI);
			if (theEvaluationFactory != null) {
				return theEvaluationFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new EvaluationFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case EvaluationPackage.EVALUATION: return createEvaluation();
			case EvaluationPackage.CRITERIA_SET: return createCriteriaSet();
			case EvaluationPackage.CRITERION: return createCriterion();
			case EvaluationPackage.ASSESSMENT: return createAssessment();
			case EvaluationPackage.ASSESSMENT_ENTRY: return createAssessmentEntry();
			case EvaluationPackage.SCORE: return createScore();
			case EvaluationPackage.DUTY_REPORT: return createDutyReport();
			case EvaluationPackage.RAISED_PROBLEM: return createRaisedProblem();
			case EvaluationPackage.APPRAISAL: return createAppraisal();
			case EvaluationPackage.BALLOT: return createBallot();
			case EvaluationPackage.BALLOT_MARK: return createBallotMark();
			case EvaluationPackage.ACCOUNTABILITY_RECORD: return createAccountabilityRecord();
			case EvaluationPackage.ROTATION_PLAN: return createRotationPlan();
			case EvaluationPackage.SCHEDULED_TALK: return createScheduledTalk();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case EvaluationPackage.ASSESSMENT_KIND:
				return createAssessmentKindFromString(eDataType, initialValue);
			case EvaluationPackage.APPRAISAL_GRADE:
				return createAppraisalGradeFromString(eDataType, initialValue);
			case EvaluationPackage.ACCOUNTABILITY_CATEGORY:
				return createAccountabilityCategoryFromString(eDataType, initialValue);
			case EvaluationPackage.ACCOUNTABILITY_STATUS:
				return createAccountabilityStatusFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case EvaluationPackage.ASSESSMENT_KIND:
				return convertAssessmentKindToString(eDataType, instanceValue);
			case EvaluationPackage.APPRAISAL_GRADE:
				return convertAppraisalGradeToString(eDataType, instanceValue);
			case EvaluationPackage.ACCOUNTABILITY_CATEGORY:
				return convertAccountabilityCategoryToString(eDataType, instanceValue);
			case EvaluationPackage.ACCOUNTABILITY_STATUS:
				return convertAccountabilityStatusToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evaluation createEvaluation() {
		EvaluationImpl evaluation = new EvaluationImpl();
		return evaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriteriaSet createCriteriaSet() {
		CriteriaSetImpl criteriaSet = new CriteriaSetImpl();
		return criteriaSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criterion createCriterion() {
		CriterionImpl criterion = new CriterionImpl();
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment createAssessment() {
		AssessmentImpl assessment = new AssessmentImpl();
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentEntry createAssessmentEntry() {
		AssessmentEntryImpl assessmentEntry = new AssessmentEntryImpl();
		return assessmentEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Score createScore() {
		ScoreImpl score = new ScoreImpl();
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DutyReport createDutyReport() {
		DutyReportImpl dutyReport = new DutyReportImpl();
		return dutyReport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RaisedProblem createRaisedProblem() {
		RaisedProblemImpl raisedProblem = new RaisedProblemImpl();
		return raisedProblem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Appraisal createAppraisal() {
		AppraisalImpl appraisal = new AppraisalImpl();
		return appraisal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ballot createBallot() {
		BallotImpl ballot = new BallotImpl();
		return ballot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BallotMark createBallotMark() {
		BallotMarkImpl ballotMark = new BallotMarkImpl();
		return ballotMark;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccountabilityRecord createAccountabilityRecord() {
		AccountabilityRecordImpl accountabilityRecord = new AccountabilityRecordImpl();
		return accountabilityRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RotationPlan createRotationPlan() {
		RotationPlanImpl rotationPlan = new RotationPlanImpl();
		return rotationPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduledTalk createScheduledTalk() {
		ScheduledTalkImpl scheduledTalk = new ScheduledTalkImpl();
		return scheduledTalk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssessmentKind createAssessmentKindFromString(EDataType eDataType, String initialValue) {
		AssessmentKind result = AssessmentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssessmentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AppraisalGrade createAppraisalGradeFromString(EDataType eDataType, String initialValue) {
		AppraisalGrade result = AppraisalGrade.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAppraisalGradeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccountabilityCategory createAccountabilityCategoryFromString(EDataType eDataType, String initialValue) {
		AccountabilityCategory result = AccountabilityCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAccountabilityCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccountabilityStatus createAccountabilityStatusFromString(EDataType eDataType, String initialValue) {
		AccountabilityStatus result = AccountabilityStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAccountabilityStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationPackage getEvaluationPackage() {
		return (EvaluationPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static EvaluationPackage getPackage() {
		return EvaluationPackage.eINSTANCE;
	}

} //EvaluationFactoryImpl
