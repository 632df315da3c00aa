/**
 */
package cn.qinglian.inspection.model;

import cn.qinglian.model.QinglianPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
 * 巡察监督模块的模型：巡察、问题及其类别、整改及其状态变化、案件与一案双查、投诉举报（举报人身份保密）、涉企检查报备与饭局报备、“十不”承诺及签署、效能监测联络站。引用责任体系模型（cn.qinglian.model）中的单位、岗位和人员。
 * 一个工作区中模块数据的根对象是 {@link cn.qinglian.inspection.model.InspectionRoot}。
 * <!-- end-model-doc -->
 * @see cn.qinglian.inspection.model.InspectionFactory
 * @model kind="package"
 * @generated
 */
public interface InspectionPackage extends EPackage {
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
	String eNS_URI = "http://qinglian.cn/inspection/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "qli";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	InspectionPackage eINSTANCE = cn.qinglian.inspection.model.impl.InspectionPackageImpl.init();

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.InspectionRootImpl <em>Root</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.InspectionRootImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getInspectionRoot()
	 * @generated
	 */
	int INSPECTION_ROOT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Acknowledge Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT__ACKNOWLEDGE_DAYS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Handle Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT__HANDLE_DAYS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Priority Handle Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT__PRIORITY_HANDLE_DAYS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tours</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT__TOURS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT__FINDINGS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Rectifications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT__RECTIFICATIONS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT__CASES = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Complaints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT__COMPLAINTS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Enterprises</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT__ENTERPRISES = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Enterprise Filings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT__ENTERPRISE_FILINGS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Banquet Filings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT__BANQUET_FILINGS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Pledges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT__PLEDGES = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Signatures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT__SIGNATURES = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Liaison Stations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT__LIAISON_STATIONS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Reveals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT__REVEALS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Root</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Root</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_ROOT_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.InspectionTourImpl <em>Tour</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.InspectionTourImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getInspectionTour()
	 * @generated
	 */
	int INSPECTION_TOUR = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_TOUR__ID = QinglianPackage.NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_TOUR__NAME = QinglianPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Target Units</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_TOUR__TARGET_UNITS = QinglianPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Team</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_TOUR__TEAM = QinglianPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Team Leader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_TOUR__TEAM_LEADER = QinglianPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_TOUR__START = QinglianPackage.NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_TOUR__END = QinglianPackage.NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Focus</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_TOUR__FOCUS = QinglianPackage.NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_TOUR__STATUS = QinglianPackage.NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_TOUR__SUMMARY = QinglianPackage.NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Tour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_TOUR_FEATURE_COUNT = QinglianPackage.NAMED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Tour</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_TOUR_OPERATION_COUNT = QinglianPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.FindingImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__TITLE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__DESCRIPTION = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__CATEGORY = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SEVERITY = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SOURCE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Found On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__FOUND_ON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__UNIT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Persons</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__PERSONS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Posts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__POSTS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Tour</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__TOUR = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Complaint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__COMPLAINT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Liaison Station</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__LIAISON_STATION = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ENTERPRISE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Inspection Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__INSPECTION_DATE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__EVIDENCE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.EvidenceFileImpl <em>Evidence File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.EvidenceFileImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getEvidenceFile()
	 * @generated
	 */
	int EVIDENCE_FILE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE__FILE_NAME = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Stored Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE__STORED_PATH = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE__SHA256 = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Added On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE__ADDED_ON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Evidence File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Evidence File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.RectificationImpl <em>Rectification</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.RectificationImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getRectification()
	 * @generated
	 */
	int RECTIFICATION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Finding</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION__FINDING = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION__MEASURE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Owner Post</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION__OWNER_POST = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION__DEADLINE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION__STATE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Transitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION__TRANSITIONS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Rectification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Rectification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECTIFICATION_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.StateTransitionImpl <em>State Transition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.StateTransitionImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getStateTransition()
	 * @generated
	 */
	int STATE_TRANSITION = 5;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_TRANSITION__FROM = 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_TRANSITION__TO = 1;

	/**
	 * The feature id for the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_TRANSITION__BY = 2;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_TRANSITION__AT = 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_TRANSITION__REASON = 4;

	/**
	 * The number of structural features of the '<em>State Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_TRANSITION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>State Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_TRANSITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.InvestigationCaseImpl <em>Investigation Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.InvestigationCaseImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getInvestigationCase()
	 * @generated
	 */
	int INVESTIGATION_CASE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_CASE__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_CASE__TITLE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_CASE__SUBJECT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Subject Post</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_CASE__SUBJECT_POST = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Finding</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_CASE__FINDING = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Opened On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_CASE__OPENED_ON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_CASE__DECISION = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_CASE__DECIDED_ON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Second Investigations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_CASE__SECOND_INVESTIGATIONS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Public Notice On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_CASE__PUBLIC_NOTICE_ON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Public Notice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_CASE__PUBLIC_NOTICE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Investigation Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_CASE_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Investigation Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INVESTIGATION_CASE_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.LeaderInvestigationImpl <em>Leader Investigation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.LeaderInvestigationImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getLeaderInvestigation()
	 * @generated
	 */
	int LEADER_INVESTIGATION = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEADER_INVESTIGATION__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Leader Post</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEADER_INVESTIGATION__LEADER_POST = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Leader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEADER_INVESTIGATION__LEADER = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Responsibility</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEADER_INVESTIGATION__RESPONSIBILITY = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEADER_INVESTIGATION__DECISION = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEADER_INVESTIGATION__DECIDED_ON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Leader Investigation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEADER_INVESTIGATION_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Leader Investigation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEADER_INVESTIGATION_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.ComplaintImpl <em>Complaint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.ComplaintImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getComplaint()
	 * @generated
	 */
	int COMPLAINT = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__NUMBER = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Received On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__RECEIVED_ON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__CHANNEL = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Complainant Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__COMPLAINANT_TYPE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Complainant</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__COMPLAINANT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__SUMMARY = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__CATEGORY = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Target Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__TARGET_UNIT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Target Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__TARGET_PERSON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Target Post</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__TARGET_POST = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Suspended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__SUSPENDED = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__ENTERPRISE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Inspection Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__INSPECTION_DATE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Liaison Station</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__LIAISON_STATION = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Acknowledged On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__ACKNOWLEDGED_ON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Handled On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__HANDLED_ON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__STATUS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__OUTCOME = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The number of structural features of the '<em>Complaint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The number of operations of the '<em>Complaint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.ComplainantImpl <em>Complainant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.ComplainantImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getComplainant()
	 * @generated
	 */
	int COMPLAINANT = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINANT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINANT__CONTACT = 1;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINANT__ORGANISATION = 2;

