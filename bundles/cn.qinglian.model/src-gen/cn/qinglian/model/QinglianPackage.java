/**
 */
package cn.qinglian.model;

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
 * 清廉站所责任体系模型：单位树、岗位与任职、分管关系、报告链、廉政抄告与报告事件。
 * 一个工作区文件的根对象是 {@link cn.qinglian.model.Organisation}。
 * <!-- end-model-doc -->
 * @see cn.qinglian.model.QinglianFactory
 * @model kind="package"
 * @generated
 */
public interface QinglianPackage extends EPackage {
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
	String eNS_URI = "http://qinglian.cn/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "ql";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	QinglianPackage eINSTANCE = cn.qinglian.model.impl.QinglianPackageImpl.init();

	/**
	 * The meta object id for the '{@link cn.qinglian.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.impl.IdentifiedImpl
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.model.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.impl.NamedImpl
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.model.impl.PartyImpl <em>Party</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.impl.PartyImpl
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getParty()
	 * @generated
	 */
	int PARTY = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY__NAME = NAMED__NAME;

	/**
	 * The number of structural features of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Party</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.model.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.impl.OrganisationImpl
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__FORMAT_VERSION = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__UNITS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>People</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__PEOPLE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Charge Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__CHARGE_ASSIGNMENTS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Reporting Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__REPORTING_LINES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Copy Notices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__COPY_NOTICES = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Reports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__REPORTS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.model.impl.UnitImpl <em>Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.impl.UnitImpl
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getUnit()
	 * @generated
	 */
	int UNIT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__ID = PARTY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__NAME = PARTY__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__KIND = PARTY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__CHILDREN = PARTY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__PARENT = PARTY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Posts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__POSTS = PARTY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Competent Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__COMPETENT_DEPARTMENT = PARTY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT__DESCRIPTION = PARTY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_FEATURE_COUNT = PARTY_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNIT_OPERATION_COUNT = PARTY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.model.impl.PostImpl <em>Post</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.impl.PostImpl
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getPost()
	 * @generated
	 */
	int POST = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__ID = PARTY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__NAME = PARTY__NAME;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__ROLE = PARTY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__UNIT = PARTY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tenures</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST__TENURES = PARTY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Post</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_FEATURE_COUNT = PARTY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Post</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POST_OPERATION_COUNT = PARTY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.impl.PersonImpl
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Person Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__PERSON_ID = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Gender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__GENDER = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Birth Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__BIRTH_YEAR = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tenures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__TENURES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.model.impl.TenureImpl <em>Tenure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.impl.TenureImpl
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getTenure()
	 * @generated
	 */
	int TENURE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Person</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE__PERSON = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Post</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE__POST = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE__START = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE__END = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Tenure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Tenure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TENURE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.model.impl.ChargeAssignmentImpl <em>Charge Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.impl.ChargeAssignmentImpl
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getChargeAssignment()
	 * @generated
	 */
	int CHARGE_ASSIGNMENT = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE_ASSIGNMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Leader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE_ASSIGNMENT__LEADER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Units</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE_ASSIGNMENT__UNITS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE_ASSIGNMENT__START = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE_ASSIGNMENT__END = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Charge Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE_ASSIGNMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Charge Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHARGE_ASSIGNMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.model.impl.ReportingLineImpl <em>Reporting Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.impl.ReportingLineImpl
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getReportingLine()
	 * @generated
	 */
	int REPORTING_LINE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_LINE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_LINE__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_LINE__FROM = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_LINE__TO = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cadence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_LINE__CADENCE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_LINE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Reporting Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_LINE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Reporting Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTING_LINE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.model.impl.CopyNoticeImpl <em>Copy Notice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.impl.CopyNoticeImpl
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getCopyNotice()
	 * @generated
	 */
	int COPY_NOTICE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COPY_NOTICE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COPY_NOTICE__DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COPY_NOTICE__FROM = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COPY_NOTICE__TO = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COPY_NOTICE__SUBJECT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COPY_NOTICE__CONTENT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Related Report</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COPY_NOTICE__RELATED_REPORT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Copy Notice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COPY_NOTICE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Copy Notice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COPY_NOTICE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.model.impl.ReportImpl <em>Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.impl.ReportImpl
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getReport()
	 * @generated
	 */
	int REPORT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__LINE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reporter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__REPORTER = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Recipient</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__RECIPIENT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__TOPIC = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Occasion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__OCCASION = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Problems Pointed Out</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__PROBLEMS_POINTED_OUT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Follow Up</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__FOLLOW_UP = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link cn.qinglian.model.UnitKind <em>Unit Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.UnitKind
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getUnitKind()
	 * @generated
	 */
	int UNIT_KIND = 12;

