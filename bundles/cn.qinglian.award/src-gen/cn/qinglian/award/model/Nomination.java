/**
 */
package cn.qinglian.award.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Person;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Nomination</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 一次提名：由同事或领导提名，写明理由。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.award.model.Nomination#getNominee <em>Nominee</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Nomination#getNominator <em>Nominator</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Nomination#getKind <em>Kind</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Nomination#getReason <em>Reason</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Nomination#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.award.model.AwardPackage#getNomination()
 * @model
 * @generated
 */
public interface Nomination extends Identified {
	/**
	 * Returns the value of the '<em><b>Nominee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被提名人。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nominee</em>' reference.
	 * @see #setNominee(Person)
	 * @see cn.qinglian.award.model.AwardPackage#getNomination_Nominee()
	 * @model required="true"
	 * @generated
	 */
	Person getNominee();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Nomination#getNominee <em>Nominee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nominee</em>' reference.
	 * @see #getNominee()
	 * @generated
	 */
	void setNominee(Person value);

	/**
	 * Returns the value of the '<em><b>Nominator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 提名人。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nominator</em>' reference.
	 * @see #setNominator(Person)
	 * @see cn.qinglian.award.model.AwardPackage#getNomination_Nominator()
	 * @model required="true"
	 * @generated
	 */
	Person getNominator();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Nomination#getNominator <em>Nominator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nominator</em>' reference.
	 * @see #getNominator()
	 * @generated
	 */
	void setNominator(Person value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.award.model.NominationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 提名方式（同事提名或领导推荐）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see cn.qinglian.award.model.NominationKind
	 * @see #setKind(NominationKind)
	 * @see cn.qinglian.award.model.AwardPackage#getNomination_Kind()
	 * @model
	 * @generated
	 */
	NominationKind getKind();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Nomination#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see cn.qinglian.award.model.NominationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(NominationKind value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 提名理由。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see cn.qinglian.award.model.AwardPackage#getNomination_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Nomination#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 提名日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see cn.qinglian.award.model.AwardPackage#getNomination_Date()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Nomination#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

} // Nomination