	/**
	 * The number of structural features of the '<em>Complainant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINANT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Complainant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINANT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.IdentityRevealImpl <em>Identity Reveal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.IdentityRevealImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getIdentityReveal()
	 * @generated
	 */
	int IDENTITY_REVEAL = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_REVEAL__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Complaint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_REVEAL__COMPLAINT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_REVEAL__BY = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_REVEAL__AT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_REVEAL__REASON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Identity Reveal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_REVEAL_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Identity Reveal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_REVEAL_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.EnterpriseImpl <em>Enterprise</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.EnterpriseImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getEnterprise()
	 * @generated
	 */
	int ENTERPRISE = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__ID = QinglianPackage.NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__NAME = QinglianPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Credit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__CREDIT_CODE = QinglianPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__SECTOR = QinglianPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Key Enterprise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__KEY_ENTERPRISE = QinglianPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_FEATURE_COUNT = QinglianPackage.NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_OPERATION_COUNT = QinglianPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.EnterpriseInspectionFilingImpl <em>Enterprise Inspection Filing</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.EnterpriseInspectionFilingImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getEnterpriseInspectionFiling()
	 * @generated
	 */
	int ENTERPRISE_INSPECTION_FILING = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INSPECTION_FILING__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Officer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INSPECTION_FILING__OFFICER = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INSPECTION_FILING__UNIT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INSPECTION_FILING__ENTERPRISE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INSPECTION_FILING__DATE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INSPECTION_FILING__PURPOSE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Filed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INSPECTION_FILING__FILED_ON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Enterprise Inspection Filing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INSPECTION_FILING_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Enterprise Inspection Filing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_INSPECTION_FILING_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.BanquetFilingImpl <em>Banquet Filing</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.BanquetFilingImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getBanquetFiling()
	 * @generated
	 */
	int BANQUET_FILING = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANQUET_FILING__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANQUET_FILING__PERSON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANQUET_FILING__DATE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Occasion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANQUET_FILING__OCCASION = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANQUET_FILING__PLACE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANQUET_FILING__PARTICIPANTS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Filed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANQUET_FILING__FILED_ON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Banquet Filing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANQUET_FILING_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Banquet Filing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANQUET_FILING_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.PledgeImpl <em>Pledge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.PledgeImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getPledge()
	 * @generated
	 */
	int PLEDGE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLEDGE__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLEDGE__TITLE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLEDGE__VERSION = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Items</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLEDGE__ITEMS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Issued On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLEDGE__ISSUED_ON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLEDGE__SCOPE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Pledge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLEDGE_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Pledge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLEDGE_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.PledgeSignatureImpl <em>Pledge Signature</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.PledgeSignatureImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getPledgeSignature()
	 * @generated
	 */
	int PLEDGE_SIGNATURE = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLEDGE_SIGNATURE__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLEDGE_SIGNATURE__PERSON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Pledge</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLEDGE_SIGNATURE__PLEDGE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLEDGE_SIGNATURE__SIGNED_ON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Pledge Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLEDGE_SIGNATURE_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Pledge Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLEDGE_SIGNATURE_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.LiaisonStationImpl <em>Liaison Station</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.LiaisonStationImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getLiaisonStation()
	 * @generated
	 */
	int LIAISON_STATION = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIAISON_STATION__ID = QinglianPackage.NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIAISON_STATION__NAME = QinglianPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Association</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIAISON_STATION__ASSOCIATION = QinglianPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Service Team</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIAISON_STATION__SERVICE_TEAM = QinglianPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Visits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIAISON_STATION__VISITS = QinglianPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Feedback</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIAISON_STATION__FEEDBACK = QinglianPackage.NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Liaison Station</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIAISON_STATION_FEATURE_COUNT = QinglianPackage.NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Liaison Station</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIAISON_STATION_OPERATION_COUNT = QinglianPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.StationVisitImpl <em>Station Visit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.StationVisitImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getStationVisit()
	 * @generated
	 */
	int STATION_VISIT = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION_VISIT__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION_VISIT__DATE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Visitors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION_VISIT__VISITORS = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION_VISIT__NOTES = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Station Visit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION_VISIT_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Station Visit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATION_VISIT_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.impl.FeedbackImpl <em>Feedback</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.impl.FeedbackImpl
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getFeedback()
	 * @generated
	 */
	int FEEDBACK = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__ID = QinglianPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Received On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__RECEIVED_ON = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__ENTERPRISE = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__TEXT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Complaint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__COMPLAINT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Finding</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__FINDING = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Feedback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_FEATURE_COUNT = QinglianPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Feedback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_OPERATION_COUNT = QinglianPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.TourStatus <em>Tour Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.TourStatus
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getTourStatus()
	 * @generated
	 */
	int TOUR_STATUS = 19;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.Severity
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 20;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.FindingSource <em>Finding Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.FindingSource
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getFindingSource()
	 * @generated
	 */
	int FINDING_SOURCE = 21;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.RectificationState <em>Rectification State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.RectificationState
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getRectificationState()
	 * @generated
	 */
	int RECTIFICATION_STATE = 22;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.LeaderResponsibility <em>Leader Responsibility</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.LeaderResponsibility
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getLeaderResponsibility()
	 * @generated
	 */
	int LEADER_RESPONSIBILITY = 23;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.Decision <em>Decision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.Decision
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getDecision()
	 * @generated
	 */
	int DECISION = 24;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.ComplaintChannel <em>Complaint Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.ComplaintChannel
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getComplaintChannel()
	 * @generated
	 */
	int COMPLAINT_CHANNEL = 25;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.ComplainantType <em>Complainant Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.ComplainantType
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getComplainantType()
	 * @generated
	 */
	int COMPLAINANT_TYPE = 26;

	/**
	 * The meta object id for the '{@link cn.qinglian.inspection.model.ComplaintStatus <em>Complaint Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.inspection.model.ComplaintStatus
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getComplaintStatus()
	 * @generated
	 */
	int COMPLAINT_STATUS = 27;

	/**
	 * The meta object id for the '<em>Local Date Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDateTime
	 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getLocalDateTime()
	 * @generated
	 */
	int LOCAL_DATE_TIME = 28;


	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.InspectionRoot <em>Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Root</em>'.
	 * @see cn.qinglian.inspection.model.InspectionRoot
	 * @generated
	 */
	EClass getInspectionRoot();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.InspectionRoot#getAcknowledgeDays <em>Acknowledge Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acknowledge Days</em>'.
	 * @see cn.qinglian.inspection.model.InspectionRoot#getAcknowledgeDays()
	 * @see #getInspectionRoot()
	 * @generated
	 */
	EAttribute getInspectionRoot_AcknowledgeDays();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.InspectionRoot#getHandleDays <em>Handle Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handle Days</em>'.
	 * @see cn.qinglian.inspection.model.InspectionRoot#getHandleDays()
	 * @see #getInspectionRoot()
	 * @generated
	 */
	EAttribute getInspectionRoot_HandleDays();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.InspectionRoot#getPriorityHandleDays <em>Priority Handle Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority Handle Days</em>'.
	 * @see cn.qinglian.inspection.model.InspectionRoot#getPriorityHandleDays()
	 * @see #getInspectionRoot()
	 * @generated
	 */
	EAttribute getInspectionRoot_PriorityHandleDays();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.inspection.model.InspectionRoot#getTours <em>Tours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tours</em>'.
	 * @see cn.qinglian.inspection.model.InspectionRoot#getTours()
	 * @see #getInspectionRoot()
	 * @generated
	 */
	EReference getInspectionRoot_Tours();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.inspection.model.InspectionRoot#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see cn.qinglian.inspection.model.InspectionRoot#getFindings()
	 * @see #getInspectionRoot()
	 * @generated
	 */
	EReference getInspectionRoot_Findings();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.inspection.model.InspectionRoot#getRectifications <em>Rectifications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rectifications</em>'.
	 * @see cn.qinglian.inspection.model.InspectionRoot#getRectifications()
	 * @see #getInspectionRoot()
	 * @generated
	 */
	EReference getInspectionRoot_Rectifications();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.inspection.model.InspectionRoot#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cases</em>'.
	 * @see cn.qinglian.inspection.model.InspectionRoot#getCases()
	 * @see #getInspectionRoot()
	 * @generated
	 */
	EReference getInspectionRoot_Cases();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.inspection.model.InspectionRoot#getComplaints <em>Complaints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Complaints</em>'.
	 * @see cn.qinglian.inspection.model.InspectionRoot#getComplaints()
	 * @see #getInspectionRoot()
	 * @generated
	 */
	EReference getInspectionRoot_Complaints();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.inspection.model.InspectionRoot#getEnterprises <em>Enterprises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Enterprises</em>'.
	 * @see cn.qinglian.inspection.model.InspectionRoot#getEnterprises()
	 * @see #getInspectionRoot()
	 * @generated
	 */
	EReference getInspectionRoot_Enterprises();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.inspection.model.InspectionRoot#getEnterpriseFilings <em>Enterprise Filings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Enterprise Filings</em>'.
	 * @see cn.qinglian.inspection.model.InspectionRoot#getEnterpriseFilings()
	 * @see #getInspectionRoot()
	 * @generated
	 */
	EReference getInspectionRoot_EnterpriseFilings();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.inspection.model.InspectionRoot#getBanquetFilings <em>Banquet Filings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Banquet Filings</em>'.
	 * @see cn.qinglian.inspection.model.InspectionRoot#getBanquetFilings()
	 * @see #getInspectionRoot()
	 * @generated
	 */
	EReference getInspectionRoot_BanquetFilings();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.inspection.model.InspectionRoot#getPledges <em>Pledges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pledges</em>'.
	 * @see cn.qinglian.inspection.model.InspectionRoot#getPledges()
	 * @see #getInspectionRoot()
	 * @generated
	 */
	EReference getInspectionRoot_Pledges();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.inspection.model.InspectionRoot#getSignatures <em>Signatures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Signatures</em>'.
	 * @see cn.qinglian.inspection.model.InspectionRoot#getSignatures()
	 * @see #getInspectionRoot()
	 * @generated
	 */
	EReference getInspectionRoot_Signatures();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.inspection.model.InspectionRoot#getLiaisonStations <em>Liaison Stations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Liaison Stations</em>'.
	 * @see cn.qinglian.inspection.model.InspectionRoot#getLiaisonStations()
	 * @see #getInspectionRoot()
	 * @generated
	 */
	EReference getInspectionRoot_LiaisonStations();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.inspection.model.InspectionRoot#getReveals <em>Reveals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reveals</em>'.
	 * @see cn.qinglian.inspection.model.InspectionRoot#getReveals()
	 * @see #getInspectionRoot()
	 * @generated
	 */
	EReference getInspectionRoot_Reveals();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.InspectionTour <em>Tour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tour</em>'.
	 * @see cn.qinglian.inspection.model.InspectionTour
	 * @generated
	 */
	EClass getInspectionTour();