	/**
	 * The meta object id for the '{@link cn.qinglian.model.PostRole <em>Post Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.PostRole
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getPostRole()
	 * @generated
	 */
	int POST_ROLE = 13;

	/**
	 * The meta object id for the '{@link cn.qinglian.model.Gender <em>Gender</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.Gender
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getGender()
	 * @generated
	 */
	int GENDER = 14;

	/**
	 * The meta object id for the '{@link cn.qinglian.model.ReportingKind <em>Reporting Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.ReportingKind
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getReportingKind()
	 * @generated
	 */
	int REPORTING_KIND = 15;

	/**
	 * The meta object id for the '{@link cn.qinglian.model.Cadence <em>Cadence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.Cadence
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getCadence()
	 * @generated
	 */
	int CADENCE = 16;

	/**
	 * The meta object id for the '{@link cn.qinglian.model.SupervisionOccasion <em>Supervision Occasion</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see cn.qinglian.model.SupervisionOccasion
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getSupervisionOccasion()
	 * @generated
	 */
	int SUPERVISION_OCCASION = 17;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see cn.qinglian.model.impl.QinglianPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 18;


	/**
	 * Returns the meta object for class '{@link cn.qinglian.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see cn.qinglian.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see cn.qinglian.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see cn.qinglian.model.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see cn.qinglian.model.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.model.Party <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Party</em>'.
	 * @see cn.qinglian.model.Party
	 * @generated
	 */
	EClass getParty();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see cn.qinglian.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.Organisation#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see cn.qinglian.model.Organisation#getFormatVersion()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_FormatVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.model.Organisation#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Units</em>'.
	 * @see cn.qinglian.model.Organisation#getUnits()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Units();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.model.Organisation#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>People</em>'.
	 * @see cn.qinglian.model.Organisation#getPeople()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_People();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.model.Organisation#getChargeAssignments <em>Charge Assignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Charge Assignments</em>'.
	 * @see cn.qinglian.model.Organisation#getChargeAssignments()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_ChargeAssignments();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.model.Organisation#getReportingLines <em>Reporting Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reporting Lines</em>'.
	 * @see cn.qinglian.model.Organisation#getReportingLines()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_ReportingLines();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.model.Organisation#getCopyNotices <em>Copy Notices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Copy Notices</em>'.
	 * @see cn.qinglian.model.Organisation#getCopyNotices()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_CopyNotices();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.model.Organisation#getReports <em>Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reports</em>'.
	 * @see cn.qinglian.model.Organisation#getReports()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Reports();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.model.Unit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unit</em>'.
	 * @see cn.qinglian.model.Unit
	 * @generated
	 */
	EClass getUnit();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.Unit#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see cn.qinglian.model.Unit#getKind()
	 * @see #getUnit()
	 * @generated
	 */
	EAttribute getUnit_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.model.Unit#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see cn.qinglian.model.Unit#getChildren()
	 * @see #getUnit()
	 * @generated
	 */
	EReference getUnit_Children();

	/**
	 * Returns the meta object for the container reference '{@link cn.qinglian.model.Unit#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Parent</em>'.
	 * @see cn.qinglian.model.Unit#getParent()
	 * @see #getUnit()
	 * @generated
	 */
	EReference getUnit_Parent();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.model.Unit#getPosts <em>Posts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Posts</em>'.
	 * @see cn.qinglian.model.Unit#getPosts()
	 * @see #getUnit()
	 * @generated
	 */
	EReference getUnit_Posts();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.model.Unit#getCompetentDepartment <em>Competent Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Competent Department</em>'.
	 * @see cn.qinglian.model.Unit#getCompetentDepartment()
	 * @see #getUnit()
	 * @generated
	 */
	EReference getUnit_CompetentDepartment();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.Unit#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see cn.qinglian.model.Unit#getDescription()
	 * @see #getUnit()
	 * @generated
	 */
	EAttribute getUnit_Description();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.model.Post <em>Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Post</em>'.
	 * @see cn.qinglian.model.Post
	 * @generated
	 */
	EClass getPost();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.Post#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see cn.qinglian.model.Post#getRole()
	 * @see #getPost()
	 * @generated
	 */
	EAttribute getPost_Role();

