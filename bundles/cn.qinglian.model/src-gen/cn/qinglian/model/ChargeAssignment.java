/**
 */
package cn.qinglian.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Charge Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 分管：一名区领导（以其岗位表示）在一段时间内分管若干单位（“一岗双责”，系统报告的依据）。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.model.ChargeAssignment#getLeader <em>Leader</em>}</li>
 *   <li>{@link cn.qinglian.model.ChargeAssignment#getUnits <em>Units</em>}</li>
 *   <li>{@link cn.qinglian.model.ChargeAssignment#getStart <em>Start</em>}</li>
 *   <li>{@link cn.qinglian.model.ChargeAssignment#getEnd <em>End</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.model.QinglianPackage#getChargeAssignment()
 * @model
 * @generated
 */
public interface ChargeAssignment extends Identified {
	/**
	 * Returns the value of the '<em><b>Leader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 分管领导的岗位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leader</em>' reference.
	 * @see #setLeader(Post)
	 * @see cn.qinglian.model.QinglianPackage#getChargeAssignment_Leader()
	 * @model required="true"
	 * @generated
	 */
	Post getLeader();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.ChargeAssignment#getLeader <em>Leader</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leader</em>' reference.
	 * @see #getLeader()
	 * @generated
	 */
	void setLeader(Post value);

	/**
	 * Returns the value of the '<em><b>Units</b></em>' reference list.
	 * The list contents are of type {@link cn.qinglian.model.Unit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 分管的单位（分管线上单位）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Units</em>' reference list.
	 * @see cn.qinglian.model.QinglianPackage#getChargeAssignment_Units()
	 * @model required="true"
	 * @generated
	 */
	EList<Unit> getUnits();

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 分管开始日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see cn.qinglian.model.QinglianPackage#getChargeAssignment_Start()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.ChargeAssignment#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 分管结束日期；为空表示仍在分管。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(LocalDate)
	 * @see cn.qinglian.model.QinglianPackage#getChargeAssignment_End()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getEnd();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.ChargeAssignment#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(LocalDate value);

} // ChargeAssignment