	/**
	 * Returns the meta object for the reference list '{@link cn.qinglian.inspection.model.InspectionTour#getTargetUnits <em>Target Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Units</em>'.
	 * @see cn.qinglian.inspection.model.InspectionTour#getTargetUnits()
	 * @see #getInspectionTour()
	 * @generated
	 */
	EReference getInspectionTour_TargetUnits();

	/**
	 * Returns the meta object for the reference list '{@link cn.qinglian.inspection.model.InspectionTour#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Team</em>'.
	 * @see cn.qinglian.inspection.model.InspectionTour#getTeam()
	 * @see #getInspectionTour()
	 * @generated
	 */
	EReference getInspectionTour_Team();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.InspectionTour#getTeamLeader <em>Team Leader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Team Leader</em>'.
	 * @see cn.qinglian.inspection.model.InspectionTour#getTeamLeader()
	 * @see #getInspectionTour()
	 * @generated
	 */
	EReference getInspectionTour_TeamLeader();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.InspectionTour#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see cn.qinglian.inspection.model.InspectionTour#getStart()
	 * @see #getInspectionTour()
	 * @generated
	 */
	EAttribute getInspectionTour_Start();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.InspectionTour#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see cn.qinglian.inspection.model.InspectionTour#getEnd()
	 * @see #getInspectionTour()
	 * @generated
	 */
	EAttribute getInspectionTour_End();

	/**
	 * Returns the meta object for the attribute list '{@link cn.qinglian.inspection.model.InspectionTour#getFocus <em>Focus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Focus</em>'.
	 * @see cn.qinglian.inspection.model.InspectionTour#getFocus()
	 * @see #getInspectionTour()
	 * @generated
	 */
	EAttribute getInspectionTour_Focus();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.InspectionTour#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see cn.qinglian.inspection.model.InspectionTour#getStatus()
	 * @see #getInspectionTour()
	 * @generated
	 */
	EAttribute getInspectionTour_Status();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.InspectionTour#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see cn.qinglian.inspection.model.InspectionTour#getSummary()
	 * @see #getInspectionTour()
	 * @generated
	 */
	EAttribute getInspectionTour_Summary();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see cn.qinglian.inspection.model.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Finding#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see cn.qinglian.inspection.model.Finding#getTitle()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Title();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Finding#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see cn.qinglian.inspection.model.Finding#getDescription()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Description();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Finding#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see cn.qinglian.inspection.model.Finding#getCategory()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Category();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Finding#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see cn.qinglian.inspection.model.Finding#getSeverity()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Severity();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Finding#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see cn.qinglian.inspection.model.Finding#getSource()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Source();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Finding#getFoundOn <em>Found On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Found On</em>'.
	 * @see cn.qinglian.inspection.model.Finding#getFoundOn()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_FoundOn();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.Finding#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see cn.qinglian.inspection.model.Finding#getUnit()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Unit();

	/**
	 * Returns the meta object for the reference list '{@link cn.qinglian.inspection.model.Finding#getPersons <em>Persons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Persons</em>'.
	 * @see cn.qinglian.inspection.model.Finding#getPersons()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Persons();

	/**
	 * Returns the meta object for the reference list '{@link cn.qinglian.inspection.model.Finding#getPosts <em>Posts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Posts</em>'.
	 * @see cn.qinglian.inspection.model.Finding#getPosts()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Posts();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.Finding#getTour <em>Tour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Tour</em>'.
	 * @see cn.qinglian.inspection.model.Finding#getTour()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Tour();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.Finding#getComplaint <em>Complaint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Complaint</em>'.
	 * @see cn.qinglian.inspection.model.Finding#getComplaint()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Complaint();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.Finding#getLiaisonStation <em>Liaison Station</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Liaison Station</em>'.
	 * @see cn.qinglian.inspection.model.Finding#getLiaisonStation()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_LiaisonStation();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.Finding#getEnterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Enterprise</em>'.
	 * @see cn.qinglian.inspection.model.Finding#getEnterprise()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Enterprise();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Finding#getInspectionDate <em>Inspection Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inspection Date</em>'.
	 * @see cn.qinglian.inspection.model.Finding#getInspectionDate()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_InspectionDate();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.inspection.model.Finding#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see cn.qinglian.inspection.model.Finding#getEvidence()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Evidence();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.EvidenceFile <em>Evidence File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence File</em>'.
	 * @see cn.qinglian.inspection.model.EvidenceFile
	 * @generated
	 */
	EClass getEvidenceFile();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.EvidenceFile#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see cn.qinglian.inspection.model.EvidenceFile#getFileName()
	 * @see #getEvidenceFile()
	 * @generated
	 */
	EAttribute getEvidenceFile_FileName();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.EvidenceFile#getStoredPath <em>Stored Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stored Path</em>'.
	 * @see cn.qinglian.inspection.model.EvidenceFile#getStoredPath()
	 * @see #getEvidenceFile()
	 * @generated
	 */
	EAttribute getEvidenceFile_StoredPath();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.EvidenceFile#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see cn.qinglian.inspection.model.EvidenceFile#getSha256()
	 * @see #getEvidenceFile()
	 * @generated
	 */
	EAttribute getEvidenceFile_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.EvidenceFile#getAddedOn <em>Added On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Added On</em>'.
	 * @see cn.qinglian.inspection.model.EvidenceFile#getAddedOn()
	 * @see #getEvidenceFile()
	 * @generated
	 */
	EAttribute getEvidenceFile_AddedOn();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.Rectification <em>Rectification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rectification</em>'.
	 * @see cn.qinglian.inspection.model.Rectification
	 * @generated
	 */
	EClass getRectification();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.Rectification#getFinding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Finding</em>'.
	 * @see cn.qinglian.inspection.model.Rectification#getFinding()
	 * @see #getRectification()
	 * @generated
	 */
	EReference getRectification_Finding();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Rectification#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see cn.qinglian.inspection.model.Rectification#getMeasure()
	 * @see #getRectification()
	 * @generated
	 */
	EAttribute getRectification_Measure();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.Rectification#getOwnerPost <em>Owner Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner Post</em>'.
	 * @see cn.qinglian.inspection.model.Rectification#getOwnerPost()
	 * @see #getRectification()
	 * @generated
	 */
	EReference getRectification_OwnerPost();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Rectification#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see cn.qinglian.inspection.model.Rectification#getDeadline()
	 * @see #getRectification()
	 * @generated
	 */
	EAttribute getRectification_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Rectification#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see cn.qinglian.inspection.model.Rectification#getState()
	 * @see #getRectification()
	 * @generated
	 */
	EAttribute getRectification_State();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.inspection.model.Rectification#getTransitions <em>Transitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Transitions</em>'.
	 * @see cn.qinglian.inspection.model.Rectification#getTransitions()
	 * @see #getRectification()
	 * @generated
	 */
	EReference getRectification_Transitions();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.StateTransition <em>State Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>State Transition</em>'.
	 * @see cn.qinglian.inspection.model.StateTransition
	 * @generated
	 */
	EClass getStateTransition();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.StateTransition#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see cn.qinglian.inspection.model.StateTransition#getFrom()
	 * @see #getStateTransition()
	 * @generated
	 */
	EAttribute getStateTransition_From();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.StateTransition#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see cn.qinglian.inspection.model.StateTransition#getTo()
	 * @see #getStateTransition()
	 * @generated
	 */
	EAttribute getStateTransition_To();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.StateTransition#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By</em>'.
	 * @see cn.qinglian.inspection.model.StateTransition#getBy()
	 * @see #getStateTransition()
	 * @generated
	 */
	EAttribute getStateTransition_By();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.StateTransition#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see cn.qinglian.inspection.model.StateTransition#getAt()
	 * @see #getStateTransition()
	 * @generated
	 */
	EAttribute getStateTransition_At();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.StateTransition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see cn.qinglian.inspection.model.StateTransition#getReason()
	 * @see #getStateTransition()
	 * @generated
	 */
	EAttribute getStateTransition_Reason();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.InvestigationCase <em>Investigation Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Investigation Case</em>'.
	 * @see cn.qinglian.inspection.model.InvestigationCase
	 * @generated
	 */
	EClass getInvestigationCase();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.InvestigationCase#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see cn.qinglian.inspection.model.InvestigationCase#getTitle()
	 * @see #getInvestigationCase()
	 * @generated
	 */
	EAttribute getInvestigationCase_Title();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.InvestigationCase#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see cn.qinglian.inspection.model.InvestigationCase#getSubject()
	 * @see #getInvestigationCase()
	 * @generated
	 */
	EReference getInvestigationCase_Subject();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.InvestigationCase#getSubjectPost <em>Subject Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject Post</em>'.
	 * @see cn.qinglian.inspection.model.InvestigationCase#getSubjectPost()
	 * @see #getInvestigationCase()
	 * @generated
	 */
	EReference getInvestigationCase_SubjectPost();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.InvestigationCase#getFinding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Finding</em>'.
	 * @see cn.qinglian.inspection.model.InvestigationCase#getFinding()
	 * @see #getInvestigationCase()
	 * @generated
	 */
	EReference getInvestigationCase_Finding();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.InvestigationCase#getOpenedOn <em>Opened On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened On</em>'.
	 * @see cn.qinglian.inspection.model.InvestigationCase#getOpenedOn()
	 * @see #getInvestigationCase()
	 * @generated
	 */
	EAttribute getInvestigationCase_OpenedOn();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.InvestigationCase#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see cn.qinglian.inspection.model.InvestigationCase#getDecision()
	 * @see #getInvestigationCase()
	 * @generated
	 */
	EAttribute getInvestigationCase_Decision();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.InvestigationCase#getDecidedOn <em>Decided On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided On</em>'.
	 * @see cn.qinglian.inspection.model.InvestigationCase#getDecidedOn()
	 * @see #getInvestigationCase()
	 * @generated
	 */
	EAttribute getInvestigationCase_DecidedOn();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.inspection.model.InvestigationCase#getSecondInvestigations <em>Second Investigations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Second Investigations</em>'.
	 * @see cn.qinglian.inspection.model.InvestigationCase#getSecondInvestigations()
	 * @see #getInvestigationCase()
	 * @generated
	 */
	EReference getInvestigationCase_SecondInvestigations();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.InvestigationCase#getPublicNoticeOn <em>Public Notice On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Public Notice On</em>'.
	 * @see cn.qinglian.inspection.model.InvestigationCase#getPublicNoticeOn()
	 * @see #getInvestigationCase()
	 * @generated
	 */
	EAttribute getInvestigationCase_PublicNoticeOn();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.InvestigationCase#getPublicNotice <em>Public Notice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Public Notice</em>'.
	 * @see cn.qinglian.inspection.model.InvestigationCase#getPublicNotice()
	 * @see #getInvestigationCase()
	 * @generated
	 */
	EAttribute getInvestigationCase_PublicNotice();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.LeaderInvestigation <em>Leader Investigation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Leader Investigation</em>'.
	 * @see cn.qinglian.inspection.model.LeaderInvestigation
	 * @generated
	 */
	EClass getLeaderInvestigation();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.LeaderInvestigation#getLeaderPost <em>Leader Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Leader Post</em>'.
	 * @see cn.qinglian.inspection.model.LeaderInvestigation#getLeaderPost()
	 * @see #getLeaderInvestigation()
	 * @generated
	 */
	EReference getLeaderInvestigation_LeaderPost();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.LeaderInvestigation#getLeader <em>Leader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Leader</em>'.
	 * @see cn.qinglian.inspection.model.LeaderInvestigation#getLeader()
	 * @see #getLeaderInvestigation()
	 * @generated
	 */
	EReference getLeaderInvestigation_Leader();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.LeaderInvestigation#getResponsibility <em>Responsibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsibility</em>'.
	 * @see cn.qinglian.inspection.model.LeaderInvestigation#getResponsibility()
	 * @see #getLeaderInvestigation()
	 * @generated
	 */
	EAttribute getLeaderInvestigation_Responsibility();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.LeaderInvestigation#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see cn.qinglian.inspection.model.LeaderInvestigation#getDecision()
	 * @see #getLeaderInvestigation()
	 * @generated
	 */
	EAttribute getLeaderInvestigation_Decision();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.LeaderInvestigation#getDecidedOn <em>Decided On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided On</em>'.
	 * @see cn.qinglian.inspection.model.LeaderInvestigation#getDecidedOn()
	 * @see #getLeaderInvestigation()
	 * @generated
	 */
	EAttribute getLeaderInvestigation_DecidedOn();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.Complaint <em>Complaint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Complaint</em>'.
	 * @see cn.qinglian.inspection.model.Complaint
	 * @generated
	 */
	EClass getComplaint();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Complaint#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#getNumber()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Number();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Complaint#getReceivedOn <em>Received On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Received On</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#getReceivedOn()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_ReceivedOn();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Complaint#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#getChannel()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Channel();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Complaint#getComplainantType <em>Complainant Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Complainant Type</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#getComplainantType()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_ComplainantType();