	/**
	 * Returns the meta object for the container reference '{@link cn.qinglian.model.Post#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Unit</em>'.
	 * @see cn.qinglian.model.Post#getUnit()
	 * @see #getPost()
	 * @generated
	 */
	EReference getPost_Unit();

	/**
	 * Returns the meta object for the reference list '{@link cn.qinglian.model.Post#getTenures <em>Tenures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Tenures</em>'.
	 * @see cn.qinglian.model.Post#getTenures()
	 * @see #getPost()
	 * @generated
	 */
	EReference getPost_Tenures();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see cn.qinglian.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.Person#getPersonId <em>Person Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Person Id</em>'.
	 * @see cn.qinglian.model.Person#getPersonId()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_PersonId();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.Person#getGender <em>Gender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gender</em>'.
	 * @see cn.qinglian.model.Person#getGender()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Gender();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.Person#getBirthYear <em>Birth Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birth Year</em>'.
	 * @see cn.qinglian.model.Person#getBirthYear()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_BirthYear();

	/**
	 * Returns the meta object for the containment reference list '{@link cn.qinglian.model.Person#getTenures <em>Tenures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tenures</em>'.
	 * @see cn.qinglian.model.Person#getTenures()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Tenures();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.model.Tenure <em>Tenure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tenure</em>'.
	 * @see cn.qinglian.model.Tenure
	 * @generated
	 */
	EClass getTenure();

	/**
	 * Returns the meta object for the container reference '{@link cn.qinglian.model.Tenure#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Person</em>'.
	 * @see cn.qinglian.model.Tenure#getPerson()
	 * @see #getTenure()
	 * @generated
	 */
	EReference getTenure_Person();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.model.Tenure#getPost <em>Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Post</em>'.
	 * @see cn.qinglian.model.Tenure#getPost()
	 * @see #getTenure()
	 * @generated
	 */
	EReference getTenure_Post();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.Tenure#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see cn.qinglian.model.Tenure#getStart()
	 * @see #getTenure()
	 * @generated
	 */
	EAttribute getTenure_Start();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.Tenure#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see cn.qinglian.model.Tenure#getEnd()
	 * @see #getTenure()
	 * @generated
	 */
	EAttribute getTenure_End();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.model.ChargeAssignment <em>Charge Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Charge Assignment</em>'.
	 * @see cn.qinglian.model.ChargeAssignment
	 * @generated
	 */
	EClass getChargeAssignment();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.model.ChargeAssignment#getLeader <em>Leader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Leader</em>'.
	 * @see cn.qinglian.model.ChargeAssignment#getLeader()
	 * @see #getChargeAssignment()
	 * @generated
	 */
	EReference getChargeAssignment_Leader();

	/**
	 * Returns the meta object for the reference list '{@link cn.qinglian.model.ChargeAssignment#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Units</em>'.
	 * @see cn.qinglian.model.ChargeAssignment#getUnits()
	 * @see #getChargeAssignment()
	 * @generated
	 */
	EReference getChargeAssignment_Units();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.ChargeAssignment#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see cn.qinglian.model.ChargeAssignment#getStart()
	 * @see #getChargeAssignment()
	 * @generated
	 */
	EAttribute getChargeAssignment_Start();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.ChargeAssignment#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see cn.qinglian.model.ChargeAssignment#getEnd()
	 * @see #getChargeAssignment()
	 * @generated
	 */
	EAttribute getChargeAssignment_End();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.model.ReportingLine <em>Reporting Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reporting Line</em>'.
	 * @see cn.qinglian.model.ReportingLine
	 * @generated
	 */
	EClass getReportingLine();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.ReportingLine#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see cn.qinglian.model.ReportingLine#getKind()
	 * @see #getReportingLine()
	 * @generated
	 */
	EAttribute getReportingLine_Kind();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.model.ReportingLine#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see cn.qinglian.model.ReportingLine#getFrom()
	 * @see #getReportingLine()
	 * @generated
	 */
	EReference getReportingLine_From();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.model.ReportingLine#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see cn.qinglian.model.ReportingLine#getTo()
	 * @see #getReportingLine()
	 * @generated
	 */
	EReference getReportingLine_To();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.ReportingLine#getCadence <em>Cadence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cadence</em>'.
	 * @see cn.qinglian.model.ReportingLine#getCadence()
	 * @see #getReportingLine()
	 * @generated
	 */
	EAttribute getReportingLine_Cadence();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.ReportingLine#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see cn.qinglian.model.ReportingLine#getDescription()
	 * @see #getReportingLine()
	 * @generated
	 */
	EAttribute getReportingLine_Description();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.model.CopyNotice <em>Copy Notice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Copy Notice</em>'.
	 * @see cn.qinglian.model.CopyNotice
	 * @generated
	 */
	EClass getCopyNotice();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.CopyNotice#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see cn.qinglian.model.CopyNotice#getDate()
	 * @see #getCopyNotice()
	 * @generated
	 */
	EAttribute getCopyNotice_Date();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.model.CopyNotice#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see cn.qinglian.model.CopyNotice#getFrom()
	 * @see #getCopyNotice()
	 * @generated
	 */
	EReference getCopyNotice_From();

