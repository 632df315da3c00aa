/**
 */
package cn.qinglian.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 组织（工作区文件的根对象）：一个区的责任体系，包括单位树、人员、分管关系、报告链、廉政抄告和报告记录。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.model.Organisation#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link cn.qinglian.model.Organisation#getUnits <em>Units</em>}</li>
 *   <li>{@link cn.qinglian.model.Organisation#getPeople <em>People</em>}</li>
 *   <li>{@link cn.qinglian.model.Organisation#getChargeAssignments <em>Charge Assignments</em>}</li>
 *   <li>{@link cn.qinglian.model.Organisation#getReportingLines <em>Reporting Lines</em>}</li>
 *   <li>{@link cn.qinglian.model.Organisation#getCopyNotices <em>Copy Notices</em>}</li>
 *   <li>{@link cn.qinglian.model.Organisation#getReports <em>Reports</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.model.QinglianPackage#getOrganisation()
 * @model
 * @generated
 */
public interface Organisation extends Named {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 文件格式版本，当前为 1。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see cn.qinglian.model.QinglianPackage#getOrganisation_FormatVersion()
	 * @model default="1"
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Organisation#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Units</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.model.Unit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 顶层单位（通常是区）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Units</em>' containment reference list.
	 * @see cn.qinglian.model.QinglianPackage#getOrganisation_Units()
	 * @model containment="true"
	 * @generated
	 */
	EList<Unit> getUnits();

	/**
	 * Returns the value of the '<em><b>People</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 人员花名册。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>People</em>' containment reference list.
	 * @see cn.qinglian.model.QinglianPackage#getOrganisation_People()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPeople();

	/**
	 * Returns the value of the '<em><b>Charge Assignments</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.model.ChargeAssignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 区领导的分管关系。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Charge Assignments</em>' containment reference list.
	 * @see cn.qinglian.model.QinglianPackage#getOrganisation_ChargeAssignments()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChargeAssignment> getChargeAssignments();

	/**
	 * Returns the value of the '<em><b>Reporting Lines</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.model.ReportingLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 报告链（逐级报告、系统报告、内部报告、相互报告）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reporting Lines</em>' containment reference list.
	 * @see cn.qinglian.model.QinglianPackage#getOrganisation_ReportingLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportingLine> getReportingLines();

	/**
	 * Returns the value of the '<em><b>Copy Notices</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.model.CopyNotice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 廉政抄告。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Copy Notices</em>' containment reference list.
	 * @see cn.qinglian.model.QinglianPackage#getOrganisation_CopyNotices()
	 * @model containment="true"
	 * @generated
	 */
	EList<CopyNotice> getCopyNotices();

	/**
	 * Returns the value of the '<em><b>Reports</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.model.Report}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 报告记录（报告链上发生的一次报告）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reports</em>' containment reference list.
	 * @see cn.qinglian.model.QinglianPackage#getOrganisation_Reports()
	 * @model containment="true"
	 * @generated
	 */
	EList<Report> getReports();

} // Organisation