	/**
	 * Returns the meta object for the containment reference '{@link cn.qinglian.inspection.model.Complaint#getComplainant <em>Complainant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Complainant</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#getComplainant()
	 * @see #getComplaint()
	 * @generated
	 */
	EReference getComplaint_Complainant();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Complaint#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#getSummary()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Summary();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Complaint#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#getCategory()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Category();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.Complaint#getTargetUnit <em>Target Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Unit</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#getTargetUnit()
	 * @see #getComplaint()
	 * @generated
	 */
	EReference getComplaint_TargetUnit();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.Complaint#getTargetPerson <em>Target Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Person</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#getTargetPerson()
	 * @see #getComplaint()
	 * @generated
	 */
	EReference getComplaint_TargetPerson();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.Complaint#getTargetPost <em>Target Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Post</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#getTargetPost()
	 * @see #getComplaint()
	 * @generated
	 */
	EReference getComplaint_TargetPost();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Complaint#isSuspended <em>Suspended</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suspended</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#isSuspended()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Suspended();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.Complaint#getEnterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Enterprise</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#getEnterprise()
	 * @see #getComplaint()
	 * @generated
	 */
	EReference getComplaint_Enterprise();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Complaint#getInspectionDate <em>Inspection Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inspection Date</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#getInspectionDate()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_InspectionDate();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.Complaint#getLiaisonStation <em>Liaison Station</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Liaison Station</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#getLiaisonStation()
	 * @see #getComplaint()
	 * @generated
	 */
	EReference getComplaint_LiaisonStation();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Complaint#getAcknowledgedOn <em>Acknowledged On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acknowledged On</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#getAcknowledgedOn()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_AcknowledgedOn();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Complaint#getHandledOn <em>Handled On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handled On</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#getHandledOn()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_HandledOn();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Complaint#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#getStatus()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Status();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Complaint#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see cn.qinglian.inspection.model.Complaint#getOutcome()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Outcome();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.Complainant <em>Complainant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Complainant</em>'.
	 * @see cn.qinglian.inspection.model.Complainant
	 * @generated
	 */
	EClass getComplainant();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Complainant#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see cn.qinglian.inspection.model.Complainant#getName()
	 * @see #getComplainant()
	 * @generated
	 */
	EAttribute getComplainant_Name();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Complainant#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact</em>'.
	 * @see cn.qinglian.inspection.model.Complainant#getContact()
	 * @see #getComplainant()
	 * @generated
	 */
	EAttribute getComplainant_Contact();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Complainant#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation</em>'.
	 * @see cn.qinglian.inspection.model.Complainant#getOrganisation()
	 * @see #getComplainant()
	 * @generated
	 */
	EAttribute getComplainant_Organisation();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.IdentityReveal <em>Identity Reveal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identity Reveal</em>'.
	 * @see cn.qinglian.inspection.model.IdentityReveal
	 * @generated
	 */
	EClass getIdentityReveal();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.IdentityReveal#getComplaint <em>Complaint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Complaint</em>'.
	 * @see cn.qinglian.inspection.model.IdentityReveal#getComplaint()
	 * @see #getIdentityReveal()
	 * @generated
	 */
	EReference getIdentityReveal_Complaint();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.IdentityReveal#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By</em>'.
	 * @see cn.qinglian.inspection.model.IdentityReveal#getBy()
	 * @see #getIdentityReveal()
	 * @generated
	 */
	EAttribute getIdentityReveal_By();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.IdentityReveal#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see cn.qinglian.inspection.model.IdentityReveal#getAt()
	 * @see #getIdentityReveal()
	 * @generated
	 */
	EAttribute getIdentityReveal_At();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.IdentityReveal#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see cn.qinglian.inspection.model.IdentityReveal#getReason()
	 * @see #getIdentityReveal()
	 * @generated
	 */
	EAttribute getIdentityReveal_Reason();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.Enterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enterprise</em>'.
	 * @see cn.qinglian.inspection.model.Enterprise
	 * @generated
	 */
	EClass getEnterprise();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Enterprise#getCreditCode <em>Credit Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credit Code</em>'.
	 * @see cn.qinglian.inspection.model.Enterprise#getCreditCode()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_CreditCode();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Enterprise#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector</em>'.
	 * @see cn.qinglian.inspection.model.Enterprise#getSector()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_Sector();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Enterprise#isKeyEnterprise <em>Key Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key Enterprise</em>'.
	 * @see cn.qinglian.inspection.model.Enterprise#isKeyEnterprise()
	 * @see #getEnterprise()
	 * @generated
	 */
	EAttribute getEnterprise_KeyEnterprise();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling <em>Enterprise Inspection Filing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enterprise Inspection Filing</em>'.
	 * @see cn.qinglian.inspection.model.EnterpriseInspectionFiling
	 * @generated
	 */
	EClass getEnterpriseInspectionFiling();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getOfficer <em>Officer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Officer</em>'.
	 * @see cn.qinglian.inspection.model.EnterpriseInspectionFiling#getOfficer()
	 * @see #getEnterpriseInspectionFiling()
	 * @generated
	 */
	EReference getEnterpriseInspectionFiling_Officer();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see cn.qinglian.inspection.model.EnterpriseInspectionFiling#getUnit()
	 * @see #getEnterpriseInspectionFiling()
	 * @generated
	 */
	EReference getEnterpriseInspectionFiling_Unit();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getEnterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Enterprise</em>'.
	 * @see cn.qinglian.inspection.model.EnterpriseInspectionFiling#getEnterprise()
	 * @see #getEnterpriseInspectionFiling()
	 * @generated
	 */
	EReference getEnterpriseInspectionFiling_Enterprise();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see cn.qinglian.inspection.model.EnterpriseInspectionFiling#getDate()
	 * @see #getEnterpriseInspectionFiling()
	 * @generated
	 */
	EAttribute getEnterpriseInspectionFiling_Date();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see cn.qinglian.inspection.model.EnterpriseInspectionFiling#getPurpose()
	 * @see #getEnterpriseInspectionFiling()
	 * @generated
	 */
	EAttribute getEnterpriseInspectionFiling_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling#getFiledOn <em>Filed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Filed On</em>'.
	 * @see cn.qinglian.inspection.model.EnterpriseInspectionFiling#getFiledOn()
	 * @see #getEnterpriseInspectionFiling()
	 * @generated
	 */
	EAttribute getEnterpriseInspectionFiling_FiledOn();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.BanquetFiling <em>Banquet Filing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Banquet Filing</em>'.
	 * @see cn.qinglian.inspection.model.BanquetFiling
	 * @generated
	 */
	EClass getBanquetFiling();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.BanquetFiling#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see cn.qinglian.inspection.model.BanquetFiling#getPerson()
	 * @see #getBanquetFiling()
	 * @generated
	 */
	EReference getBanquetFiling_Person();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.BanquetFiling#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see cn.qinglian.inspection.model.BanquetFiling#getDate()
	 * @see #getBanquetFiling()
	 * @generated
	 */
	EAttribute getBanquetFiling_Date();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.BanquetFiling#getOccasion <em>Occasion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occasion</em>'.
	 * @see cn.qinglian.inspection.model.BanquetFiling#getOccasion()
	 * @see #getBanquetFiling()
	 * @generated
	 */
	EAttribute getBanquetFiling_Occasion();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.BanquetFiling#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see cn.qinglian.inspection.model.BanquetFiling#getPlace()
	 * @see #getBanquetFiling()
	 * @generated
	 */
	EAttribute getBanquetFiling_Place();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.BanquetFiling#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Participants</em>'.
	 * @see cn.qinglian.inspection.model.BanquetFiling#getParticipants()
	 * @see #getBanquetFiling()
	 * @generated
	 */
	EAttribute getBanquetFiling_Participants();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.BanquetFiling#getFiledOn <em>Filed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Filed On</em>'.
	 * @see cn.qinglian.inspection.model.BanquetFiling#getFiledOn()
	 * @see #getBanquetFiling()
	 * @generated
	 */
	EAttribute getBanquetFiling_FiledOn();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.Pledge <em>Pledge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pledge</em>'.
	 * @see cn.qinglian.inspection.model.Pledge
	 * @generated
	 */
	EClass getPledge();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Pledge#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see cn.qinglian.inspection.model.Pledge#getTitle()
	 * @see #getPledge()
	 * @generated
	 */
	EAttribute getPledge_Title();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Pledge#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see cn.qinglian.inspection.model.Pledge#getVersion()
	 * @see #getPledge()
	 * @generated
	 */
	EAttribute getPledge_Version();