	/**
	 * Returns the meta object for the reference list '{@link cn.qinglian.model.CopyNotice#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>To</em>'.
	 * @see cn.qinglian.model.CopyNotice#getTo()
	 * @see #getCopyNotice()
	 * @generated
	 */
	EReference getCopyNotice_To();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.CopyNotice#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see cn.qinglian.model.CopyNotice#getSubject()
	 * @see #getCopyNotice()
	 * @generated
	 */
	EAttribute getCopyNotice_Subject();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.CopyNotice#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see cn.qinglian.model.CopyNotice#getContent()
	 * @see #getCopyNotice()
	 * @generated
	 */
	EAttribute getCopyNotice_Content();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.model.CopyNotice#getRelatedReport <em>Related Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Related Report</em>'.
	 * @see cn.qinglian.model.CopyNotice#getRelatedReport()
	 * @see #getCopyNotice()
	 * @generated
	 */
	EReference getCopyNotice_RelatedReport();

	/**
	 * Returns the meta object for class '{@link cn.qinglian.model.Report <em>Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Report</em>'.
	 * @see cn.qinglian.model.Report
	 * @generated
	 */
	EClass getReport();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.Report#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see cn.qinglian.model.Report#getDate()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Date();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.model.Report#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Line</em>'.
	 * @see cn.qinglian.model.Report#getLine()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Line();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.model.Report#getReporter <em>Reporter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reporter</em>'.
	 * @see cn.qinglian.model.Report#getReporter()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Reporter();

	/**
	 * Returns the meta object for the reference '{@link cn.qinglian.model.Report#getRecipient <em>Recipient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Recipient</em>'.
	 * @see cn.qinglian.model.Report#getRecipient()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Recipient();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.Report#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see cn.qinglian.model.Report#getTopic()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Topic();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.Report#getOccasion <em>Occasion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occasion</em>'.
	 * @see cn.qinglian.model.Report#getOccasion()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Occasion();

	/**
	 * Returns the meta object for the attribute list '{@link cn.qinglian.model.Report#getProblemsPointedOut <em>Problems Pointed Out</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Problems Pointed Out</em>'.
	 * @see cn.qinglian.model.Report#getProblemsPointedOut()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_ProblemsPointedOut();

	/**
	 * Returns the meta object for the attribute '{@link cn.qinglian.model.Report#getFollowUp <em>Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Follow Up</em>'.
	 * @see cn.qinglian.model.Report#getFollowUp()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_FollowUp();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.model.UnitKind <em>Unit Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Unit Kind</em>'.
	 * @see cn.qinglian.model.UnitKind
	 * @generated
	 */
	EEnum getUnitKind();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.model.PostRole <em>Post Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Post Role</em>'.
	 * @see cn.qinglian.model.PostRole
	 * @generated
	 */
	EEnum getPostRole();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.model.Gender <em>Gender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gender</em>'.
	 * @see cn.qinglian.model.Gender
	 * @generated
	 */
	EEnum getGender();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.model.ReportingKind <em>Reporting Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Reporting Kind</em>'.
	 * @see cn.qinglian.model.ReportingKind
	 * @generated
	 */
	EEnum getReportingKind();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.model.Cadence <em>Cadence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cadence</em>'.
	 * @see cn.qinglian.model.Cadence
	 * @generated
	 */
	EEnum getCadence();

	/**
	 * Returns the meta object for enum '{@link cn.qinglian.model.SupervisionOccasion <em>Supervision Occasion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Supervision Occasion</em>'.
	 * @see cn.qinglian.model.SupervisionOccasion
	 * @generated
	 */
	EEnum getSupervisionOccasion();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * 日期（不含时间），在文件中以 ISO 8601 格式 yyyy-MM-dd 保存。
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	QinglianFactory getQinglianFactory();

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
		 * The meta object literal for the '{@link cn.qinglian.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.impl.IdentifiedImpl
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link cn.qinglian.model.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.impl.NamedImpl
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '{@link cn.qinglian.model.impl.PartyImpl <em>Party</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.impl.PartyImpl
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getParty()
		 * @generated
		 */
		EClass PARTY = eINSTANCE.getParty();

