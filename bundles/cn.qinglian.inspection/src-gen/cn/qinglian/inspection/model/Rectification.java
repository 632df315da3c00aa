/**
 */
package cn.qinglian.inspection.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Post;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rectification</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 整改事项：针对一个问题的整改措施、责任岗位和整改时限；状态依次为 待整改 → 整改中 → 已提交 → 已验收 → 已销号，可重新打开，每次状态变化都记录由谁、何时、为何。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.Rectification#getFinding <em>Finding</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Rectification#getMeasure <em>Measure</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Rectification#getOwnerPost <em>Owner Post</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Rectification#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Rectification#getState <em>State</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Rectification#getTransitions <em>Transitions</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.inspection.model.InspectionPackage#getRectification()
 * @model
 * @generated
 */
public interface Rectification extends Identified {
	/**
	 * Returns the value of the '<em><b>Finding</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 所整改的问题。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finding</em>' reference.
	 * @see #setFinding(Finding)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getRectification_Finding()
	 * @model
	 * @generated
	 */
	Finding getFinding();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Rectification#getFinding <em>Finding</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finding</em>' reference.
	 * @see #getFinding()
	 * @generated
	 */
	void setFinding(Finding value);

	/**
	 * Returns the value of the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 整改措施。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure</em>' attribute.
	 * @see #setMeasure(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getRectification_Measure()
	 * @model
	 * @generated
	 */
	String getMeasure();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Rectification#getMeasure <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' attribute.
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(String value);

	/**
	 * Returns the value of the '<em><b>Owner Post</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 整改责任岗位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner Post</em>' reference.
	 * @see #setOwnerPost(Post)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getRectification_OwnerPost()
	 * @model
	 * @generated
	 */
	Post getOwnerPost();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Rectification#getOwnerPost <em>Owner Post</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Post</em>' reference.
	 * @see #getOwnerPost()
	 * @generated
	 */
	void setOwnerPost(Post value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 整改时限。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getRectification_Deadline()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getDeadline();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Rectification#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.inspection.model.RectificationState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 当前状态。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see cn.qinglian.inspection.model.RectificationState
	 * @see #setState(RectificationState)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getRectification_State()
	 * @model
	 * @generated
	 */
	RectificationState getState();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Rectification#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see cn.qinglian.inspection.model.RectificationState
	 * @see #getState()
	 * @generated
	 */
	void setState(RectificationState value);

	/**
	 * Returns the value of the '<em><b>Transitions</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.inspection.model.StateTransition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 状态变化记录（按时间先后）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transitions</em>' containment reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getRectification_Transitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<StateTransition> getTransitions();

} // Rectification
