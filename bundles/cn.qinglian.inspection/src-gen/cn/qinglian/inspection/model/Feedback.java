/**
 */
package cn.qinglian.inspection.model;

import cn.qinglian.model.Identified;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Feedback</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 联络站收集的一条企业反馈，可一步转为投诉举报或问题。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.Feedback#getReceivedOn <em>Received On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Feedback#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Feedback#getText <em>Text</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Feedback#getComplaint <em>Complaint</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Feedback#getFinding <em>Finding</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.inspection.model.InspectionPackage#getFeedback()
 * @model
 * @generated
 */
public interface Feedback extends Identified {
	/**
	 * Returns the value of the '<em><b>Received On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 收到日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Received On</em>' attribute.
	 * @see #setReceivedOn(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFeedback_ReceivedOn()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getReceivedOn();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Feedback#getReceivedOn <em>Received On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Received On</em>' attribute.
	 * @see #getReceivedOn()
	 * @generated
	 */
	void setReceivedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 反映的企业。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enterprise</em>' reference.
	 * @see #setEnterprise(Enterprise)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFeedback_Enterprise()
	 * @model
	 * @generated
	 */
	Enterprise getEnterprise();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Feedback#getEnterprise <em>Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise</em>' reference.
	 * @see #getEnterprise()
	 * @generated
	 */
	void setEnterprise(Enterprise value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 反馈内容。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFeedback_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Feedback#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Complaint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 由此转成的投诉举报。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Complaint</em>' reference.
	 * @see #setComplaint(Complaint)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFeedback_Complaint()
	 * @model
	 * @generated
	 */
	Complaint getComplaint();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Feedback#getComplaint <em>Complaint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Complaint</em>' reference.
	 * @see #getComplaint()
	 * @generated
	 */
	void setComplaint(Complaint value);

	/**
	 * Returns the value of the '<em><b>Finding</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 由此转成的问题。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finding</em>' reference.
	 * @see #setFinding(Finding)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFeedback_Finding()
	 * @model
	 * @generated
	 */
	Finding getFinding();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Feedback#getFinding <em>Finding</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finding</em>' reference.
	 * @see #getFinding()
	 * @generated
	 */
	void setFinding(Finding value);

} // Feedback