		/**
		 * The meta object literal for the '{@link cn.qinglian.model.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.impl.OrganisationImpl
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__FORMAT_VERSION = eINSTANCE.getOrganisation_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__UNITS = eINSTANCE.getOrganisation_Units();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__PEOPLE = eINSTANCE.getOrganisation_People();

		/**
		 * The meta object literal for the '<em><b>Charge Assignments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__CHARGE_ASSIGNMENTS = eINSTANCE.getOrganisation_ChargeAssignments();

		/**
		 * The meta object literal for the '<em><b>Reporting Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__REPORTING_LINES = eINSTANCE.getOrganisation_ReportingLines();

		/**
		 * The meta object literal for the '<em><b>Copy Notices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__COPY_NOTICES = eINSTANCE.getOrganisation_CopyNotices();

		/**
		 * The meta object literal for the '<em><b>Reports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__REPORTS = eINSTANCE.getOrganisation_Reports();

		/**
		 * The meta object literal for the '{@link cn.qinglian.model.impl.UnitImpl <em>Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.impl.UnitImpl
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getUnit()
		 * @generated
		 */
		EClass UNIT = eINSTANCE.getUnit();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT__KIND = eINSTANCE.getUnit_Kind();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNIT__CHILDREN = eINSTANCE.getUnit_Children();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNIT__PARENT = eINSTANCE.getUnit_Parent();

		/**
		 * The meta object literal for the '<em><b>Posts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNIT__POSTS = eINSTANCE.getUnit_Posts();

		/**
		 * The meta object literal for the '<em><b>Competent Department</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNIT__COMPETENT_DEPARTMENT = eINSTANCE.getUnit_CompetentDepartment();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNIT__DESCRIPTION = eINSTANCE.getUnit_Description();

		/**
		 * The meta object literal for the '{@link cn.qinglian.model.impl.PostImpl <em>Post</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.impl.PostImpl
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getPost()
		 * @generated
		 */
		EClass POST = eINSTANCE.getPost();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POST__ROLE = eINSTANCE.getPost_Role();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POST__UNIT = eINSTANCE.getPost_Unit();

		/**
		 * The meta object literal for the '<em><b>Tenures</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POST__TENURES = eINSTANCE.getPost_Tenures();

		/**
		 * The meta object literal for the '{@link cn.qinglian.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.impl.PersonImpl
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Person Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__PERSON_ID = eINSTANCE.getPerson_PersonId();

		/**
		 * The meta object literal for the '<em><b>Gender</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__GENDER = eINSTANCE.getPerson_Gender();

		/**
		 * The meta object literal for the '<em><b>Birth Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__BIRTH_YEAR = eINSTANCE.getPerson_BirthYear();

		/**
		 * The meta object literal for the '<em><b>Tenures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__TENURES = eINSTANCE.getPerson_Tenures();

		/**
		 * The meta object literal for the '{@link cn.qinglian.model.impl.TenureImpl <em>Tenure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.impl.TenureImpl
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getTenure()
		 * @generated
		 */
		EClass TENURE = eINSTANCE.getTenure();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TENURE__PERSON = eINSTANCE.getTenure_Person();

		/**
		 * The meta object literal for the '<em><b>Post</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TENURE__POST = eINSTANCE.getTenure_Post();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TENURE__START = eINSTANCE.getTenure_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TENURE__END = eINSTANCE.getTenure_End();

		/**
		 * The meta object literal for the '{@link cn.qinglian.model.impl.ChargeAssignmentImpl <em>Charge Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.impl.ChargeAssignmentImpl
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getChargeAssignment()
		 * @generated
		 */
		EClass CHARGE_ASSIGNMENT = eINSTANCE.getChargeAssignment();

