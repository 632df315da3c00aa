/**
 */
package cn.qinglian.evaluation.model.impl;

import cn.qinglian.evaluation.model.AccountabilityCategory;
import cn.qinglian.evaluation.model.AccountabilityRecord;
import cn.qinglian.evaluation.model.AccountabilityStatus;
import cn.qinglian.evaluation.model.Appraisal;
import cn.qinglian.evaluation.model.AppraisalGrade;
import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.AssessmentEntry;
import cn.qinglian.evaluation.model.AssessmentKind;
import cn.qinglian.evaluation.model.Ballot;
import cn.qinglian.evaluation.model.BallotMark;
import cn.qinglian.evaluation.model.CriteriaSet;
import cn.qinglian.evaluation.model.Criterion;
import cn.qinglian.evaluation.model.DutyReport;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.model.EvaluationFactory;
import cn.qinglian.evaluation.model.EvaluationPackage;
import cn.qinglian.evaluation.model.RaisedProblem;
import cn.qinglian.evaluation.model.RotationPlan;
import cn.qinglian.evaluation.model.ScheduledTalk;
import cn.qinglian.evaluation.model.Score;

import cn.qinglian.model.QinglianPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EvaluationPackageImpl extends EPackageImpl implements EvaluationPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evaluationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass criteriaSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass criterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dutyReportEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass raisedProblemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass appraisalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ballotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ballotMarkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accountabilityRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rotationPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scheduledTalkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assessmentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum appraisalGradeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum accountabilityCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum accountabilityStatusEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private EvaluationPackageImpl() {
		super(eNS_URI, EvaluationFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link EvaluationPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static EvaluationPackage init() {
		if (isInited) return (EvaluationPackage)EPackage.Registry.INSTANCE.getEPackage(EvaluationPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredEvaluationPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		EvaluationPackageImpl theEvaluationPackage = registeredEvaluationPackage instanceof EvaluationPackageImpl ? (EvaluationPackageImpl)registeredEvaluationPackage : new EvaluationPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		QinglianPackage.eINSTANCE.eClass();
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theEvaluationPackage.createPackageContents();

		// Initialize created meta-data
		theEvaluationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theEvaluationPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(EvaluationPackage.eNS_URI, theEvaluationPackage);
		return theEvaluationPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvaluation() {
		return evaluationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_CriteriaSets() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_Assessments() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_DutyReports() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_Appraisals() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_AccountabilityRecords() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_RotationPlans() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_Talks() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCriteriaSet() {
		return criteriaSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCriteriaSet_Criteria() {
		return (EReference)criteriaSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriteriaSet_Description() {
		return (EAttribute)criteriaSetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCriterion() {
		return criterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Weight() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_MinScore() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_MaxScore() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_ComputedBy() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_DeductionPerUnit() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Description() {
		return (EAttribute)criterionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessment() {
		return assessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Kind() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Year() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_PeriodStart() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_PeriodEnd() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_CriteriaSet() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Entries() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_LastPlaces() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessmentEntry() {
		return assessmentEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessmentEntry_Unit() {
		return (EReference)assessmentEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessmentEntry_Person() {
		return (EReference)assessmentEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentEntry_RankingGroup() {
		return (EAttribute)assessmentEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessmentEntry_Scores() {
		return (EReference)assessmentEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessmentEntry_Remarks() {
		return (EAttribute)assessmentEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScore() {
		return scoreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScore_Criterion() {
		return (EReference)scoreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Value() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Note() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDutyReport() {
		return dutyReportEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDutyReport_Leader() {
		return (EReference)dutyReportEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDutyReport_Post() {
		return (EReference)dutyReportEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDutyReport_Year() {
		return (EAttribute)dutyReportEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDutyReport_Date() {
		return (EAttribute)dutyReportEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDutyReport_Summary() {
		return (EAttribute)dutyReportEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDutyReport_Problems() {
		return (EReference)dutyReportEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRaisedProblem() {
		return raisedProblemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaisedProblem_Description() {
		return (EAttribute)raisedProblemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaisedProblem_RaisedBy() {
		return (EAttribute)raisedProblemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaisedProblem_FollowUp() {
		return (EAttribute)raisedProblemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaisedProblem_DueDate() {
		return (EAttribute)raisedProblemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaisedProblem_ClosedOn() {
		return (EAttribute)raisedProblemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAppraisal() {
		return appraisalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppraisal_Year() {
		return (EAttribute)appraisalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppraisal_Date() {
		return (EAttribute)appraisalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAppraisal_Candidates() {
		return (EReference)appraisalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppraisal_EligibleVoters() {
		return (EAttribute)appraisalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppraisal_IssuedTokens() {
		return (EAttribute)appraisalEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAppraisal_Ballots() {
		return (EReference)appraisalEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppraisal_Closed() {
		return (EAttribute)appraisalEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBallot() {
		return ballotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBallot_Token() {
		return (EAttribute)ballotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBallot_Marks() {
		return (EReference)ballotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBallotMark() {
		return ballotMarkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBallotMark_Candidate() {
		return (EReference)ballotMarkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBallotMark_Grade() {
		return (EAttribute)ballotMarkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccountabilityRecord() {
		return accountabilityRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountabilityRecord_Category() {
		return (EAttribute)accountabilityRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountabilityRecord_Status() {
		return (EAttribute)accountabilityRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountabilityRecord_Person() {
		return (EReference)accountabilityRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountabilityRecord_Unit() {
		return (EReference)accountabilityRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountabilityRecord_Post() {
		return (EReference)accountabilityRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountabilityRecord_Date() {
		return (EAttribute)accountabilityRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountabilityRecord_Description() {
		return (EAttribute)accountabilityRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccountabilityRecord_Measure() {
		return (EAttribute)accountabilityRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountabilityRecord_Assessment() {
		return (EReference)accountabilityRecordEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccountabilityRecord_Cause() {
		return (EReference)accountabilityRecordEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRotationPlan() {
		return rotationPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRotationPlan_Person() {
		return (EReference)rotationPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRotationPlan_FromPost() {
		return (EReference)rotationPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRotationPlan_ToUnit() {
		return (EReference)rotationPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRotationPlan_PlannedDate() {
		return (EAttribute)rotationPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRotationPlan_CompletedOn() {
		return (EAttribute)rotationPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRotationPlan_Note() {
		return (EAttribute)rotationPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScheduledTalk() {
		return scheduledTalkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheduledTalk_Officer() {
		return (EReference)scheduledTalkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheduledTalk_Interviewer() {
		return (EReference)scheduledTalkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledTalk_DueDate() {
		return (EAttribute)scheduledTalkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledTalk_HeldOn() {
		return (EAttribute)scheduledTalkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledTalk_Topics() {
		return (EAttribute)scheduledTalkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledTalk_Summary() {
		return (EAttribute)scheduledTalkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssessmentKind() {
		return assessmentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAppraisalGrade() {
		return appraisalGradeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAccountabilityCategory() {
		return accountabilityCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAccountabilityStatus() {
		return accountabilityStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationFactory getEvaluationFactory() {
		return (EvaluationFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		evaluationEClass = createEClass(EVALUATION);
		createEReference(evaluationEClass, EVALUATION__CRITERIA_SETS);
		createEReference(evaluationEClass, EVALUATION__ASSESSMENTS);
		createEReference(evaluationEClass, EVALUATION__DUTY_REPORTS);
		createEReference(evaluationEClass, EVALUATION__APPRAISALS);
		createEReference(evaluationEClass, EVALUATION__ACCOUNTABILITY_RECORDS);
		createEReference(evaluationEClass, EVALUATION__ROTATION_PLANS);
		createEReference(evaluationEClass, EVALUATION__TALKS);

		criteriaSetEClass = createEClass(CRITERIA_SET);
		createEReference(criteriaSetEClass, CRITERIA_SET__CRITERIA);
		createEAttribute(criteriaSetEClass, CRITERIA_SET__DESCRIPTION);

		criterionEClass = createEClass(CRITERION);
		createEAttribute(criterionEClass, CRITERION__WEIGHT);
		createEAttribute(criterionEClass, CRITERION__MIN_SCORE);
		createEAttribute(criterionEClass, CRITERION__MAX_SCORE);
		createEAttribute(criterionEClass, CRITERION__COMPUTED_BY);
		createEAttribute(criterionEClass, CRITERION__DEDUCTION_PER_UNIT);
		createEAttribute(criterionEClass, CRITERION__DESCRIPTION);

		assessmentEClass = createEClass(ASSESSMENT);
		createEAttribute(assessmentEClass, ASSESSMENT__KIND);
		createEAttribute(assessmentEClass, ASSESSMENT__YEAR);
		createEAttribute(assessmentEClass, ASSESSMENT__PERIOD_START);
		createEAttribute(assessmentEClass, ASSESSMENT__PERIOD_END);
		createEReference(assessmentEClass, ASSESSMENT__CRITERIA_SET);
		createEReference(assessmentEClass, ASSESSMENT__ENTRIES);
		createEAttribute(assessmentEClass, ASSESSMENT__LAST_PLACES);

		assessmentEntryEClass = createEClass(ASSESSMENT_ENTRY);
		createEReference(assessmentEntryEClass, ASSESSMENT_ENTRY__UNIT);
		createEReference(assessmentEntryEClass, ASSESSMENT_ENTRY__PERSON);
		createEAttribute(assessmentEntryEClass, ASSESSMENT_ENTRY__RANKING_GROUP);
		createEReference(assessmentEntryEClass, ASSESSMENT_ENTRY__SCORES);
		createEAttribute(assessmentEntryEClass, ASSESSMENT_ENTRY__REMARKS);

		scoreEClass = createEClass(SCORE);
		createEReference(scoreEClass, SCORE__CRITERION);
		createEAttribute(scoreEClass, SCORE__VALUE);
		createEAttribute(scoreEClass, SCORE__NOTE);

		dutyReportEClass = createEClass(DUTY_REPORT);
		createEReference(dutyReportEClass, DUTY_REPORT__LEADER);
		createEReference(dutyReportEClass, DUTY_REPORT__POST);
		createEAttribute(dutyReportEClass, DUTY_REPORT__YEAR);
		createEAttribute(dutyReportEClass, DUTY_REPORT__DATE);
		createEAttribute(dutyReportEClass, DUTY_REPORT__SUMMARY);
		createEReference(dutyReportEClass, DUTY_REPORT__PROBLEMS);

		raisedProblemEClass = createEClass(RAISED_PROBLEM);
		createEAttribute(raisedProblemEClass, RAISED_PROBLEM__DESCRIPTION);
		createEAttribute(raisedProblemEClass, RAISED_PROBLEM__RAISED_BY);
		createEAttribute(raisedProblemEClass, RAISED_PROBLEM__FOLLOW_UP);
		createEAttribute(raisedProblemEClass, RAISED_PROBLEM__DUE_DATE);
		createEAttribute(raisedProblemEClass, RAISED_PROBLEM__CLOSED_ON);

		appraisalEClass = createEClass(APPRAISAL);
		createEAttribute(appraisalEClass, APPRAISAL__YEAR);
		createEAttribute(appraisalEClass, APPRAISAL__DATE);
		createEReference(appraisalEClass, APPRAISAL__CANDIDATES);
		createEAttribute(appraisalEClass, APPRAISAL__ELIGIBLE_VOTERS);
		createEAttribute(appraisalEClass, APPRAISAL__ISSUED_TOKENS);
		createEReference(appraisalEClass, APPRAISAL__BALLOTS);
		createEAttribute(appraisalEClass, APPRAISAL__CLOSED);

		ballotEClass = createEClass(BALLOT);
		createEAttribute(ballotEClass, BALLOT__TOKEN);
		createEReference(ballotEClass, BALLOT__MARKS);

		ballotMarkEClass = createEClass(BALLOT_MARK);
		createEReference(ballotMarkEClass, BALLOT_MARK__CANDIDATE);
		createEAttribute(ballotMarkEClass, BALLOT_MARK__GRADE);

		accountabilityRecordEClass = createEClass(ACCOUNTABILITY_RECORD);
		createEAttribute(accountabilityRecordEClass, ACCOUNTABILITY_RECORD__CATEGORY);
		createEAttribute(accountabilityRecordEClass, ACCOUNTABILITY_RECORD__STATUS);
		createEReference(accountabilityRecordEClass, ACCOUNTABILITY_RECORD__PERSON);
		createEReference(accountabilityRecordEClass, ACCOUNTABILITY_RECORD__UNIT);
		createEReference(accountabilityRecordEClass, ACCOUNTABILITY_RECORD__POST);
		createEAttribute(accountabilityRecordEClass, ACCOUNTABILITY_RECORD__DATE);
		createEAttribute(accountabilityRecordEClass, ACCOUNTABILITY_RECORD__DESCRIPTION);
		createEAttribute(accountabilityRecordEClass, ACCOUNTABILITY_RECORD__MEASURE);
		createEReference(accountabilityRecordEClass, ACCOUNTABILITY_RECORD__ASSESSMENT);
		createEReference(accountabilityRecordEClass, ACCOUNTABILITY_RECORD__CAUSE);

		rotationPlanEClass = createEClass(ROTATION_PLAN);
		createEReference(rotationPlanEClass, ROTATION_PLAN__PERSON);
		createEReference(rotationPlanEClass, ROTATION_PLAN__FROM_POST);
		createEReference(rotationPlanEClass, ROTATION_PLAN__TO_UNIT);
		createEAttribute(rotationPlanEClass, ROTATION_PLAN__PLANNED_DATE);
		createEAttribute(rotationPlanEClass, ROTATION_PLAN__COMPLETED_ON);
		createEAttribute(rotationPlanEClass, ROTATION_PLAN__NOTE);

		scheduledTalkEClass = createEClass(SCHEDULED_TALK);
		createEReference(scheduledTalkEClass, SCHEDULED_TALK__OFFICER);
		createEReference(scheduledTalkEClass, SCHEDULED_TALK__INTERVIEWER);
		createEAttribute(scheduledTalkEClass, SCHEDULED_TALK__DUE_DATE);
		createEAttribute(scheduledTalkEClass, SCHEDULED_TALK__HELD_ON);
		createEAttribute(scheduledTalkEClass, SCHEDULED_TALK__TOPICS);
		createEAttribute(scheduledTalkEClass, SCHEDULED_TALK__SUMMARY);

		// Create enums
		assessmentKindEEnum = createEEnum(ASSESSMENT_KIND);
		appraisalGradeEEnum = createEEnum(APPRAISAL_GRADE);
		accountabilityCategoryEEnum = createEEnum(ACCOUNTABILITY_CATEGORY);
		accountabilityStatusEEnum = createEEnum(ACCOUNTABILITY_STATUS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		QinglianPackage theQinglianPackage = (QinglianPackage)EPackage.Registry.INSTANCE.getEPackage(QinglianPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		evaluationEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		criteriaSetEClass.getESuperTypes().add(theQinglianPackage.getNamed());
		criterionEClass.getESuperTypes().add(theQinglianPackage.getNamed());
		assessmentEClass.getESuperTypes().add(theQinglianPackage.getNamed());
		assessmentEntryEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		dutyReportEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		raisedProblemEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		appraisalEClass.getESuperTypes().add(theQinglianPackage.getNamed());
		ballotEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		accountabilityRecordEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		rotationPlanEClass.getESuperTypes().add(theQinglianPackage.getIdentified());
		scheduledTalkEClass.getESuperTypes().add(theQinglianPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(evaluationEClass, Evaluation.class, "Evaluation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEvaluation_CriteriaSets(), this.getCriteriaSet(), null, "criteriaSets", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluation_Assessments(), this.getAssessment(), null, "assessments", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluation_DutyReports(), this.getDutyReport(), null, "dutyReports", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluation_Appraisals(), this.getAppraisal(), null, "appraisals", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluation_AccountabilityRecords(), this.getAccountabilityRecord(), null, "accountabilityRecords", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluation_RotationPlans(), this.getRotationPlan(), null, "rotationPlans", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluation_Talks(), this.getScheduledTalk(), null, "talks", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(criteriaSetEClass, CriteriaSet.class, "CriteriaSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCriteriaSet_Criteria(), this.getCriterion(), null, "criteria", null, 0, -1, CriteriaSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriteriaSet_Description(), ecorePackage.getEString(), "description", null, 0, 1, CriteriaSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(criterionEClass, Criterion.class, "Criterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCriterion_Weight(), ecorePackage.getEDouble(), "weight", "1.0", 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_MinScore(), ecorePackage.getEDouble(), "minScore", "0.0", 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_MaxScore(), ecorePackage.getEDouble(), "maxScore", "100.0", 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_ComputedBy(), ecorePackage.getEString(), "computedBy", null, 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_DeductionPerUnit(), ecorePackage.getEDouble(), "deductionPerUnit", "0.0", 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_Description(), ecorePackage.getEString(), "description", null, 0, 1, Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assessmentEClass, Assessment.class, "Assessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssessment_Kind(), this.getAssessmentKind(), "kind", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Year(), ecorePackage.getEInt(), "year", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_PeriodStart(), theQinglianPackage.getLocalDate(), "periodStart", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_PeriodEnd(), theQinglianPackage.getLocalDate(), "periodEnd", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_CriteriaSet(), this.getCriteriaSet(), null, "criteriaSet", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Entries(), this.getAssessmentEntry(), null, "entries", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_LastPlaces(), ecorePackage.getEInt(), "lastPlaces", "1", 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assessmentEntryEClass, AssessmentEntry.class, "AssessmentEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAssessmentEntry_Unit(), theQinglianPackage.getUnit(), null, "unit", null, 0, 1, AssessmentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessmentEntry_Person(), theQinglianPackage.getPerson(), null, "person", null, 0, 1, AssessmentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessmentEntry_RankingGroup(), ecorePackage.getEString(), "rankingGroup", null, 0, 1, AssessmentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessmentEntry_Scores(), this.getScore(), null, "scores", null, 0, -1, AssessmentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessmentEntry_Remarks(), ecorePackage.getEString(), "remarks", null, 0, 1, AssessmentEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scoreEClass, Score.class, "Score", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScore_Criterion(), this.getCriterion(), null, "criterion", null, 1, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScore_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScore_Note(), ecorePackage.getEString(), "note", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dutyReportEClass, DutyReport.class, "DutyReport", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDutyReport_Leader(), theQinglianPackage.getPerson(), null, "leader", null, 1, 1, DutyReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDutyReport_Post(), theQinglianPackage.getPost(), null, "post", null, 0, 1, DutyReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDutyReport_Year(), ecorePackage.getEInt(), "year", null, 0, 1, DutyReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDutyReport_Date(), theQinglianPackage.getLocalDate(), "date", null, 0, 1, DutyReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDutyReport_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, DutyReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDutyReport_Problems(), this.getRaisedProblem(), null, "problems", null, 0, -1, DutyReport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(raisedProblemEClass, RaisedProblem.class, "RaisedProblem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRaisedProblem_Description(), ecorePackage.getEString(), "description", null, 0, 1, RaisedProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaisedProblem_RaisedBy(), ecorePackage.getEString(), "raisedBy", null, 0, 1, RaisedProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaisedProblem_FollowUp(), ecorePackage.getEString(), "followUp", null, 0, 1, RaisedProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaisedProblem_DueDate(), theQinglianPackage.getLocalDate(), "dueDate", null, 0, 1, RaisedProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaisedProblem_ClosedOn(), theQinglianPackage.getLocalDate(), "closedOn", null, 0, 1, RaisedProblem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(appraisalEClass, Appraisal.class, "Appraisal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAppraisal_Year(), ecorePackage.getEInt(), "year", null, 0, 1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAppraisal_Date(), theQinglianPackage.getLocalDate(), "date", null, 0, 1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAppraisal_Candidates(), theQinglianPackage.getPerson(), null, "candidates", null, 0, -1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAppraisal_EligibleVoters(), ecorePackage.getEInt(), "eligibleVoters", null, 0, 1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAppraisal_IssuedTokens(), ecorePackage.getEString(), "issuedTokens", null, 0, -1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAppraisal_Ballots(), this.getBallot(), null, "ballots", null, 0, -1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAppraisal_Closed(), ecorePackage.getEBoolean(), "closed", null, 0, 1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ballotEClass, Ballot.class, "Ballot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBallot_Token(), ecorePackage.getEString(), "token", null, 0, 1, Ballot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBallot_Marks(), this.getBallotMark(), null, "marks", null, 0, -1, Ballot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ballotMarkEClass, BallotMark.class, "BallotMark", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBallotMark_Candidate(), theQinglianPackage.getPerson(), null, "candidate", null, 1, 1, BallotMark.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBallotMark_Grade(), this.getAppraisalGrade(), "grade", null, 0, 1, BallotMark.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accountabilityRecordEClass, AccountabilityRecord.class, "AccountabilityRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAccountabilityRecord_Category(), this.getAccountabilityCategory(), "category", null, 0, 1, AccountabilityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountabilityRecord_Status(), this.getAccountabilityStatus(), "status", null, 0, 1, AccountabilityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountabilityRecord_Person(), theQinglianPackage.getPerson(), null, "person", null, 0, 1, AccountabilityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountabilityRecord_Unit(), theQinglianPackage.getUnit(), null, "unit", null, 0, 1, AccountabilityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountabilityRecord_Post(), theQinglianPackage.getPost(), null, "post", null, 0, 1, AccountabilityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountabilityRecord_Date(), theQinglianPackage.getLocalDate(), "date", null, 0, 1, AccountabilityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountabilityRecord_Description(), ecorePackage.getEString(), "description", null, 0, 1, AccountabilityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccountabilityRecord_Measure(), ecorePackage.getEString(), "measure", null, 0, 1, AccountabilityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountabilityRecord_Assessment(), this.getAssessment(), null, "assessment", null, 0, 1, AccountabilityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAccountabilityRecord_Cause(), this.getAccountabilityRecord(), null, "cause", null, 0, 1, AccountabilityRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rotationPlanEClass, RotationPlan.class, "RotationPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRotationPlan_Person(), theQinglianPackage.getPerson(), null, "person", null, 1, 1, RotationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRotationPlan_FromPost(), theQinglianPackage.getPost(), null, "fromPost", null, 0, 1, RotationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRotationPlan_ToUnit(), theQinglianPackage.getUnit(), null, "toUnit", null, 0, 1, RotationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRotationPlan_PlannedDate(), theQinglianPackage.getLocalDate(), "plannedDate", null, 0, 1, RotationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRotationPlan_CompletedOn(), theQinglianPackage.getLocalDate(), "completedOn", null, 0, 1, RotationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRotationPlan_Note(), ecorePackage.getEString(), "note", null, 0, 1, RotationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scheduledTalkEClass, ScheduledTalk.class, "ScheduledTalk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScheduledTalk_Officer(), theQinglianPackage.getPerson(), null, "officer", null, 1, 1, ScheduledTalk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScheduledTalk_Interviewer(), theQinglianPackage.getPerson(), null, "interviewer", null, 0, 1, ScheduledTalk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduledTalk_DueDate(), theQinglianPackage.getLocalDate(), "dueDate", null, 0, 1, ScheduledTalk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduledTalk_HeldOn(), theQinglianPackage.getLocalDate(), "heldOn", null, 0, 1, ScheduledTalk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduledTalk_Topics(), ecorePackage.getEString(), "topics", null, 0, 1, ScheduledTalk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduledTalk_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, ScheduledTalk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(assessmentKindEEnum, AssessmentKind.class, "AssessmentKind");
		addEEnumLiteral(assessmentKindEEnum, AssessmentKind.MID_YEAR_CHECK);
		addEEnumLiteral(assessmentKindEEnum, AssessmentKind.YEAR_END_ASSESSMENT);

		initEEnum(appraisalGradeEEnum, AppraisalGrade.class, "AppraisalGrade");
		addEEnumLiteral(appraisalGradeEEnum, AppraisalGrade.EXCELLENT);
		addEEnumLiteral(appraisalGradeEEnum, AppraisalGrade.COMPETENT);
		addEEnumLiteral(appraisalGradeEEnum, AppraisalGrade.BASICALLY_COMPETENT);
		addEEnumLiteral(appraisalGradeEEnum, AppraisalGrade.INCOMPETENT);

		initEEnum(accountabilityCategoryEEnum, AccountabilityCategory.class, "AccountabilityCategory");
		addEEnumLiteral(accountabilityCategoryEEnum, AccountabilityCategory.ACTING_WRONGLY);
		addEEnumLiteral(accountabilityCategoryEEnum, AccountabilityCategory.IMPROPRIETY);
		addEEnumLiteral(accountabilityCategoryEEnum, AccountabilityCategory.INACTION);
		addEEnumLiteral(accountabilityCategoryEEnum, AccountabilityCategory.LAST_PLACE);
		addEEnumLiteral(accountabilityCategoryEEnum, AccountabilityCategory.FAILURE_TO_HOLD_ACCOUNTABLE);

		initEEnum(accountabilityStatusEEnum, AccountabilityStatus.class, "AccountabilityStatus");
		addEEnumLiteral(accountabilityStatusEEnum, AccountabilityStatus.PROPOSED);
		addEEnumLiteral(accountabilityStatusEEnum, AccountabilityStatus.CONFIRMED);
		addEEnumLiteral(accountabilityStatusEEnum, AccountabilityStatus.DISMISSED);

		// Create resource
		createResource(eNS_URI);
	}

} //EvaluationPackageImpl
