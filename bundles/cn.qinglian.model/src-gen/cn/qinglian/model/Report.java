/**
 */
package cn.qinglian.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 报告记录：报告链上的一次报告事件，记录日期、报告人、听取人、主题、点出的问题和后续整改。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.model.Report#getDate <em>Date</em>}</li>
 *   <li>{@link cn.qinglian.model.Report#getLine <em>Line</em>}</li>
 *   <li>{@link cn.qinglian.model.Report#getReporter <em>Reporter</em>}</li>
 *   <li>{@link cn.qinglian.model.Report#getRecipient <em>Recipient</em>}</li>
 *   <li>{@link cn.qinglian.model.Report#getTopic <em>Topic</em>}</li>
 *   <li>{@link cn.qinglian.model.Report#getOccasion <em>Occasion</em>}</li>
 *   <li>{@link cn.qinglian.model.Report#getProblemsPointedOut <em>Problems Pointed Out</em>}</li>
 *   <li>{@link cn.qinglian.model.Report#getFollowUp <em>Follow Up</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.model.QinglianPackage#getReport()
 * @model
 * @generated
 */
public interface Report extends Identified {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 报告日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see cn.qinglian.model.QinglianPackage#getReport_Date()
	 * @model dataType="cn.qinglian.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Report#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 所属报告链。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line</em>' reference.
	 * @see #setLine(ReportingLine)
	 * @see cn.qinglian.model.QinglianPackage#getReport_Line()
	 * @model required="true"
	 * @generated
	 */
	ReportingLine getLine();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Report#getLine <em>Line</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' reference.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(ReportingLine value);

	/**
	 * Returns the value of the '<em><b>Reporter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 报告人。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reporter</em>' reference.
	 * @see #setReporter(Person)
	 * @see cn.qinglian.model.QinglianPackage#getReport_Reporter()
	 * @model required="true"
	 * @generated
	 */
	Person getReporter();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Report#getReporter <em>Reporter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reporter</em>' reference.
	 * @see #getReporter()
	 * @generated
	 */
	void setReporter(Person value);

	/**
	 * Returns the value of the '<em><b>Recipient</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 听取人。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recipient</em>' reference.
	 * @see #setRecipient(Person)
	 * @see cn.qinglian.model.QinglianPackage#getReport_Recipient()
	 * @model required="true"
	 * @generated
	 */
	Person getRecipient();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Report#getRecipient <em>Recipient</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recipient</em>' reference.
	 * @see #getRecipient()
	 * @generated
	 */
	void setRecipient(Person value);

	/**
	 * Returns the value of the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 报告主题。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Topic</em>' attribute.
	 * @see #setTopic(String)
	 * @see cn.qinglian.model.QinglianPackage#getReport_Topic()
	 * @model
	 * @generated
	 */
	String getTopic();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Report#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(String value);

	/**
	 * Returns the value of the '<em><b>Occasion</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.model.SupervisionOccasion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 监督节点（日常、动态监管、年中检查、年终考核）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Occasion</em>' attribute.
	 * @see cn.qinglian.model.SupervisionOccasion
	 * @see #setOccasion(SupervisionOccasion)
	 * @see cn.qinglian.model.QinglianPackage#getReport_Occasion()
	 * @model
	 * @generated
	 */
	SupervisionOccasion getOccasion();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Report#getOccasion <em>Occasion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occasion</em>' attribute.
	 * @see cn.qinglian.model.SupervisionOccasion
	 * @see #getOccasion()
	 * @generated
	 */
	void setOccasion(SupervisionOccasion value);

	/**
	 * Returns the value of the '<em><b>Problems Pointed Out</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 点出的问题，每条问题一个字符串。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problems Pointed Out</em>' attribute list.
	 * @see cn.qinglian.model.QinglianPackage#getReport_ProblemsPointedOut()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getProblemsPointedOut();

	/**
	 * Returns the value of the '<em><b>Follow Up</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 后续整改与跟踪情况。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Follow Up</em>' attribute.
	 * @see #setFollowUp(String)
	 * @see cn.qinglian.model.QinglianPackage#getReport_FollowUp()
	 * @model
	 * @generated
	 */
	String getFollowUp();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Report#getFollowUp <em>Follow Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follow Up</em>' attribute.
	 * @see #getFollowUp()
	 * @generated
	 */
	void setFollowUp(String value);

} // Report