		/**
		 * The meta object literal for the '<em><b>Leader</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHARGE_ASSIGNMENT__LEADER = eINSTANCE.getChargeAssignment_Leader();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHARGE_ASSIGNMENT__UNITS = eINSTANCE.getChargeAssignment_Units();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHARGE_ASSIGNMENT__START = eINSTANCE.getChargeAssignment_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHARGE_ASSIGNMENT__END = eINSTANCE.getChargeAssignment_End();

		/**
		 * The meta object literal for the '{@link cn.qinglian.model.impl.ReportingLineImpl <em>Reporting Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.impl.ReportingLineImpl
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getReportingLine()
		 * @generated
		 */
		EClass REPORTING_LINE = eINSTANCE.getReportingLine();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_LINE__KIND = eINSTANCE.getReportingLine_Kind();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORTING_LINE__FROM = eINSTANCE.getReportingLine_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORTING_LINE__TO = eINSTANCE.getReportingLine_To();

		/**
		 * The meta object literal for the '<em><b>Cadence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_LINE__CADENCE = eINSTANCE.getReportingLine_Cadence();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTING_LINE__DESCRIPTION = eINSTANCE.getReportingLine_Description();

		/**
		 * The meta object literal for the '{@link cn.qinglian.model.impl.CopyNoticeImpl <em>Copy Notice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.impl.CopyNoticeImpl
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getCopyNotice()
		 * @generated
		 */
		EClass COPY_NOTICE = eINSTANCE.getCopyNotice();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COPY_NOTICE__DATE = eINSTANCE.getCopyNotice_Date();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COPY_NOTICE__FROM = eINSTANCE.getCopyNotice_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COPY_NOTICE__TO = eINSTANCE.getCopyNotice_To();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COPY_NOTICE__SUBJECT = eINSTANCE.getCopyNotice_Subject();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COPY_NOTICE__CONTENT = eINSTANCE.getCopyNotice_Content();

		/**
		 * The meta object literal for the '<em><b>Related Report</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COPY_NOTICE__RELATED_REPORT = eINSTANCE.getCopyNotice_RelatedReport();

		/**
		 * The meta object literal for the '{@link cn.qinglian.model.impl.ReportImpl <em>Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.impl.ReportImpl
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getReport()
		 * @generated
		 */
		EClass REPORT = eINSTANCE.getReport();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__DATE = eINSTANCE.getReport_Date();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__LINE = eINSTANCE.getReport_Line();

		/**
		 * The meta object literal for the '<em><b>Reporter</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__REPORTER = eINSTANCE.getReport_Reporter();

		/**
		 * The meta object literal for the '<em><b>Recipient</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__RECIPIENT = eINSTANCE.getReport_Recipient();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__TOPIC = eINSTANCE.getReport_Topic();

		/**
		 * The meta object literal for the '<em><b>Occasion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__OCCASION = eINSTANCE.getReport_Occasion();

		/**
		 * The meta object literal for the '<em><b>Problems Pointed Out</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__PROBLEMS_POINTED_OUT = eINSTANCE.getReport_ProblemsPointedOut();

		/**
		 * The meta object literal for the '<em><b>Follow Up</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__FOLLOW_UP = eINSTANCE.getReport_FollowUp();

		/**
		 * The meta object literal for the '{@link cn.qinglian.model.UnitKind <em>Unit Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.UnitKind
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getUnitKind()
		 * @generated
		 */
		EEnum UNIT_KIND = eINSTANCE.getUnitKind();

		/**
		 * The meta object literal for the '{@link cn.qinglian.model.PostRole <em>Post Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.PostRole
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getPostRole()
		 * @generated
		 */
		EEnum POST_ROLE = eINSTANCE.getPostRole();

		/**
		 * The meta object literal for the '{@link cn.qinglian.model.Gender <em>Gender</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.Gender
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getGender()
		 * @generated
		 */
		EEnum GENDER = eINSTANCE.getGender();

		/**
		 * The meta object literal for the '{@link cn.qinglian.model.ReportingKind <em>Reporting Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.ReportingKind
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getReportingKind()
		 * @generated
		 */
		EEnum REPORTING_KIND = eINSTANCE.getReportingKind();

		/**
		 * The meta object literal for the '{@link cn.qinglian.model.Cadence <em>Cadence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.Cadence
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getCadence()
		 * @generated
		 */
		EEnum CADENCE = eINSTANCE.getCadence();

		/**
		 * The meta object literal for the '{@link cn.qinglian.model.SupervisionOccasion <em>Supervision Occasion</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see cn.qinglian.model.SupervisionOccasion
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getSupervisionOccasion()
		 * @generated
		 */
		EEnum SUPERVISION_OCCASION = eINSTANCE.getSupervisionOccasion();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see cn.qinglian.model.impl.QinglianPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //QinglianPackage
