/**
 */
package cn.qinglian.evaluation.model;

import cn.qinglian.model.Named;
import cn.qinglian.model.Person;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Appraisal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 一次民主评议：对若干人员投票（优秀、称职、基本称职、不称职）。选票不记投票人，只记一次性票号，每个票号只能投一次。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.Appraisal#getYear <em>Year</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Appraisal#getDate <em>Date</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Appraisal#getCandidates <em>Candidates</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Appraisal#getEligibleVoters <em>Eligible Voters</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Appraisal#getIssuedTokens <em>Issued Tokens</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Appraisal#getBallots <em>Ballots</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Appraisal#isClosed <em>Closed</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAppraisal()
 * @model
 * @generated
 */
public interface Appraisal extends Named {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 年度。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAppraisal_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.Appraisal#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 评议日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAppraisal_Date()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.Appraisal#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Candidates</b></em>' reference list.
	 * The list contents are of type {@link cn.qinglian.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被评议人员。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Candidates</em>' reference list.
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAppraisal_Candidates()
	 * @model
	 * @generated
	 */
	EList<Person> getCandidates();

	/**
	 * Returns the value of the '<em><b>Eligible Voters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 应参评人数（参评率的分母）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eligible Voters</em>' attribute.
	 * @see #setEligibleVoters(int)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAppraisal_EligibleVoters()
	 * @model
	 * @generated
	 */
	int getEligibleVoters();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.Appraisal#getEligibleVoters <em>Eligible Voters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eligible Voters</em>' attribute.
	 * @see #getEligibleVoters()
	 * @generated
	 */
	void setEligibleVoters(int value);

	/**
	 * Returns the value of the '<em><b>Issued Tokens</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 发出的一次性票号（不与人员关联）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issued Tokens</em>' attribute list.
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAppraisal_IssuedTokens()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getIssuedTokens();

	/**
	 * Returns the value of the '<em><b>Ballots</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.evaluation.model.Ballot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 收回的选票。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ballots</em>' containment reference list.
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAppraisal_Ballots()
	 * @model containment="true"
	 * @generated
	 */
	EList<Ballot> getBallots();

	/**
	 * Returns the value of the '<em><b>Closed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 评议是否已结束（结束后不再接受选票）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closed</em>' attribute.
	 * @see #setClosed(boolean)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAppraisal_Closed()
	 * @model
	 * @generated
	 */
	boolean isClosed();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.Appraisal#isClosed <em>Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed</em>' attribute.
	 * @see #isClosed()
	 * @generated
	 */
	void setClosed(boolean value);

} // Appraisal
