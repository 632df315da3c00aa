/**
 */
package cn.qinglian.award.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Person;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Election Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 评选过程中的一步记录：何时、何人、做了什么。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.award.model.ElectionStep#getDate <em>Date</em>}</li>
 *   <li>{@link cn.qinglian.award.model.ElectionStep#getKind <em>Kind</em>}</li>
 *   <li>{@link cn.qinglian.award.model.ElectionStep#getActor <em>Actor</em>}</li>
 *   <li>{@link cn.qinglian.award.model.ElectionStep#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.award.model.AwardPackage#getElectionStep()
 * @model
 * @generated
 */
public interface ElectionStep extends Identified {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see cn.qinglian.award.model.AwardPackage#getElectionStep_Date()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.ElectionStep#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.award.model.StepKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 步骤类型。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see cn.qinglian.award.model.StepKind
	 * @see #setKind(StepKind)
	 * @see cn.qinglian.award.model.AwardPackage#getElectionStep_Kind()
	 * @model
	 * @generated
	 */
	StepKind getKind();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.ElectionStep#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see cn.qinglian.award.model.StepKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StepKind value);

	/**
	 * Returns the value of the '<em><b>Actor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 操作人（可为空）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actor</em>' reference.
	 * @see #setActor(Person)
	 * @see cn.qinglian.award.model.AwardPackage#getElectionStep_Actor()
	 * @model
	 * @generated
	 */
	Person getActor();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.ElectionStep#getActor <em>Actor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor</em>' reference.
	 * @see #getActor()
	 * @generated
	 */
	void setActor(Person value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 记录内容。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see cn.qinglian.award.model.AwardPackage#getElectionStep_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.ElectionStep#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // ElectionStep