	/**
	 * Returns the meta object for the attribute list '{@link cn.qinglian.inspection.model.Pledge#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Items</em>'.
	 * @see cn.qinglian.inspection.model.Pledge#getItems()
	 * @see #getPledge()
	 * @generated
	 */
	EAttribute getPledge_Items();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Pledge#getIssuedOn <em>Issued On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issued On</em>'.
	 * @see cn.qinglian.inspection.model.Pledge#getIssuedOn()
	 * @see #getPledge()
	 * @generated
	 */
	EAttribute getPledge_IssuedOn();

	/**
	 * Returns the meta object for the attribute list '{@link cn.qinglian.inspection.model.Pledge#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Scope</em>'.
	 * @see cn.qinglian.inspection.model.Pledge#getScope()
	 * @see #getPledge()
	 * @generated
	 */
	EAttribute getPledge_Scope();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.PledgeSignature <em>Pledge Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pledge Signature</em>'.
	 * @see cn.qinglian.inspection.model.PledgeSignature
	 * @generated
	 */
	EClass getPledgeSignature();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.PledgeSignature#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see cn.qinglian.inspection.model.PledgeSignature#getPerson()
	 * @see #getPledgeSignature()
	 * @generated
	 */
	EReference getPledgeSignature_Person();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.PledgeSignature#getPledge <em>Pledge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Pledge</em>'.
	 * @see cn.qinglian.inspection.model.PledgeSignature#getPledge()
	 * @see #getPledgeSignature()
	 * @generated
	 */
	EReference getPledgeSignature_Pledge();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.PledgeSignature#getSignedOn <em>Signed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed On</em>'.
	 * @see cn.qinglian.inspection.model.PledgeSignature#getSignedOn()
	 * @see #getPledgeSignature()
	 * @generated
	 */
	EAttribute getPledgeSignature_SignedOn();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.LiaisonStation <em>Liaison Station</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Liaison Station</em>'.
	 * @see cn.qinglian.inspection.model.LiaisonStation
	 * @generated
	 */
	EClass getLiaisonStation();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.LiaisonStation#getAssociation <em>Association</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Association</em>'.
	 * @see cn.qinglian.inspection.model.LiaisonStation#getAssociation()
	 * @see #getLiaisonStation()
	 * @generated
	 */
	EReference getLiaisonStation_Association();

	/**
	 * Returns the meta object for the reference list '{@link cn.qinglian.inspection.model.LiaisonStation#getServiceTeam <em>Service Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Service Team</em>'.
	 * @see cn.qinglian.inspection.model.LiaisonStation#getServiceTeam()
	 * @see #getLiaisonStation()
	 * @generated
	 */
	EReference getLiaisonStation_ServiceTeam();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.inspection.model.LiaisonStation#getVisits <em>Visits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Visits</em>'.
	 * @see cn.qinglian.inspection.model.LiaisonStation#getVisits()
	 * @see #getLiaisonStation()
	 * @generated
	 */
	EReference getLiaisonStation_Visits();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.inspection.model.LiaisonStation#getFeedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Feedback</em>'.
	 * @see cn.qinglian.inspection.model.LiaisonStation#getFeedback()
	 * @see #getLiaisonStation()
	 * @generated
	 */
	EReference getLiaisonStation_Feedback();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.StationVisit <em>Station Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Station Visit</em>'.
	 * @see cn.qinglian.inspection.model.StationVisit
	 * @generated
	 */
	EClass getStationVisit();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.StationVisit#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see cn.qinglian.inspection.model.StationVisit#getDate()
	 * @see #getStationVisit()
	 * @generated
	 */
	EAttribute getStationVisit_Date();

