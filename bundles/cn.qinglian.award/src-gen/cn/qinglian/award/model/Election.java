/**
 */
package cn.qinglian.award.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Unit;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Election</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 一次评选：一个奖项类型、一个周期、一个范围；提名期、投票期、决定，每一步都有记录。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.award.model.Election#getAwardType <em>Award Type</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Election#getScope <em>Scope</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Election#getPeriod <em>Period</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Election#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Election#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Election#getNominationOpens <em>Nomination Opens</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Election#getNominationCloses <em>Nomination Closes</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Election#getVotingOpens <em>Voting Opens</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Election#getVotingCloses <em>Voting Closes</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Election#getStatus <em>Status</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Election#getNominations <em>Nominations</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Election#getVotes <em>Votes</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Election#getDecision <em>Decision</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Election#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.award.model.AwardPackage#getElection()
 * @model
 * @generated
 */
public interface Election extends Identified {
	/**
	 * Returns the value of the '<em><b>Award Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 奖项类型。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Award Type</em>' reference.
	 * @see #setAwardType(AwardType)
	 * @see cn.qinglian.award.model.AwardPackage#getElection_AwardType()
	 * @model required="true"
	 * @generated
	 */
	AwardType getAwardType();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Election#getAwardType <em>Award Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Award Type</em>' reference.
	 * @see #getAwardType()
	 * @generated
	 */
	void setAwardType(AwardType value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 评选范围（站所、街镇或区）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' reference.
	 * @see #setScope(Unit)
	 * @see cn.qinglian.award.model.AwardPackage#getElection_Scope()
	 * @model required="true"
	 * @generated
	 */
	Unit getScope();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Election#getScope <em>Scope</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' reference.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(Unit value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 周期标识：月为 2026-10，季度为 2026-Q3，年为 2026。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see cn.qinglian.award.model.AwardPackage#getElection_Period()
	 * @model
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Election#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 周期第一天。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(LocalDate)
	 * @see cn.qinglian.award.model.AwardPackage#getElection_PeriodStart()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodStart();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Election#getPeriodStart <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Start</em>' attribute.
	 * @see #getPeriodStart()
	 * @generated
	 */
	void setPeriodStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 周期最后一天（资格按此日判断）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(LocalDate)
	 * @see cn.qinglian.award.model.AwardPackage#getElection_PeriodEnd()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodEnd();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Election#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Nomination Opens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 提名开始日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nomination Opens</em>' attribute.
	 * @see #setNominationOpens(LocalDate)
	 * @see cn.qinglian.award.model.AwardPackage#getElection_NominationOpens()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getNominationOpens();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Election#getNominationOpens <em>Nomination Opens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nomination Opens</em>' attribute.
	 * @see #getNominationOpens()
	 * @generated
	 */
	void setNominationOpens(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Nomination Closes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 提名截止日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nomination Closes</em>' attribute.
	 * @see #setNominationCloses(LocalDate)
	 * @see cn.qinglian.award.model.AwardPackage#getElection_NominationCloses()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getNominationCloses();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Election#getNominationCloses <em>Nomination Closes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nomination Closes</em>' attribute.
	 * @see #getNominationCloses()
	 * @generated
	 */
	void setNominationCloses(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Voting Opens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 投票开始日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Voting Opens</em>' attribute.
	 * @see #setVotingOpens(LocalDate)
	 * @see cn.qinglian.award.model.AwardPackage#getElection_VotingOpens()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getVotingOpens();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Election#getVotingOpens <em>Voting Opens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Voting Opens</em>' attribute.
	 * @see #getVotingOpens()
	 * @generated
	 */
	void setVotingOpens(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Voting Closes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 投票截止日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Voting Closes</em>' attribute.
	 * @see #setVotingCloses(LocalDate)
	 * @see cn.qinglian.award.model.AwardPackage#getElection_VotingCloses()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getVotingCloses();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Election#getVotingCloses <em>Voting Closes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Voting Closes</em>' attribute.
	 * @see #getVotingCloses()
	 * @generated
	 */
	void setVotingCloses(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.award.model.ElectionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 评选所处阶段。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see cn.qinglian.award.model.ElectionStatus
	 * @see #setStatus(ElectionStatus)
	 * @see cn.qinglian.award.model.AwardPackage#getElection_Status()
	 * @model
	 * @generated
	 */
	ElectionStatus getStatus();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Election#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see cn.qinglian.award.model.ElectionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ElectionStatus value);

	/**
	 * Returns the value of the '<em><b>Nominations</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.award.model.Nomination}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 提名。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nominations</em>' containment reference list.
	 * @see cn.qinglian.award.model.AwardPackage#getElection_Nominations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Nomination> getNominations();

	/**
	 * Returns the value of the '<em><b>Votes</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.award.model.Vote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 投票（按投出的先后排列）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Votes</em>' containment reference list.
	 * @see cn.qinglian.award.model.AwardPackage#getElection_Votes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Vote> getVotes();

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 评选决定；尚未决定时为空。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision</em>' containment reference.
	 * @see #setDecision(Decision)
	 * @see cn.qinglian.award.model.AwardPackage#getElection_Decision()
	 * @model containment="true"
	 * @generated
	 */
	Decision getDecision();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Election#getDecision <em>Decision</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' containment reference.
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(Decision value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.award.model.ElectionStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 评选过程记录（按时间先后）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see cn.qinglian.award.model.AwardPackage#getElection_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<ElectionStep> getSteps();

} // Election
