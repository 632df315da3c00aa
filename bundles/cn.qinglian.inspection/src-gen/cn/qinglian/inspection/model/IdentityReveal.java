/**
 */
package cn.qinglian.inspection.model;

import cn.qinglian.model.Identified;

import java.time.LocalDateTime;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Identity Reveal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 一次查看举报人身份的记录：谁、何时、为何查看了哪一件投诉的举报人。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.IdentityReveal#getComplaint <em>Complaint</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.IdentityReveal#getBy <em>By</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.IdentityReveal#getAt <em>At</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.IdentityReveal#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.inspection.model.InspectionPackage#getIdentityReveal()
 * @model
 * @generated
 */
public interface IdentityReveal extends Identified {
	/**
	 * Returns the value of the '<em><b>Complaint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被查看的投诉。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Complaint</em>' reference.
	 * @see #setComplaint(Complaint)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getIdentityReveal_Complaint()
	 * @model
	 * @generated
	 */
	Complaint getComplaint();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.IdentityReveal#getComplaint <em>Complaint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Complaint</em>' reference.
	 * @see #getComplaint()
	 * @generated
	 */
	void setComplaint(Complaint value);

	/**
	 * Returns the value of the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 查看人。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>By</em>' attribute.
	 * @see #setBy(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getIdentityReveal_By()
	 * @model
	 * @generated
	 */
	String getBy();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.IdentityReveal#getBy <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By</em>' attribute.
	 * @see #getBy()
	 * @generated
	 */
	void setBy(String value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 时间。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(LocalDateTime)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getIdentityReveal_At()
	 * @model dataType="cn.qinglian.inspection.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getAt();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.IdentityReveal#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 查看理由。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getIdentityReveal_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.IdentityReveal#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // IdentityReveal
