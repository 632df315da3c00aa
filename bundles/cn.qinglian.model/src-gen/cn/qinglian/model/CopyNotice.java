/**
 */
package cn.qinglian.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Copy Notice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 廉政抄告：把一项廉政方面的发现以同级监督的方式抄送给其他单位或岗位。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.model.CopyNotice#getDate <em>Date</em>}</li>
 *   <li>{@link cn.qinglian.model.CopyNotice#getFrom <em>From</em>}</li>
 *   <li>{@link cn.qinglian.model.CopyNotice#getTo <em>To</em>}</li>
 *   <li>{@link cn.qinglian.model.CopyNotice#getSubject <em>Subject</em>}</li>
 *   <li>{@link cn.qinglian.model.CopyNotice#getContent <em>Content</em>}</li>
 *   <li>{@link cn.qinglian.model.CopyNotice#getRelatedReport <em>Related Report</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.model.QinglianPackage#getCopyNotice()
 * @model
 * @generated
 */
public interface CopyNotice extends Identified {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 抄告日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see cn.qinglian.model.QinglianPackage#getCopyNotice_Date()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.CopyNotice#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 抄告方。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(Party)
	 * @see cn.qinglian.model.QinglianPackage#getCopyNotice_From()
	 * @model required="true"
	 * @generated
	 */
	Party getFrom();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.CopyNotice#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(Party value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference list.
	 * The list contents are of type {@link cn.qinglian.model.Party}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被抄告方。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To</em>' reference list.
	 * @see cn.qinglian.model.QinglianPackage#getCopyNotice_To()
	 * @model required="true"
	 * @generated
	 */
	EList<Party> getTo();

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 事由（标题）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see cn.qinglian.model.QinglianPackage#getCopyNotice_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.CopyNotice#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 抄告内容。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content</em>' attribute.
	 * @see #setContent(String)
	 * @see cn.qinglian.model.QinglianPackage#getCopyNotice_Content()
	 * @model
	 * @generated
	 */
	String getContent();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.CopyNotice#getContent <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' attribute.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(String value);

	/**
	 * Returns the value of the '<em><b>Related Report</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 相关的报告记录（可为空）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Related Report</em>' reference.
	 * @see #setRelatedReport(Report)
	 * @see cn.qinglian.model.QinglianPackage#getCopyNotice_RelatedReport()
	 * @model
	 * @generated
	 */
	Report getRelatedReport();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.CopyNotice#getRelatedReport <em>Related Report</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Related Report</em>' reference.
	 * @see #getRelatedReport()
	 * @generated
	 */
	void setRelatedReport(Report value);

} // CopyNotice