	/**
	 * Returns the meta object for the reference list '{@link cn.qinglian.inspection.model.StationVisit#getVisitors <em>Visitors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Visitors</em>'.
	 * @see cn.qinglian.inspection.model.StationVisit#getVisitors()
	 * @see #getStationVisit()
	 * @generated
	 */
	EReference getStationVisit_Visitors();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.StationVisit#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see cn.qinglian.inspection.model.StationVisit#getNotes()
	 * @see #getStationVisit()
	 * @generated
	 */
	EAttribute getStationVisit_Notes();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.inspection.model.Feedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feedback</em>'.
	 * @see cn.qinglian.inspection.model.Feedback
	 * @generated
	 */
	EClass getFeedback();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Feedback#getReceivedOn <em>Received On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Received On</em>'.
	 * @see cn.qinglian.inspection.model.Feedback#getReceivedOn()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_ReceivedOn();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.Feedback#getEnterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Enterprise</em>'.
	 * @see cn.qinglian.inspection.model.Feedback#getEnterprise()
	 * @see #getFeedback()
	 * @generated
	 */
	EReference getFeedback_Enterprise();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.inspection.model.Feedback#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see cn.qinglian.inspection.model.Feedback#getText()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Text();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.Feedback#getComplaint <em>Complaint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Complaint</em>'.
	 * @see cn.qinglian.inspection.model.Feedback#getComplaint()
	 * @see #getFeedback()
	 * @generated
	 */
	EReference getFeedback_Complaint();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.inspection.model.Feedback#getFinding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Finding</em>'.
	 * @see cn.qinglian.inspection.model.Feedback#getFinding()
	 * @see #getFeedback()
	 * @generated
	 */
	EReference getFeedback_Finding();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.inspection.model.TourStatus <em>Tour Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tour Status</em>'.
	 * @see cn.qinglian.inspection.model.TourStatus
	 * @generated
	 */
	EEnum getTourStatus();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.inspection.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see cn.qinglian.inspection.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.inspection.model.FindingSource <em>Finding Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Finding Source</em>'.
	 * @see cn.qinglian.inspection.model.FindingSource
	 * @generated
	 */
	EEnum getFindingSource();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.inspection.model.RectificationState <em>Rectification State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rectification State</em>'.
	 * @see cn.qinglian.inspection.model.RectificationState
	 * @generated
	 */
	EEnum getRectificationState();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.inspection.model.LeaderResponsibility <em>Leader Responsibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Leader Responsibility</em>'.
	 * @see cn.qinglian.inspection.model.LeaderResponsibility
	 * @generated
	 */
	EEnum getLeaderResponsibility();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.inspection.model.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decision</em>'.
	 * @see cn.qinglian.inspection.model.Decision
	 * @generated
	 */
	EEnum getDecision();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.inspection.model.ComplaintChannel <em>Complaint Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Complaint Channel</em>'.
	 * @see cn.qinglian.inspection.model.ComplaintChannel
	 * @generated
	 */
	EEnum getComplaintChannel();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.inspection.model.ComplainantType <em>Complainant Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Complainant Type</em>'.
	 * @see cn.qinglian.inspection.model.ComplainantType
	 * @generated
	 */
	EEnum getComplainantType();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.inspection.model.ComplaintStatus <em>Complaint Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Complaint Status</em>'.
	 * @see cn.qinglian.inspection.model.ComplaintStatus
	 * @generated
	 */
	EEnum getComplaintStatus();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDateTime <em>Local Date Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * 日期和时间（不含时区），在文件中以 ISO 8601 格式 yyyy-MM-ddTHH:mm:ss 保存。
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date Time</em>'.
	 * @see java.time.LocalDateTime
	 * @model instanceClass="java.time.LocalDateTime"
	 * @generated
	 */
	EDataType getLocalDateTime();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	InspectionFactory getInspectionFactory();

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
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.InspectionRootImpl <em>Root</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.InspectionRootImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getInspectionRoot()
		 * @generated
		 */
		EClass INSPECTION_ROOT = eINSTANCE.getInspectionRoot();

		/**
		 * The meta object literal for the '<em><b>Acknowledge Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROOT__ACKNOWLEDGE_DAYS = eINSTANCE.getInspectionRoot_AcknowledgeDays();

		/**
		 * The meta object literal for the '<em><b>Handle Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROOT__HANDLE_DAYS = eINSTANCE.getInspectionRoot_HandleDays();

		/**
		 * The meta object literal for the '<em><b>Priority Handle Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_ROOT__PRIORITY_HANDLE_DAYS = eINSTANCE.getInspectionRoot_PriorityHandleDays();

		/**
		 * The meta object literal for the '<em><b>Tours</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_ROOT__TOURS = eINSTANCE.getInspectionRoot_Tours();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_ROOT__FINDINGS = eINSTANCE.getInspectionRoot_Findings();

		/**
		 * The meta object literal for the '<em><b>Rectifications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_ROOT__RECTIFICATIONS = eINSTANCE.getInspectionRoot_Rectifications();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_ROOT__CASES = eINSTANCE.getInspectionRoot_Cases();

		/**
		 * The meta object literal for the '<em><b>Complaints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_ROOT__COMPLAINTS = eINSTANCE.getInspectionRoot_Complaints();

		/**
		 * The meta object literal for the '<em><b>Enterprises</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_ROOT__ENTERPRISES = eINSTANCE.getInspectionRoot_Enterprises();

		/**
		 * The meta object literal for the '<em><b>Enterprise Filings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_ROOT__ENTERPRISE_FILINGS = eINSTANCE.getInspectionRoot_EnterpriseFilings();

		/**
		 * The meta object literal for the '<em><b>Banquet Filings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_ROOT__BANQUET_FILINGS = eINSTANCE.getInspectionRoot_BanquetFilings();

		/**
		 * The meta object literal for the '<em><b>Pledges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_ROOT__PLEDGES = eINSTANCE.getInspectionRoot_Pledges();

		/**
		 * The meta object literal for the '<em><b>Signatures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_ROOT__SIGNATURES = eINSTANCE.getInspectionRoot_Signatures();

		/**
		 * The meta object literal for the '<em><b>Liaison Stations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_ROOT__LIAISON_STATIONS = eINSTANCE.getInspectionRoot_LiaisonStations();

		/**
		 * The meta object literal for the '<em><b>Reveals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_ROOT__REVEALS = eINSTANCE.getInspectionRoot_Reveals();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.InspectionTourImpl <em>Tour</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.InspectionTourImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getInspectionTour()
		 * @generated
		 */
		EClass INSPECTION_TOUR = eINSTANCE.getInspectionTour();

		/**
		 * The meta object literal for the '<em><b>Target Units</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_TOUR__TARGET_UNITS = eINSTANCE.getInspectionTour_TargetUnits();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_TOUR__TEAM = eINSTANCE.getInspectionTour_Team();

		/**
		 * The meta object literal for the '<em><b>Team Leader</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_TOUR__TEAM_LEADER = eINSTANCE.getInspectionTour_TeamLeader();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_TOUR__START = eINSTANCE.getInspectionTour_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_TOUR__END = eINSTANCE.getInspectionTour_End();

		/**
		 * The meta object literal for the '<em><b>Focus</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_TOUR__FOCUS = eINSTANCE.getInspectionTour_Focus();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_TOUR__STATUS = eINSTANCE.getInspectionTour_Status();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_TOUR__SUMMARY = eINSTANCE.getInspectionTour_Summary();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.FindingImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__TITLE = eINSTANCE.getFinding_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__DESCRIPTION = eINSTANCE.getFinding_Description();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__CATEGORY = eINSTANCE.getFinding_Category();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SEVERITY = eINSTANCE.getFinding_Severity();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SOURCE = eINSTANCE.getFinding_Source();

		/**
		 * The meta object literal for the '<em><b>Found On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__FOUND_ON = eINSTANCE.getFinding_FoundOn();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__UNIT = eINSTANCE.getFinding_Unit();

		/**
		 * The meta object literal for the '<em><b>Persons</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__PERSONS = eINSTANCE.getFinding_Persons();

		/**
		 * The meta object literal for the '<em><b>Posts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__POSTS = eINSTANCE.getFinding_Posts();

		/**
		 * The meta object literal for the '<em><b>Tour</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__TOUR = eINSTANCE.getFinding_Tour();

		/**
		 * The meta object literal for the '<em><b>Complaint</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__COMPLAINT = eINSTANCE.getFinding_Complaint();

		/**
		 * The meta object literal for the '<em><b>Liaison Station</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__LIAISON_STATION = eINSTANCE.getFinding_LiaisonStation();

		/**
		 * The meta object literal for the '<em><b>Enterprise</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__ENTERPRISE = eINSTANCE.getFinding_Enterprise();

		/**
		 * The meta object literal for the '<em><b>Inspection Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__INSPECTION_DATE = eINSTANCE.getFinding_InspectionDate();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__EVIDENCE = eINSTANCE.getFinding_Evidence();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.EvidenceFileImpl <em>Evidence File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.EvidenceFileImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getEvidenceFile()
		 * @generated
		 */
		EClass EVIDENCE_FILE = eINSTANCE.getEvidenceFile();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_FILE__FILE_NAME = eINSTANCE.getEvidenceFile_FileName();

