/**
 */
package cn.qinglian.award.model;

import cn.qinglian.model.Named;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 奖项类型：名称、评选周期、评选范围、名额、每人投票上限、资格规则参数和计分标准权重。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.award.model.AwardType#getCadence <em>Cadence</em>}</li>
 *   <li>{@link cn.qinglian.award.model.AwardType#getScopeLevel <em>Scope Level</em>}</li>
 *   <li>{@link cn.qinglian.award.model.AwardType#getWinners <em>Winners</em>}</li>
 *   <li>{@link cn.qinglian.award.model.AwardType#getVotesPerVoter <em>Votes Per Voter</em>}</li>
 *   <li>{@link cn.qinglian.award.model.AwardType#getMinimumTenureMonths <em>Minimum Tenure Months</em>}</li>
 *   <li>{@link cn.qinglian.award.model.AwardType#getNoRepeatPeriods <em>No Repeat Periods</em>}</li>
 *   <li>{@link cn.qinglian.award.model.AwardType#getCleanRecordMonths <em>Clean Record Months</em>}</li>
 *   <li>{@link cn.qinglian.award.model.AwardType#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link cn.qinglian.award.model.AwardType#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.award.model.AwardPackage#getAwardType()
 * @model
 * @generated
 */
public interface AwardType extends Named {
	/**
	 * Returns the value of the '<em><b>Cadence</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.award.model.AwardCadence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 评选周期（每月、每季度、每年）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cadence</em>' attribute.
	 * @see cn.qinglian.award.model.AwardCadence
	 * @see #setCadence(AwardCadence)
	 * @see cn.qinglian.award.model.AwardPackage#getAwardType_Cadence()
	 * @model
	 * @generated
	 */
	AwardCadence getCadence();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.AwardType#getCadence <em>Cadence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cadence</em>' attribute.
	 * @see cn.qinglian.award.model.AwardCadence
	 * @see #getCadence()
	 * @generated
	 */
	void setCadence(AwardCadence value);

	/**
	 * Returns the value of the '<em><b>Scope Level</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.award.model.ScopeLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 评选范围的层级（站所、街镇、全区）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope Level</em>' attribute.
	 * @see cn.qinglian.award.model.ScopeLevel
	 * @see #setScopeLevel(ScopeLevel)
	 * @see cn.qinglian.award.model.AwardPackage#getAwardType_ScopeLevel()
	 * @model
	 * @generated
	 */
	ScopeLevel getScopeLevel();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.AwardType#getScopeLevel <em>Scope Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope Level</em>' attribute.
	 * @see cn.qinglian.award.model.ScopeLevel
	 * @see #getScopeLevel()
	 * @generated
	 */
	void setScopeLevel(ScopeLevel value);

	/**
	 * Returns the value of the '<em><b>Winners</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 每次评选的名额（当选人数）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Winners</em>' attribute.
	 * @see #setWinners(int)
	 * @see cn.qinglian.award.model.AwardPackage#getAwardType_Winners()
	 * @model default="1"
	 * @generated
	 */
	int getWinners();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.AwardType#getWinners <em>Winners</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Winners</em>' attribute.
	 * @see #getWinners()
	 * @generated
	 */
	void setWinners(int value);

	/**
	 * Returns the value of the '<em><b>Votes Per Voter</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 每名投票人在一次评选（一个周期、一个范围）中最多可投的票数。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Votes Per Voter</em>' attribute.
	 * @see #setVotesPerVoter(int)
	 * @see cn.qinglian.award.model.AwardPackage#getAwardType_VotesPerVoter()
	 * @model default="3"
	 * @generated
	 */
	int getVotesPerVoter();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.AwardType#getVotesPerVoter <em>Votes Per Voter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Votes Per Voter</em>' attribute.
	 * @see #getVotesPerVoter()
	 * @generated
	 */
	void setVotesPerVoter(int value);

	/**
	 * Returns the value of the '<em><b>Minimum Tenure Months</b></em>' attribute.
	 * The default value is <code>"6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 资格：在评选范围内现任岗位的最短任职月数（截至周期末）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Tenure Months</em>' attribute.
	 * @see #setMinimumTenureMonths(int)
	 * @see cn.qinglian.award.model.AwardPackage#getAwardType_MinimumTenureMonths()
	 * @model default="6"
	 * @generated
	 */
	int getMinimumTenureMonths();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.AwardType#getMinimumTenureMonths <em>Minimum Tenure Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Tenure Months</em>' attribute.
	 * @see #getMinimumTenureMonths()
	 * @generated
	 */
	void setMinimumTenureMonths(int value);

	/**
	 * Returns the value of the '<em><b>No Repeat Periods</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 资格：前 K 个周期内获得过同一奖项者不得再评（K）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>No Repeat Periods</em>' attribute.
	 * @see #setNoRepeatPeriods(int)
	 * @see cn.qinglian.award.model.AwardPackage#getAwardType_NoRepeatPeriods()
	 * @model default="3"
	 * @generated
	 */
	int getNoRepeatPeriods();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.AwardType#getNoRepeatPeriods <em>No Repeat Periods</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>No Repeat Periods</em>' attribute.
	 * @see #getNoRepeatPeriods()
	 * @generated
	 */
	void setNoRepeatPeriods(int value);

	/**
	 * Returns the value of the '<em><b>Clean Record Months</b></em>' attribute.
	 * The default value is <code>"12"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 资格：近 N 个月内有未办结问题或在查投诉者不得参评（N，巡察模块安装时适用）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clean Record Months</em>' attribute.
	 * @see #setCleanRecordMonths(int)
	 * @see cn.qinglian.award.model.AwardPackage#getAwardType_CleanRecordMonths()
	 * @model default="12"
	 * @generated
	 */
	int getCleanRecordMonths();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.AwardType#getCleanRecordMonths <em>Clean Record Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clean Record Months</em>' attribute.
	 * @see #getCleanRecordMonths()
	 * @generated
	 */
	void setCleanRecordMonths(int value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.award.model.CriterionWeight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 计分标准及其权重。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see cn.qinglian.award.model.AwardPackage#getAwardType_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<CriterionWeight> getCriteria();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 说明。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see cn.qinglian.award.model.AwardPackage#getAwardType_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.AwardType#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // AwardType
