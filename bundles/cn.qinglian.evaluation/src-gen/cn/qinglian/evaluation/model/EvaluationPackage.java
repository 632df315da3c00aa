/**
 */
package cn.qinglian.evaluation.model;

import cn.qinglian.model.QinglianPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * 考核评议问责模块模型：考核（年中检查、年终考核）、述职述廉、民主评议、四位一体问责、交流轮岗、定时约谈。
 * 根对象是 {@link cn.qinglian.evaluation.model.Evaluation}，保存在工作区的 evaluation.qinglian 文件中；对单位、岗位、人员的引用指向核心模型。
 * <!-- end-model-doc -->
 * @see cn.qinglian.evaluation.model.EvaluationFactory
 * @model kind="package"
 * @generated
 */
public interface EvaluationPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://qinglian.cn/evaluation/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "qle";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EvaluationPackage eINSTANCE = cn.qinglian.evaluation.model.impl.EvaluationPackageImpl.init();

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.impl.EvaluationImpl <em>Evaluation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.impl.EvaluationImpl
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getEvaluation()
	 * @generated
	 */
	int EVALUATION = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Criteria Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__CRITERIA_SETS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__ASSESSMENTS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Duty Reports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__DUTY_REPORTS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Appraisals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__APPRAISALS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Accountability Records</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__ACCOUNTABILITY_RECORDS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Rotation Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__ROTATION_PLANS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Talks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__TALKS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.impl.CriteriaSetImpl <em>Criteria Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.impl.CriteriaSetImpl
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getCriteriaSet()
	 * @generated
	 */
	int CRITERIA_SET = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_SET__ID = QinglianPackage.NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_SET__NAME = QinglianPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_SET__CRITERIA = QinglianPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_SET__DESCRIPTION = QinglianPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Criteria Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_SET_FEATURE_COUNT = QinglianPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Criteria Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERIA_SET_OPERATION_COUNT = QinglianPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.impl.CriterionImpl <em>Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.impl.CriterionImpl
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getCriterion()
	 * @generated
	 */
	int CRITERION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__ID = QinglianPackage.NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__NAME = QinglianPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__WEIGHT = QinglianPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Min Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__MIN_SCORE = QinglianPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Max Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__MAX_SCORE = QinglianPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Computed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__COMPUTED_BY = QinglianPackage.NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Deduction Per Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__DEDUCTION_PER_UNIT = QinglianPackage.NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__DESCRIPTION = QinglianPackage.NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_FEATURE_COUNT = QinglianPackage.NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_OPERATION_COUNT = QinglianPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.impl.AssessmentImpl
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ID = QinglianPackage.NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__NAME = QinglianPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__KIND = QinglianPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__YEAR = QinglianPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__PERIOD_START = QinglianPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__PERIOD_END = QinglianPackage.NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Criteria Set</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__CRITERIA_SET = QinglianPackage.NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ENTRIES = QinglianPackage.NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Last Places</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__LAST_PLACES = QinglianPackage.NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = QinglianPackage.NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = QinglianPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.impl.AssessmentEntryImpl <em>Assessment Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.impl.AssessmentEntryImpl
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getAssessmentEntry()
	 * @generated
	 */
	int ASSESSMENT_ENTRY = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ENTRY__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ENTRY__UNIT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ENTRY__PERSON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Ranking Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ENTRY__RANKING_GROUP = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ENTRY__SCORES = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ENTRY__REMARKS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Assessment Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ENTRY_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Assessment Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_ENTRY_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.impl.ScoreImpl <em>Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.impl.ScoreImpl
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getScore()
	 * @generated
	 */
	int SCORE = 5;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__CRITERION = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.impl.DutyReportImpl <em>Duty Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.impl.DutyReportImpl
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getDutyReport()
	 * @generated
	 */
	int DUTY_REPORT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_REPORT__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Leader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_REPORT__LEADER = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Post</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_REPORT__POST = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_REPORT__YEAR = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_REPORT__DATE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_REPORT__SUMMARY = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_REPORT__PROBLEMS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Duty Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_REPORT_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Duty Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DUTY_REPORT_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.impl.RaisedProblemImpl <em>Raised Problem</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.impl.RaisedProblemImpl
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getRaisedProblem()
	 * @generated
	 */
	int RAISED_PROBLEM = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAISED_PROBLEM__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAISED_PROBLEM__DESCRIPTION = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Raised By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAISED_PROBLEM__RAISED_BY = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Follow Up</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAISED_PROBLEM__FOLLOW_UP = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAISED_PROBLEM__DUE_DATE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAISED_PROBLEM__CLOSED_ON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Raised Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAISED_PROBLEM_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Raised Problem</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAISED_PROBLEM_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.impl.AppraisalImpl <em>Appraisal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.impl.AppraisalImpl
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getAppraisal()
	 * @generated
	 */
	int APPRAISAL = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__ID = QinglianPackage.NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__NAME = QinglianPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__YEAR = QinglianPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__DATE = QinglianPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Candidates</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__CANDIDATES = QinglianPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Eligible Voters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__ELIGIBLE_VOTERS = QinglianPackage.NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Issued Tokens</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__ISSUED_TOKENS = QinglianPackage.NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Ballots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__BALLOTS = QinglianPackage.NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Closed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__CLOSED = QinglianPackage.NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Appraisal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL_FEATURE_COUNT = QinglianPackage.NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Appraisal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL_OPERATION_COUNT = QinglianPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.impl.BallotImpl <em>Ballot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.impl.BallotImpl
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getBallot()
	 * @generated
	 */
	int BALLOT = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BALLOT__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Token</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BALLOT__TOKEN = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Marks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BALLOT__MARKS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Ballot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BALLOT_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Ballot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BALLOT_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.impl.BallotMarkImpl <em>Ballot Mark</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.impl.BallotMarkImpl
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getBallotMark()
	 * @generated
	 */
	int BALLOT_MARK = 10;

	/**
	 * The feature id for the '<em><b>Candidate</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BALLOT_MARK__CANDIDATE = 0;

	/**
	 * The feature id for the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BALLOT_MARK__GRADE = 1;

	/**
	 * The number of structural features of the '<em>Ballot Mark</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BALLOT_MARK_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Ballot Mark</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BALLOT_MARK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.impl.AccountabilityRecordImpl <em>Accountability Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.impl.AccountabilityRecordImpl
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getAccountabilityRecord()
	 * @generated
	 */
	int ACCOUNTABILITY_RECORD = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_RECORD__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_RECORD__CATEGORY = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_RECORD__STATUS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_RECORD__PERSON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_RECORD__UNIT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Post</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_RECORD__POST = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_RECORD__DATE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_RECORD__DESCRIPTION = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_RECORD__MEASURE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Assessment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_RECORD__ASSESSMENT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Cause</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_RECORD__CAUSE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Accountability Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_RECORD_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Accountability Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCOUNTABILITY_RECORD_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.impl.RotationPlanImpl <em>Rotation Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.impl.RotationPlanImpl
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getRotationPlan()
	 * @generated
	 */
	int ROTATION_PLAN = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_PLAN__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_PLAN__PERSON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>From Post</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_PLAN__FROM_POST = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>To Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_PLAN__TO_UNIT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Planned Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_PLAN__PLANNED_DATE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Completed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_PLAN__COMPLETED_ON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_PLAN__NOTE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Rotation Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_PLAN_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Rotation Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROTATION_PLAN_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.impl.ScheduledTalkImpl <em>Scheduled Talk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.impl.ScheduledTalkImpl
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getScheduledTalk()
	 * @generated
	 */
	int SCHEDULED_TALK = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TALK__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Officer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TALK__OFFICER = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Interviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TALK__INTERVIEWER = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TALK__DUE_DATE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Held On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TALK__HELD_ON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Topics</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TALK__TOPICS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TALK__SUMMARY = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Scheduled Talk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TALK_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Scheduled Talk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_TALK_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.AssessmentKind <em>Assessment Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.AssessmentKind
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getAssessmentKind()
	 * @generated
	 */
	int ASSESSMENT_KIND = 14;

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.AppraisalGrade <em>Appraisal Grade</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.AppraisalGrade
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getAppraisalGrade()
	 * @generated
	 */
	int APPRAISAL_GRADE = 15;

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.AccountabilityCategory <em>Accountability Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.AccountabilityCategory
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getAccountabilityCategory()
	 * @generated
	 */
	int ACCOUNTABILITY_CATEGORY = 16;

	/**
	 * The meta object id for the '{@link cn.qinglian.evaluation.model.AccountabilityStatus <em>Accountability Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.evaluation.model.AccountabilityStatus
	 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getAccountabilityStatus()
	 * @generated
	 */
	int ACCOUNTABILITY_STATUS = 17;


	/**
	 * Returns the meta object for class '{@link cn.qinglian.evaluation.model.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation</em>'.
	 * @see cn.qinglian.evaluation.model.Evaluation
	 * @generated
	 */
	EClass getEvaluation();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.evaluation.model.Evaluation#getCriteriaSets <em>Criteria Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria Sets</em>'.
	 * @see cn.qinglian.evaluation.model.Evaluation#getCriteriaSets()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_CriteriaSets();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.evaluation.model.Evaluation#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessments</em>'.
	 * @see cn.qinglian.evaluation.model.Evaluation#getAssessments()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Assessments();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.evaluation.model.Evaluation#getDutyReports <em>Duty Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Duty Reports</em>'.
	 * @see cn.qinglian.evaluation.model.Evaluation#getDutyReports()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_DutyReports();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.evaluation.model.Evaluation#getAppraisals <em>Appraisals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Appraisals</em>'.
	 * @see cn.qinglian.evaluation.model.Evaluation#getAppraisals()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Appraisals();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.evaluation.model.Evaluation#getAccountabilityRecords <em>Accountability Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Accountability Records</em>'.
	 * @see cn.qinglian.evaluation.model.Evaluation#getAccountabilityRecords()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_AccountabilityRecords();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.evaluation.model.Evaluation#getRotationPlans <em>Rotation Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rotation Plans</em>'.
	 * @see cn.qinglian.evaluation.model.Evaluation#getRotationPlans()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_RotationPlans();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.evaluation.model.Evaluation#getTalks <em>Talks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Talks</em>'.
	 * @see cn.qinglian.evaluation.model.Evaluation#getTalks()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Talks();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.evaluation.model.CriteriaSet <em>Criteria Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criteria Set</em>'.
	 * @see cn.qinglian.evaluation.model.CriteriaSet
	 * @generated
	 */
	EClass getCriteriaSet();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.evaluation.model.CriteriaSet#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see cn.qinglian.evaluation.model.CriteriaSet#getCriteria()
	 * @see #getCriteriaSet()
	 * @generated
	 */
	EReference getCriteriaSet_Criteria();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.CriteriaSet#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see cn.qinglian.evaluation.model.CriteriaSet#getDescription()
	 * @see #getCriteriaSet()
	 * @generated
	 */
	EAttribute getCriteriaSet_Description();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.evaluation.model.Criterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criterion</em>'.
	 * @see cn.qinglian.evaluation.model.Criterion
	 * @generated
	 */
	EClass getCriterion();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Criterion#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see cn.qinglian.evaluation.model.Criterion#getWeight()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Weight();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Criterion#getMinScore <em>Min Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Score</em>'.
	 * @see cn.qinglian.evaluation.model.Criterion#getMinScore()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_MinScore();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Criterion#getMaxScore <em>Max Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Score</em>'.
	 * @see cn.qinglian.evaluation.model.Criterion#getMaxScore()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_MaxScore();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Criterion#getComputedBy <em>Computed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Computed By</em>'.
	 * @see cn.qinglian.evaluation.model.Criterion#getComputedBy()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_ComputedBy();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Criterion#getDeductionPerUnit <em>Deduction Per Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deduction Per Unit</em>'.
	 * @see cn.qinglian.evaluation.model.Criterion#getDeductionPerUnit()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_DeductionPerUnit();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Criterion#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see cn.qinglian.evaluation.model.Criterion#getDescription()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Description();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.evaluation.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see cn.qinglian.evaluation.model.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Assessment#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see cn.qinglian.evaluation.model.Assessment#getKind()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Kind();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Assessment#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see cn.qinglian.evaluation.model.Assessment#getYear()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Year();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Assessment#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see cn.qinglian.evaluation.model.Assessment#getPeriodStart()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Assessment#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see cn.qinglian.evaluation.model.Assessment#getPeriodEnd()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_PeriodEnd();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.evaluation.model.Assessment#getCriteriaSet <em>Criteria Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Criteria Set</em>'.
	 * @see cn.qinglian.evaluation.model.Assessment#getCriteriaSet()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_CriteriaSet();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.evaluation.model.Assessment#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see cn.qinglian.evaluation.model.Assessment#getEntries()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Entries();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Assessment#getLastPlaces <em>Last Places</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Places</em>'.
	 * @see cn.qinglian.evaluation.model.Assessment#getLastPlaces()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_LastPlaces();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.evaluation.model.AssessmentEntry <em>Assessment Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment Entry</em>'.
	 * @see cn.qinglian.evaluation.model.AssessmentEntry
	 * @generated
	 */
	EClass getAssessmentEntry();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.evaluation.model.AssessmentEntry#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see cn.qinglian.evaluation.model.AssessmentEntry#getUnit()
	 * @see #getAssessmentEntry()
	 * @generated
	 */
	EReference getAssessmentEntry_Unit();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.evaluation.model.AssessmentEntry#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see cn.qinglian.evaluation.model.AssessmentEntry#getPerson()
	 * @see #getAssessmentEntry()
	 * @generated
	 */
	EReference getAssessmentEntry_Person();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.AssessmentEntry#getRankingGroup <em>Ranking Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ranking Group</em>'.
	 * @see cn.qinglian.evaluation.model.AssessmentEntry#getRankingGroup()
	 * @see #getAssessmentEntry()
	 * @generated
	 */
	EAttribute getAssessmentEntry_RankingGroup();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.evaluation.model.AssessmentEntry#getScores <em>Scores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scores</em>'.
	 * @see cn.qinglian.evaluation.model.AssessmentEntry#getScores()
	 * @see #getAssessmentEntry()
	 * @generated
	 */
	EReference getAssessmentEntry_Scores();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.AssessmentEntry#getRemarks <em>Remarks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remarks</em>'.
	 * @see cn.qinglian.evaluation.model.AssessmentEntry#getRemarks()
	 * @see #getAssessmentEntry()
	 * @generated
	 */
	EAttribute getAssessmentEntry_Remarks();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.evaluation.model.Score <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score</em>'.
	 * @see cn.qinglian.evaluation.model.Score
	 * @generated
	 */
	EClass getScore();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.evaluation.model.Score#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Criterion</em>'.
	 * @see cn.qinglian.evaluation.model.Score#getCriterion()
	 * @see #getScore()
	 * @generated
	 */
	EReference getScore_Criterion();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Score#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see cn.qinglian.evaluation.model.Score#getValue()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Value();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Score#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see cn.qinglian.evaluation.model.Score#getNote()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Note();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.evaluation.model.DutyReport <em>Duty Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Duty Report</em>'.
	 * @see cn.qinglian.evaluation.model.DutyReport
	 * @generated
	 */
	EClass getDutyReport();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.evaluation.model.DutyReport#getLeader <em>Leader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Leader</em>'.
	 * @see cn.qinglian.evaluation.model.DutyReport#getLeader()
	 * @see #getDutyReport()
	 * @generated
	 */
	EReference getDutyReport_Leader();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.evaluation.model.DutyReport#getPost <em>Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Post</em>'.
	 * @see cn.qinglian.evaluation.model.DutyReport#getPost()
	 * @see #getDutyReport()
	 * @generated
	 */
	EReference getDutyReport_Post();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.DutyReport#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see cn.qinglian.evaluation.model.DutyReport#getYear()
	 * @see #getDutyReport()
	 * @generated
	 */
	EAttribute getDutyReport_Year();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.DutyReport#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see cn.qinglian.evaluation.model.DutyReport#getDate()
	 * @see #getDutyReport()
	 * @generated
	 */
	EAttribute getDutyReport_Date();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.DutyReport#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see cn.qinglian.evaluation.model.DutyReport#getSummary()
	 * @see #getDutyReport()
	 * @generated
	 */
	EAttribute getDutyReport_Summary();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.evaluation.model.DutyReport#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Problems</em>'.
	 * @see cn.qinglian.evaluation.model.DutyReport#getProblems()
	 * @see #getDutyReport()
	 * @generated
	 */
	EReference getDutyReport_Problems();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.evaluation.model.RaisedProblem <em>Raised Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Raised Problem</em>'.
	 * @see cn.qinglian.evaluation.model.RaisedProblem
	 * @generated
	 */
	EClass getRaisedProblem();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.RaisedProblem#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see cn.qinglian.evaluation.model.RaisedProblem#getDescription()
	 * @see #getRaisedProblem()
	 * @generated
	 */
	EAttribute getRaisedProblem_Description();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.RaisedProblem#getRaisedBy <em>Raised By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raised By</em>'.
	 * @see cn.qinglian.evaluation.model.RaisedProblem#getRaisedBy()
	 * @see #getRaisedProblem()
	 * @generated
	 */
	EAttribute getRaisedProblem_RaisedBy();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.RaisedProblem#getFollowUp <em>Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Follow Up</em>'.
	 * @see cn.qinglian.evaluation.model.RaisedProblem#getFollowUp()
	 * @see #getRaisedProblem()
	 * @generated
	 */
	EAttribute getRaisedProblem_FollowUp();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.RaisedProblem#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see cn.qinglian.evaluation.model.RaisedProblem#getDueDate()
	 * @see #getRaisedProblem()
	 * @generated
	 */
	EAttribute getRaisedProblem_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.RaisedProblem#getClosedOn <em>Closed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed On</em>'.
	 * @see cn.qinglian.evaluation.model.RaisedProblem#getClosedOn()
	 * @see #getRaisedProblem()
	 * @generated
	 */
	EAttribute getRaisedProblem_ClosedOn();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.evaluation.model.Appraisal <em>Appraisal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Appraisal</em>'.
	 * @see cn.qinglian.evaluation.model.Appraisal
	 * @generated
	 */
	EClass getAppraisal();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Appraisal#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see cn.qinglian.evaluation.model.Appraisal#getYear()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_Year();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Appraisal#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see cn.qinglian.evaluation.model.Appraisal#getDate()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_Date();

	/**
	 * Returns the meta object for the reference list '{@link cn.qinglian.evaluation.model.Appraisal#getCandidates <em>Candidates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Candidates</em>'.
	 * @see cn.qinglian.evaluation.model.Appraisal#getCandidates()
	 * @see #getAppraisal()
	 * @generated
	 */
	EReference getAppraisal_Candidates();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Appraisal#getEligibleVoters <em>Eligible Voters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eligible Voters</em>'.
	 * @see cn.qinglian.evaluation.model.Appraisal#getEligibleVoters()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_EligibleVoters();

	/**
	 * Returns the meta object for the attribute list '{@link cn.qinglian.evaluation.model.Appraisal#getIssuedTokens <em>Issued Tokens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Issued Tokens</em>'.
	 * @see cn.qinglian.evaluation.model.Appraisal#getIssuedTokens()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_IssuedTokens();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.evaluation.model.Appraisal#getBallots <em>Ballots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ballots</em>'.
	 * @see cn.qinglian.evaluation.model.Appraisal#getBallots()
	 * @see #getAppraisal()
	 * @generated
	 */
	EReference getAppraisal_Ballots();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Appraisal#isClosed <em>Closed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed</em>'.
	 * @see cn.qinglian.evaluation.model.Appraisal#isClosed()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_Closed();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.evaluation.model.Ballot <em>Ballot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ballot</em>'.
	 * @see cn.qinglian.evaluation.model.Ballot
	 * @generated
	 */
	EClass getBallot();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.Ballot#getToken <em>Token</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Token</em>'.
	 * @see cn.qinglian.evaluation.model.Ballot#getToken()
	 * @see #getBallot()
	 * @generated
	 */
	EAttribute getBallot_Token();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.evaluation.model.Ballot#getMarks <em>Marks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Marks</em>'.
	 * @see cn.qinglian.evaluation.model.Ballot#getMarks()
	 * @see #getBallot()
	 * @generated
	 */
	EReference getBallot_Marks();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.evaluation.model.BallotMark <em>Ballot Mark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ballot Mark</em>'.
	 * @see cn.qinglian.evaluation.model.BallotMark
	 * @generated
	 */
	EClass getBallotMark();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.evaluation.model.BallotMark#getCandidate <em>Candidate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Candidate</em>'.
	 * @see cn.qinglian.evaluation.model.BallotMark#getCandidate()
	 * @see #getBallotMark()
	 * @generated
	 */
	EReference getBallotMark_Candidate();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.BallotMark#getGrade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grade</em>'.
	 * @see cn.qinglian.evaluation.model.BallotMark#getGrade()
	 * @see #getBallotMark()
	 * @generated
	 */
	EAttribute getBallotMark_Grade();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.evaluation.model.AccountabilityRecord <em>Accountability Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Accountability Record</em>'.
	 * @see cn.qinglian.evaluation.model.AccountabilityRecord
	 * @generated
	 */
	EClass getAccountabilityRecord();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see cn.qinglian.evaluation.model.AccountabilityRecord#getCategory()
	 * @see #getAccountabilityRecord()
	 * @generated
	 */
	EAttribute getAccountabilityRecord_Category();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see cn.qinglian.evaluation.model.AccountabilityRecord#getStatus()
	 * @see #getAccountabilityRecord()
	 * @generated
	 */
	EAttribute getAccountabilityRecord_Status();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see cn.qinglian.evaluation.model.AccountabilityRecord#getPerson()
	 * @see #getAccountabilityRecord()
	 * @generated
	 */
	EReference getAccountabilityRecord_Person();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see cn.qinglian.evaluation.model.AccountabilityRecord#getUnit()
	 * @see #getAccountabilityRecord()
	 * @generated
	 */
	EReference getAccountabilityRecord_Unit();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getPost <em>Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Post</em>'.
	 * @see cn.qinglian.evaluation.model.AccountabilityRecord#getPost()
	 * @see #getAccountabilityRecord()
	 * @generated
	 */
	EReference getAccountabilityRecord_Post();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see cn.qinglian.evaluation.model.AccountabilityRecord#getDate()
	 * @see #getAccountabilityRecord()
	 * @generated
	 */
	EAttribute getAccountabilityRecord_Date();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see cn.qinglian.evaluation.model.AccountabilityRecord#getDescription()
	 * @see #getAccountabilityRecord()
	 * @generated
	 */
	EAttribute getAccountabilityRecord_Description();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see cn.qinglian.evaluation.model.AccountabilityRecord#getMeasure()
	 * @see #getAccountabilityRecord()
	 * @generated
	 */
	EAttribute getAccountabilityRecord_Measure();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getAssessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Assessment</em>'.
	 * @see cn.qinglian.evaluation.model.AccountabilityRecord#getAssessment()
	 * @see #getAccountabilityRecord()
	 * @generated
	 */
	EReference getAccountabilityRecord_Assessment();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.evaluation.model.AccountabilityRecord#getCause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cause</em>'.
	 * @see cn.qinglian.evaluation.model.AccountabilityRecord#getCause()
	 * @see #getAccountabilityRecord()
	 * @generated
	 */
	EReference getAccountabilityRecord_Cause();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.evaluation.model.RotationPlan <em>Rotation Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rotation Plan</em>'.
	 * @see cn.qinglian.evaluation.model.RotationPlan
	 * @generated
	 */
	EClass getRotationPlan();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.evaluation.model.RotationPlan#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see cn.qinglian.evaluation.model.RotationPlan#getPerson()
	 * @see #getRotationPlan()
	 * @generated
	 */
	EReference getRotationPlan_Person();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.evaluation.model.RotationPlan#getFromPost <em>From Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From Post</em>'.
	 * @see cn.qinglian.evaluation.model.RotationPlan#getFromPost()
	 * @see #getRotationPlan()
	 * @generated
	 */
	EReference getRotationPlan_FromPost();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.evaluation.model.RotationPlan#getToUnit <em>To Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To Unit</em>'.
	 * @see cn.qinglian.evaluation.model.RotationPlan#getToUnit()
	 * @see #getRotationPlan()
	 * @generated
	 */
	EReference getRotationPlan_ToUnit();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.RotationPlan#getPlannedDate <em>Planned Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Date</em>'.
	 * @see cn.qinglian.evaluation.model.RotationPlan#getPlannedDate()
	 * @see #getRotationPlan()
	 * @generated
	 */
	EAttribute getRotationPlan_PlannedDate();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.RotationPlan#getCompletedOn <em>Completed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed On</em>'.
	 * @see cn.qinglian.evaluation.model.RotationPlan#getCompletedOn()
	 * @see #getRotationPlan()
	 * @generated
	 */
	EAttribute getRotationPlan_CompletedOn();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.RotationPlan#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see cn.qinglian.evaluation.model.RotationPlan#getNote()
	 * @see #getRotationPlan()
	 * @generated
	 */
	EAttribute getRotationPlan_Note();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.evaluation.model.ScheduledTalk <em>Scheduled Talk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scheduled Talk</em>'.
	 * @see cn.qinglian.evaluation.model.ScheduledTalk
	 * @generated
	 */
	EClass getScheduledTalk();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.evaluation.model.ScheduledTalk#getOfficer <em>Officer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Officer</em>'.
	 * @see cn.qinglian.evaluation.model.ScheduledTalk#getOfficer()
	 * @see #getScheduledTalk()
	 * @generated
	 */
	EReference getScheduledTalk_Officer();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.evaluation.model.ScheduledTalk#getInterviewer <em>Interviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Interviewer</em>'.
	 * @see cn.qinglian.evaluation.model.ScheduledTalk#getInterviewer()
	 * @see #getScheduledTalk()
	 * @generated
	 */
	EReference getScheduledTalk_Interviewer();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.ScheduledTalk#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see cn.qinglian.evaluation.model.ScheduledTalk#getDueDate()
	 * @see #getScheduledTalk()
	 * @generated
	 */
	EAttribute getScheduledTalk_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.ScheduledTalk#getHeldOn <em>Held On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Held On</em>'.
	 * @see cn.qinglian.evaluation.model.ScheduledTalk#getHeldOn()
	 * @see #getScheduledTalk()
	 * @generated
	 */
	EAttribute getScheduledTalk_HeldOn();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.ScheduledTalk#getTopics <em>Topics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topics</em>'.
	 * @see cn.qinglian.evaluation.model.ScheduledTalk#getTopics()
	 * @see #getScheduledTalk()
	 * @generated
	 */
	EAttribute getScheduledTalk_Topics();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.evaluation.model.ScheduledTalk#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see cn.qinglian.evaluation.model.ScheduledTalk#getSummary()
	 * @see #getScheduledTalk()
	 * @generated
	 */
	EAttribute getScheduledTalk_Summary();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.evaluation.model.AssessmentKind <em>Assessment Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assessment Kind</em>'.
	 * @see cn.qinglian.evaluation.model.AssessmentKind
	 * @generated
	 */
	EEnum getAssessmentKind();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.evaluation.model.AppraisalGrade <em>Appraisal Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Appraisal Grade</em>'.
	 * @see cn.qinglian.evaluation.model.AppraisalGrade
	 * @generated
	 */
	EEnum getAppraisalGrade();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.evaluation.model.AccountabilityCategory <em>Accountability Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Accountability Category</em>'.
	 * @see cn.qinglian.evaluation.model.AccountabilityCategory
	 * @generated
	 */
	EEnum getAccountabilityCategory();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.evaluation.model.AccountabilityStatus <em>Accountability Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Accountability Status</em>'.
	 * @see cn.qinglian.evaluation.model.AccountabilityStatus
	 * @generated
	 */
	EEnum getAccountabilityStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	EvaluationFactory getEvaluationFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.impl.EvaluationImpl <em>Evaluation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.impl.EvaluationImpl
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getEvaluation()
		 * @generated
		 */
		EClass EVALUATION = eINSTANCE.getEvaluation();

		/**
		 * The meta object literal for the '<em><b>Criteria Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__CRITERIA_SETS = eINSTANCE.getEvaluation_CriteriaSets();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__ASSESSMENTS = eINSTANCE.getEvaluation_Assessments();

		/**
		 * The meta object literal for the '<em><b>Duty Reports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__DUTY_REPORTS = eINSTANCE.getEvaluation_DutyReports();

		/**
		 * The meta object literal for the '<em><b>Appraisals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__APPRAISALS = eINSTANCE.getEvaluation_Appraisals();

		/**
		 * The meta object literal for the '<em><b>Accountability Records</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__ACCOUNTABILITY_RECORDS = eINSTANCE.getEvaluation_AccountabilityRecords();

		/**
		 * The meta object literal for the '<em><b>Rotation Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__ROTATION_PLANS = eINSTANCE.getEvaluation_RotationPlans();

		/**
		 * The meta object literal for the '<em><b>Talks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__TALKS = eINSTANCE.getEvaluation_Talks();

		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.impl.CriteriaSetImpl <em>Criteria Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.impl.CriteriaSetImpl
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getCriteriaSet()
		 * @generated
		 */
		EClass CRITERIA_SET = eINSTANCE.getCriteriaSet();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRITERIA_SET__CRITERIA = eINSTANCE.getCriteriaSet_Criteria();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERIA_SET__DESCRIPTION = eINSTANCE.getCriteriaSet_Description();

		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.impl.CriterionImpl <em>Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.impl.CriterionImpl
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getCriterion()
		 * @generated
		 */
		EClass CRITERION = eINSTANCE.getCriterion();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__WEIGHT = eINSTANCE.getCriterion_Weight();

		/**
		 * The meta object literal for the '<em><b>Min Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__MIN_SCORE = eINSTANCE.getCriterion_MinScore();

		/**
		 * The meta object literal for the '<em><b>Max Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__MAX_SCORE = eINSTANCE.getCriterion_MaxScore();

		/**
		 * The meta object literal for the '<em><b>Computed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__COMPUTED_BY = eINSTANCE.getCriterion_ComputedBy();

		/**
		 * The meta object literal for the '<em><b>Deduction Per Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__DEDUCTION_PER_UNIT = eINSTANCE.getCriterion_DeductionPerUnit();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__DESCRIPTION = eINSTANCE.getCriterion_Description();

		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.impl.AssessmentImpl
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__KIND = eINSTANCE.getAssessment_Kind();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__YEAR = eINSTANCE.getAssessment_Year();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__PERIOD_START = eINSTANCE.getAssessment_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__PERIOD_END = eINSTANCE.getAssessment_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Criteria Set</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__CRITERIA_SET = eINSTANCE.getAssessment_CriteriaSet();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__ENTRIES = eINSTANCE.getAssessment_Entries();

		/**
		 * The meta object literal for the '<em><b>Last Places</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__LAST_PLACES = eINSTANCE.getAssessment_LastPlaces();

		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.impl.AssessmentEntryImpl <em>Assessment Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.impl.AssessmentEntryImpl
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getAssessmentEntry()
		 * @generated
		 */
		EClass ASSESSMENT_ENTRY = eINSTANCE.getAssessmentEntry();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT_ENTRY__UNIT = eINSTANCE.getAssessmentEntry_Unit();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT_ENTRY__PERSON = eINSTANCE.getAssessmentEntry_Person();

		/**
		 * The meta object literal for the '<em><b>Ranking Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_ENTRY__RANKING_GROUP = eINSTANCE.getAssessmentEntry_RankingGroup();

		/**
		 * The meta object literal for the '<em><b>Scores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT_ENTRY__SCORES = eINSTANCE.getAssessmentEntry_Scores();

		/**
		 * The meta object literal for the '<em><b>Remarks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT_ENTRY__REMARKS = eINSTANCE.getAssessmentEntry_Remarks();

		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.impl.ScoreImpl <em>Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.impl.ScoreImpl
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getScore()
		 * @generated
		 */
		EClass SCORE = eINSTANCE.getScore();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORE__CRITERION = eINSTANCE.getScore_Criterion();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__VALUE = eINSTANCE.getScore_Value();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__NOTE = eINSTANCE.getScore_Note();

		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.impl.DutyReportImpl <em>Duty Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.impl.DutyReportImpl
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getDutyReport()
		 * @generated
		 */
		EClass DUTY_REPORT = eINSTANCE.getDutyReport();

		/**
		 * The meta object literal for the '<em><b>Leader</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUTY_REPORT__LEADER = eINSTANCE.getDutyReport_Leader();

		/**
		 * The meta object literal for the '<em><b>Post</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUTY_REPORT__POST = eINSTANCE.getDutyReport_Post();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY_REPORT__YEAR = eINSTANCE.getDutyReport_Year();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY_REPORT__DATE = eINSTANCE.getDutyReport_Date();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DUTY_REPORT__SUMMARY = eINSTANCE.getDutyReport_Summary();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DUTY_REPORT__PROBLEMS = eINSTANCE.getDutyReport_Problems();

		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.impl.RaisedProblemImpl <em>Raised Problem</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.impl.RaisedProblemImpl
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getRaisedProblem()
		 * @generated
		 */
		EClass RAISED_PROBLEM = eINSTANCE.getRaisedProblem();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAISED_PROBLEM__DESCRIPTION = eINSTANCE.getRaisedProblem_Description();

		/**
		 * The meta object literal for the '<em><b>Raised By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAISED_PROBLEM__RAISED_BY = eINSTANCE.getRaisedProblem_RaisedBy();

		/**
		 * The meta object literal for the '<em><b>Follow Up</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAISED_PROBLEM__FOLLOW_UP = eINSTANCE.getRaisedProblem_FollowUp();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAISED_PROBLEM__DUE_DATE = eINSTANCE.getRaisedProblem_DueDate();

		/**
		 * The meta object literal for the '<em><b>Closed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAISED_PROBLEM__CLOSED_ON = eINSTANCE.getRaisedProblem_ClosedOn();

		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.impl.AppraisalImpl <em>Appraisal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.impl.AppraisalImpl
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getAppraisal()
		 * @generated
		 */
		EClass APPRAISAL = eINSTANCE.getAppraisal();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__YEAR = eINSTANCE.getAppraisal_Year();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__DATE = eINSTANCE.getAppraisal_Date();

		/**
		 * The meta object literal for the '<em><b>Candidates</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPRAISAL__CANDIDATES = eINSTANCE.getAppraisal_Candidates();

		/**
		 * The meta object literal for the '<em><b>Eligible Voters</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__ELIGIBLE_VOTERS = eINSTANCE.getAppraisal_EligibleVoters();

		/**
		 * The meta object literal for the '<em><b>Issued Tokens</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__ISSUED_TOKENS = eINSTANCE.getAppraisal_IssuedTokens();

		/**
		 * The meta object literal for the '<em><b>Ballots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPRAISAL__BALLOTS = eINSTANCE.getAppraisal_Ballots();

		/**
		 * The meta object literal for the '<em><b>Closed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__CLOSED = eINSTANCE.getAppraisal_Closed();

		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.impl.BallotImpl <em>Ballot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.impl.BallotImpl
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getBallot()
		 * @generated
		 */
		EClass BALLOT = eINSTANCE.getBallot();

		/**
		 * The meta object literal for the '<em><b>Token</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BALLOT__TOKEN = eINSTANCE.getBallot_Token();

		/**
		 * The meta object literal for the '<em><b>Marks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BALLOT__MARKS = eINSTANCE.getBallot_Marks();

		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.impl.BallotMarkImpl <em>Ballot Mark</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.impl.BallotMarkImpl
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getBallotMark()
		 * @generated
		 */
		EClass BALLOT_MARK = eINSTANCE.getBallotMark();

		/**
		 * The meta object literal for the '<em><b>Candidate</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BALLOT_MARK__CANDIDATE = eINSTANCE.getBallotMark_Candidate();

		/**
		 * The meta object literal for the '<em><b>Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BALLOT_MARK__GRADE = eINSTANCE.getBallotMark_Grade();

		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.impl.AccountabilityRecordImpl <em>Accountability Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.impl.AccountabilityRecordImpl
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getAccountabilityRecord()
		 * @generated
		 */
		EClass ACCOUNTABILITY_RECORD = eINSTANCE.getAccountabilityRecord();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNTABILITY_RECORD__CATEGORY = eINSTANCE.getAccountabilityRecord_Category();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNTABILITY_RECORD__STATUS = eINSTANCE.getAccountabilityRecord_Status();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTABILITY_RECORD__PERSON = eINSTANCE.getAccountabilityRecord_Person();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTABILITY_RECORD__UNIT = eINSTANCE.getAccountabilityRecord_Unit();

		/**
		 * The meta object literal for the '<em><b>Post</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTABILITY_RECORD__POST = eINSTANCE.getAccountabilityRecord_Post();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNTABILITY_RECORD__DATE = eINSTANCE.getAccountabilityRecord_Date();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNTABILITY_RECORD__DESCRIPTION = eINSTANCE.getAccountabilityRecord_Description();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCOUNTABILITY_RECORD__MEASURE = eINSTANCE.getAccountabilityRecord_Measure();

		/**
		 * The meta object literal for the '<em><b>Assessment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTABILITY_RECORD__ASSESSMENT = eINSTANCE.getAccountabilityRecord_Assessment();

		/**
		 * The meta object literal for the '<em><b>Cause</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCOUNTABILITY_RECORD__CAUSE = eINSTANCE.getAccountabilityRecord_Cause();

		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.impl.RotationPlanImpl <em>Rotation Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.impl.RotationPlanImpl
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getRotationPlan()
		 * @generated
		 */
		EClass ROTATION_PLAN = eINSTANCE.getRotationPlan();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROTATION_PLAN__PERSON = eINSTANCE.getRotationPlan_Person();

		/**
		 * The meta object literal for the '<em><b>From Post</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROTATION_PLAN__FROM_POST = eINSTANCE.getRotationPlan_FromPost();

		/**
		 * The meta object literal for the '<em><b>To Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROTATION_PLAN__TO_UNIT = eINSTANCE.getRotationPlan_ToUnit();

		/**
		 * The meta object literal for the '<em><b>Planned Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROTATION_PLAN__PLANNED_DATE = eINSTANCE.getRotationPlan_PlannedDate();

		/**
		 * The meta object literal for the '<em><b>Completed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROTATION_PLAN__COMPLETED_ON = eINSTANCE.getRotationPlan_CompletedOn();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROTATION_PLAN__NOTE = eINSTANCE.getRotationPlan_Note();

		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.impl.ScheduledTalkImpl <em>Scheduled Talk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.impl.ScheduledTalkImpl
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getScheduledTalk()
		 * @generated
		 */
		EClass SCHEDULED_TALK = eINSTANCE.getScheduledTalk();

		/**
		 * The meta object literal for the '<em><b>Officer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULED_TALK__OFFICER = eINSTANCE.getScheduledTalk_Officer();

		/**
		 * The meta object literal for the '<em><b>Interviewer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULED_TALK__INTERVIEWER = eINSTANCE.getScheduledTalk_Interviewer();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_TALK__DUE_DATE = eINSTANCE.getScheduledTalk_DueDate();

		/**
		 * The meta object literal for the '<em><b>Held On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_TALK__HELD_ON = eINSTANCE.getScheduledTalk_HeldOn();

		/**
		 * The meta object literal for the '<em><b>Topics</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_TALK__TOPICS = eINSTANCE.getScheduledTalk_Topics();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_TALK__SUMMARY = eINSTANCE.getScheduledTalk_Summary();

		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.AssessmentKind <em>Assessment Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.AssessmentKind
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getAssessmentKind()
		 * @generated
		 */
		EEnum ASSESSMENT_KIND = eINSTANCE.getAssessmentKind();

		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.AppraisalGrade <em>Appraisal Grade</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.AppraisalGrade
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getAppraisalGrade()
		 * @generated
		 */
		EEnum APPRAISAL_GRADE = eINSTANCE.getAppraisalGrade();

		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.AccountabilityCategory <em>Accountability Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.AccountabilityCategory
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getAccountabilityCategory()
		 * @generated
		 */
		EEnum ACCOUNTABILITY_CATEGORY = eINSTANCE.getAccountabilityCategory();

		/**
		 * The meta object literal for the '{@link cn.qinglian.evaluation.model.AccountabilityStatus <em>Accountability Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.evaluation.model.AccountabilityStatus
		 * @see cn.qinglian.evaluation.model.impl.EvaluationPackageImpl#getAccountabilityStatus()
		 * @generated
		 */
		EEnum ACCOUNTABILITY_STATUS = eINSTANCE.getAccountabilityStatus();

	}

} //EvaluationPackage