		/**
		 * The meta object literal for the '<em><b>Stored Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_FILE__STORED_PATH = eINSTANCE.getEvidenceFile_StoredPath();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_FILE__SHA256 = eINSTANCE.getEvidenceFile_Sha256();

		/**
		 * The meta object literal for the '<em><b>Added On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_FILE__ADDED_ON = eINSTANCE.getEvidenceFile_AddedOn();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.RectificationImpl <em>Rectification</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.RectificationImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getRectification()
		 * @generated
		 */
		EClass RECTIFICATION = eINSTANCE.getRectification();

		/**
		 * The meta object literal for the '<em><b>Finding</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECTIFICATION__FINDING = eINSTANCE.getRectification_Finding();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION__MEASURE = eINSTANCE.getRectification_Measure();

		/**
		 * The meta object literal for the '<em><b>Owner Post</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECTIFICATION__OWNER_POST = eINSTANCE.getRectification_OwnerPost();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION__DEADLINE = eINSTANCE.getRectification_Deadline();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECTIFICATION__STATE = eINSTANCE.getRectification_State();

		/**
		 * The meta object literal for the '<em><b>Transitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECTIFICATION__TRANSITIONS = eINSTANCE.getRectification_Transitions();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.StateTransitionImpl <em>State Transition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.StateTransitionImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getStateTransition()
		 * @generated
		 */
		EClass STATE_TRANSITION = eINSTANCE.getStateTransition();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_TRANSITION__FROM = eINSTANCE.getStateTransition_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_TRANSITION__TO = eINSTANCE.getStateTransition_To();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_TRANSITION__BY = eINSTANCE.getStateTransition_By();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_TRANSITION__AT = eINSTANCE.getStateTransition_At();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_TRANSITION__REASON = eINSTANCE.getStateTransition_Reason();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.InvestigationCaseImpl <em>Investigation Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.InvestigationCaseImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getInvestigationCase()
		 * @generated
		 */
		EClass INVESTIGATION_CASE = eINSTANCE.getInvestigationCase();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION_CASE__TITLE = eINSTANCE.getInvestigationCase_Title();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION_CASE__SUBJECT = eINSTANCE.getInvestigationCase_Subject();

		/**
		 * The meta object literal for the '<em><b>Subject Post</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION_CASE__SUBJECT_POST = eINSTANCE.getInvestigationCase_SubjectPost();

		/**
		 * The meta object literal for the '<em><b>Finding</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION_CASE__FINDING = eINSTANCE.getInvestigationCase_Finding();

		/**
		 * The meta object literal for the '<em><b>Opened On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION_CASE__OPENED_ON = eINSTANCE.getInvestigationCase_OpenedOn();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION_CASE__DECISION = eINSTANCE.getInvestigationCase_Decision();

		/**
		 * The meta object literal for the '<em><b>Decided On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION_CASE__DECIDED_ON = eINSTANCE.getInvestigationCase_DecidedOn();

		/**
		 * The meta object literal for the '<em><b>Second Investigations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INVESTIGATION_CASE__SECOND_INVESTIGATIONS = eINSTANCE.getInvestigationCase_SecondInvestigations();

		/**
		 * The meta object literal for the '<em><b>Public Notice On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION_CASE__PUBLIC_NOTICE_ON = eINSTANCE.getInvestigationCase_PublicNoticeOn();

		/**
		 * The meta object literal for the '<em><b>Public Notice</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INVESTIGATION_CASE__PUBLIC_NOTICE = eINSTANCE.getInvestigationCase_PublicNotice();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.LeaderInvestigationImpl <em>Leader Investigation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.LeaderInvestigationImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getLeaderInvestigation()
		 * @generated
		 */
		EClass LEADER_INVESTIGATION = eINSTANCE.getLeaderInvestigation();

		/**
		 * The meta object literal for the '<em><b>Leader Post</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEADER_INVESTIGATION__LEADER_POST = eINSTANCE.getLeaderInvestigation_LeaderPost();

		/**
		 * The meta object literal for the '<em><b>Leader</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEADER_INVESTIGATION__LEADER = eINSTANCE.getLeaderInvestigation_Leader();

		/**
		 * The meta object literal for the '<em><b>Responsibility</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEADER_INVESTIGATION__RESPONSIBILITY = eINSTANCE.getLeaderInvestigation_Responsibility();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEADER_INVESTIGATION__DECISION = eINSTANCE.getLeaderInvestigation_Decision();

		/**
		 * The meta object literal for the '<em><b>Decided On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEADER_INVESTIGATION__DECIDED_ON = eINSTANCE.getLeaderInvestigation_DecidedOn();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.ComplaintImpl <em>Complaint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.ComplaintImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getComplaint()
		 * @generated
		 */
		EClass COMPLAINT = eINSTANCE.getComplaint();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__NUMBER = eINSTANCE.getComplaint_Number();

		/**
		 * The meta object literal for the '<em><b>Received On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__RECEIVED_ON = eINSTANCE.getComplaint_ReceivedOn();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__CHANNEL = eINSTANCE.getComplaint_Channel();

		/**
		 * The meta object literal for the '<em><b>Complainant Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__COMPLAINANT_TYPE = eINSTANCE.getComplaint_ComplainantType();

		/**
		 * The meta object literal for the '<em><b>Complainant</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPLAINT__COMPLAINANT = eINSTANCE.getComplaint_Complainant();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__SUMMARY = eINSTANCE.getComplaint_Summary();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__CATEGORY = eINSTANCE.getComplaint_Category();

		/**
		 * The meta object literal for the '<em><b>Target Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPLAINT__TARGET_UNIT = eINSTANCE.getComplaint_TargetUnit();

		/**
		 * The meta object literal for the '<em><b>Target Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPLAINT__TARGET_PERSON = eINSTANCE.getComplaint_TargetPerson();

		/**
		 * The meta object literal for the '<em><b>Target Post</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPLAINT__TARGET_POST = eINSTANCE.getComplaint_TargetPost();

		/**
		 * The meta object literal for the '<em><b>Suspended</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__SUSPENDED = eINSTANCE.getComplaint_Suspended();

		/**
		 * The meta object literal for the '<em><b>Enterprise</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPLAINT__ENTERPRISE = eINSTANCE.getComplaint_Enterprise();

		/**
		 * The meta object literal for the '<em><b>Inspection Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__INSPECTION_DATE = eINSTANCE.getComplaint_InspectionDate();

		/**
		 * The meta object literal for the '<em><b>Liaison Station</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPLAINT__LIAISON_STATION = eINSTANCE.getComplaint_LiaisonStation();

		/**
		 * The meta object literal for the '<em><b>Acknowledged On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__ACKNOWLEDGED_ON = eINSTANCE.getComplaint_AcknowledgedOn();

		/**
		 * The meta object literal for the '<em><b>Handled On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__HANDLED_ON = eINSTANCE.getComplaint_HandledOn();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__STATUS = eINSTANCE.getComplaint_Status();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__OUTCOME = eINSTANCE.getComplaint_Outcome();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.ComplainantImpl <em>Complainant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.ComplainantImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getComplainant()
		 * @generated
		 */
		EClass COMPLAINANT = eINSTANCE.getComplainant();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINANT__NAME = eINSTANCE.getComplainant_Name();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINANT__CONTACT = eINSTANCE.getComplainant_Contact();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINANT__ORGANISATION = eINSTANCE.getComplainant_Organisation();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.IdentityRevealImpl <em>Identity Reveal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.IdentityRevealImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getIdentityReveal()
		 * @generated
		 */
		EClass IDENTITY_REVEAL = eINSTANCE.getIdentityReveal();

