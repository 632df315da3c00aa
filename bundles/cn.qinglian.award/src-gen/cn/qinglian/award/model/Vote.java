/**
 */
package cn.qinglian.award.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Person;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vote</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 一票：投票人投给一名被提名人。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.award.model.Vote#getVoter <em>Voter</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Vote#getNominee <em>Nominee</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Vote#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.award.model.AwardPackage#getVote()
 * @model
 * @generated
 */
public interface Vote extends Identified {
	/**
	 * Returns the value of the '<em><b>Voter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 投票人。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Voter</em>' reference.
	 * @see #setVoter(Person)
	 * @see cn.qinglian.award.model.AwardPackage#getVote_Voter()
	 * @model required="true"
	 * @generated
	 */
	Person getVoter();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Vote#getVoter <em>Voter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Voter</em>' reference.
	 * @see #getVoter()
	 * @generated
	 */
	void setVoter(Person value);

	/**
	 * Returns the value of the '<em><b>Nominee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 所投的被提名人。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nominee</em>' reference.
	 * @see #setNominee(Person)
	 * @see cn.qinglian.award.model.AwardPackage#getVote_Nominee()
	 * @model required="true"
	 * @generated
	 */
	Person getNominee();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Vote#getNominee <em>Nominee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nominee</em>' reference.
	 * @see #getNominee()
	 * @generated
	 */
	void setNominee(Person value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 投票日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see cn.qinglian.award.model.AwardPackage#getVote_Date()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Vote#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

} // Vote
