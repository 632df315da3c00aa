/**
 */
package cn.qinglian.inspection.model;

import java.time.LocalDateTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>State Transition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 一次整改状态变化：从何状态到何状态，由谁、何时、为何。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.StateTransition#getFrom <em>From</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.StateTransition#getTo <em>To</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.StateTransition#getBy <em>By</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.StateTransition#getAt <em>At</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.StateTransition#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.inspection.model.InspectionPackage#getStateTransition()
 * @model
 * @generated
 */
public interface StateTransition extends EObject {
	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.inspection.model.RectificationState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 原状态。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see cn.qinglian.inspection.model.RectificationState
	 * @see #setFrom(RectificationState)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getStateTransition_From()
	 * @model
	 * @generated
	 */
	RectificationState getFrom();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.StateTransition#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see cn.qinglian.inspection.model.RectificationState
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(RectificationState value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.inspection.model.RectificationState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 新状态。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see cn.qinglian.inspection.model.RectificationState
	 * @see #setTo(RectificationState)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getStateTransition_To()
	 * @model
	 * @generated
	 */
	RectificationState getTo();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.StateTransition#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see cn.qinglian.inspection.model.RectificationState
	 * @see #getTo()
	 * @generated
	 */
	void setTo(RectificationState value);

	/**
	 * Returns the value of the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 操作人。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>By</em>' attribute.
	 * @see #setBy(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getStateTransition_By()
	 * @model
	 * @generated
	 */
	String getBy();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.StateTransition#getBy <em>By</em>}' attribute.
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
	 * @see cn.qinglian.inspection.model.InspectionPackage#getStateTransition_At()
	 * @model dataType="cn.qinglian.inspection.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getAt();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.StateTransition#getAt <em>At</em>}' attribute.
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
	 * 原因或说明。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getStateTransition_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.StateTransition#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // StateTransition