		/**
		 * The meta object literal for the '<em><b>Complaint</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IDENTITY_REVEAL__COMPLAINT = eINSTANCE.getIdentityReveal_Complaint();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTITY_REVEAL__BY = eINSTANCE.getIdentityReveal_By();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTITY_REVEAL__AT = eINSTANCE.getIdentityReveal_At();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTITY_REVEAL__REASON = eINSTANCE.getIdentityReveal_Reason();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.EnterpriseImpl <em>Enterprise</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.EnterpriseImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getEnterprise()
		 * @generated
		 */
		EClass ENTERPRISE = eINSTANCE.getEnterprise();

		/**
		 * The meta object literal for the '<em><b>Credit Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__CREDIT_CODE = eINSTANCE.getEnterprise_CreditCode();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__SECTOR = eINSTANCE.getEnterprise_Sector();

		/**
		 * The meta object literal for the '<em><b>Key Enterprise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE__KEY_ENTERPRISE = eINSTANCE.getEnterprise_KeyEnterprise();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.EnterpriseInspectionFilingImpl <em>Enterprise Inspection Filing</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.EnterpriseInspectionFilingImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getEnterpriseInspectionFiling()
		 * @generated
		 */
		EClass ENTERPRISE_INSPECTION_FILING = eINSTANCE.getEnterpriseInspectionFiling();

		/**
		 * The meta object literal for the '<em><b>Officer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE_INSPECTION_FILING__OFFICER = eINSTANCE.getEnterpriseInspectionFiling_Officer();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE_INSPECTION_FILING__UNIT = eINSTANCE.getEnterpriseInspectionFiling_Unit();

		/**
		 * The meta object literal for the '<em><b>Enterprise</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE_INSPECTION_FILING__ENTERPRISE = eINSTANCE.getEnterpriseInspectionFiling_Enterprise();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_INSPECTION_FILING__DATE = eINSTANCE.getEnterpriseInspectionFiling_Date();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_INSPECTION_FILING__PURPOSE = eINSTANCE.getEnterpriseInspectionFiling_Purpose();

		/**
		 * The meta object literal for the '<em><b>Filed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_INSPECTION_FILING__FILED_ON = eINSTANCE.getEnterpriseInspectionFiling_FiledOn();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.BanquetFilingImpl <em>Banquet Filing</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.BanquetFilingImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getBanquetFiling()
		 * @generated
		 */
		EClass BANQUET_FILING = eINSTANCE.getBanquetFiling();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BANQUET_FILING__PERSON = eINSTANCE.getBanquetFiling_Person();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BANQUET_FILING__DATE = eINSTANCE.getBanquetFiling_Date();

		/**
		 * The meta object literal for the '<em><b>Occasion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BANQUET_FILING__OCCASION = eINSTANCE.getBanquetFiling_Occasion();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BANQUET_FILING__PLACE = eINSTANCE.getBanquetFiling_Place();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BANQUET_FILING__PARTICIPANTS = eINSTANCE.getBanquetFiling_Participants();

		/**
		 * The meta object literal for the '<em><b>Filed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BANQUET_FILING__FILED_ON = eINSTANCE.getBanquetFiling_FiledOn();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.PledgeImpl <em>Pledge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.PledgeImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getPledge()
		 * @generated
		 */
		EClass PLEDGE = eINSTANCE.getPledge();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLEDGE__TITLE = eINSTANCE.getPledge_Title();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLEDGE__VERSION = eINSTANCE.getPledge_Version();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLEDGE__ITEMS = eINSTANCE.getPledge_Items();

		/**
		 * The meta object literal for the '<em><b>Issued On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLEDGE__ISSUED_ON = eINSTANCE.getPledge_IssuedOn();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLEDGE__SCOPE = eINSTANCE.getPledge_Scope();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.PledgeSignatureImpl <em>Pledge Signature</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.PledgeSignatureImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getPledgeSignature()
		 * @generated
		 */
		EClass PLEDGE_SIGNATURE = eINSTANCE.getPledgeSignature();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLEDGE_SIGNATURE__PERSON = eINSTANCE.getPledgeSignature_Person();

		/**
		 * The meta object literal for the '<em><b>Pledge</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLEDGE_SIGNATURE__PLEDGE = eINSTANCE.getPledgeSignature_Pledge();

		/**
		 * The meta object literal for the '<em><b>Signed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLEDGE_SIGNATURE__SIGNED_ON = eINSTANCE.getPledgeSignature_SignedOn();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.LiaisonStationImpl <em>Liaison Station</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.LiaisonStationImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getLiaisonStation()
		 * @generated
		 */
		EClass LIAISON_STATION = eINSTANCE.getLiaisonStation();

		/**
		 * The meta object literal for the '<em><b>Association</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIAISON_STATION__ASSOCIATION = eINSTANCE.getLiaisonStation_Association();

		/**
		 * The meta object literal for the '<em><b>Service Team</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIAISON_STATION__SERVICE_TEAM = eINSTANCE.getLiaisonStation_ServiceTeam();

		/**
		 * The meta object literal for the '<em><b>Visits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIAISON_STATION__VISITS = eINSTANCE.getLiaisonStation_Visits();

		/**
		 * The meta object literal for the '<em><b>Feedback</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIAISON_STATION__FEEDBACK = eINSTANCE.getLiaisonStation_Feedback();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.StationVisitImpl <em>Station Visit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.StationVisitImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getStationVisit()
		 * @generated
		 */
		EClass STATION_VISIT = eINSTANCE.getStationVisit();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATION_VISIT__DATE = eINSTANCE.getStationVisit_Date();

		/**
		 * The meta object literal for the '<em><b>Visitors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATION_VISIT__VISITORS = eINSTANCE.getStationVisit_Visitors();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATION_VISIT__NOTES = eINSTANCE.getStationVisit_Notes();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.impl.FeedbackImpl <em>Feedback</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.impl.FeedbackImpl
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getFeedback()
		 * @generated
		 */
		EClass FEEDBACK = eINSTANCE.getFeedback();

		/**
		 * The meta object literal for the '<em><b>Received On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__RECEIVED_ON = eINSTANCE.getFeedback_ReceivedOn();

		/**
		 * The meta object literal for the '<em><b>Enterprise</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEEDBACK__ENTERPRISE = eINSTANCE.getFeedback_Enterprise();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__TEXT = eINSTANCE.getFeedback_Text();

		/**
		 * The meta object literal for the '<em><b>Complaint</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEEDBACK__COMPLAINT = eINSTANCE.getFeedback_Complaint();

		/**
		 * The meta object literal for the '<em><b>Finding</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEEDBACK__FINDING = eINSTANCE.getFeedback_Finding();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.TourStatus <em>Tour Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.TourStatus
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getTourStatus()
		 * @generated
		 */
		EEnum TOUR_STATUS = eINSTANCE.getTourStatus();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.Severity
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.FindingSource <em>Finding Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.FindingSource
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getFindingSource()
		 * @generated
		 */
		EEnum FINDING_SOURCE = eINSTANCE.getFindingSource();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.RectificationState <em>Rectification State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.RectificationState
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getRectificationState()
		 * @generated
		 */
		EEnum RECTIFICATION_STATE = eINSTANCE.getRectificationState();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.LeaderResponsibility <em>Leader Responsibility</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.LeaderResponsibility
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getLeaderResponsibility()
		 * @generated
		 */
		EEnum LEADER_RESPONSIBILITY = eINSTANCE.getLeaderResponsibility();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.Decision <em>Decision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.Decision
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getDecision()
		 * @generated
		 */
		EEnum DECISION = eINSTANCE.getDecision();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.ComplaintChannel <em>Complaint Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.ComplaintChannel
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getComplaintChannel()
		 * @generated
		 */
		EEnum COMPLAINT_CHANNEL = eINSTANCE.getComplaintChannel();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.ComplainantType <em>Complainant Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.ComplainantType
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getComplainantType()
		 * @generated
		 */
		EEnum COMPLAINANT_TYPE = eINSTANCE.getComplainantType();

		/**
		 * The meta object literal for the '{@link cn.qinglian.inspection.model.ComplaintStatus <em>Complaint Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.inspection.model.ComplaintStatus
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getComplaintStatus()
		 * @generated
		 */
		EEnum COMPLAINT_STATUS = eINSTANCE.getComplaintStatus();

		/**
		 * The meta object literal for the '<em>Local Date Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDateTime
		 * @see cn.qinglian.inspection.model.impl.InspectionPackageImpl#getLocalDateTime()
		 * @generated
		 */
		EDataType LOCAL_DATE_TIME = eINSTANCE.getLocalDateTime();

	}

} //InspectionPackage
