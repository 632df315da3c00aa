/**
 */
package cn.qinglian.evaluation.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rotation Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 交流轮岗计划：在同一岗位或单位任职满年限的人员的轮岗安排。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.RotationPlan#getPerson <em>Person</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.RotationPlan#getFromPost <em>From Post</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.RotationPlan#getToUnit <em>To Unit</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.RotationPlan#getPlannedDate <em>Planned Date</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.RotationPlan#getCompletedOn <em>Completed On</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.RotationPlan#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.evaluation.model.EvaluationPackage#getRotationPlan()
 * @model
 * @generated
 */
public interface RotationPlan extends Identified {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 轮岗人员。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getRotationPlan_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.RotationPlan#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>From Post</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 现岗位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From Post</em>' reference.
	 * @see #setFromPost(Post)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getRotationPlan_FromPost()
	 * @model
	 * @generated
	 */
	Post getFromPost();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.RotationPlan#getFromPost <em>From Post</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Post</em>' reference.
	 * @see #getFromPost()
	 * @generated
	 */
	void setFromPost(Post value);

	/**
	 * Returns the value of the '<em><b>To Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 拟轮岗去的单位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To Unit</em>' reference.
	 * @see #setToUnit(Unit)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getRotationPlan_ToUnit()
	 * @model
	 * @generated
	 */
	Unit getToUnit();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.RotationPlan#getToUnit <em>To Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Unit</em>' reference.
	 * @see #getToUnit()
	 * @generated
	 */
	void setToUnit(Unit value);

	/**
	 * Returns the value of the '<em><b>Planned Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 计划轮岗日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned Date</em>' attribute.
	 * @see #setPlannedDate(LocalDate)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getRotationPlan_PlannedDate()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedDate();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.RotationPlan#getPlannedDate <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Date</em>' attribute.
	 * @see #getPlannedDate()
	 * @generated
	 */
	void setPlannedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Completed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 实际轮岗日期；为空表示尚未轮岗。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Completed On</em>' attribute.
	 * @see #setCompletedOn(LocalDate)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getRotationPlan_CompletedOn()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getCompletedOn();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.RotationPlan#getCompletedOn <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed On</em>' attribute.
	 * @see #getCompletedOn()
	 * @generated
	 */
	void setCompletedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 说明。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getRotationPlan_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.RotationPlan#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // RotationPlan
