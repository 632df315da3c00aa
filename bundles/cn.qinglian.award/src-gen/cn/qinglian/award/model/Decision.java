/**
 */
package cn.qinglian.award.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Person;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 评选决定：当选人及决定时的得分说明。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.award.model.Decision#getDate <em>Date</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Decision#getWinners <em>Winners</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Decision#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link cn.qinglian.award.model.Decision#getExplanation <em>Explanation</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.award.model.AwardPackage#getDecision()
 * @model
 * @generated
 */
public interface Decision extends Identified {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 决定日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see cn.qinglian.award.model.AwardPackage#getDecision_Date()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Decision#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Winners</b></em>' reference list.
	 * The list contents are of type {@link cn.qinglian.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 当选人（按名次）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Winners</em>' reference list.
	 * @see cn.qinglian.award.model.AwardPackage#getDecision_Winners()
	 * @model
	 * @generated
	 */
	EList<Person> getWinners();

	/**
	 * Returns the value of the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 作出决定的会议或机构，如“站所班子会议”。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decided By</em>' attribute.
	 * @see #setDecidedBy(String)
	 * @see cn.qinglian.award.model.AwardPackage#getDecision_DecidedBy()
	 * @model
	 * @generated
	 */
	String getDecidedBy();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Decision#getDecidedBy <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided By</em>' attribute.
	 * @see #getDecidedBy()
	 * @generated
	 */
	void setDecidedBy(String value);

	/**
	 * Returns the value of the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 决定时的计分与排名说明（各标准得分、权重和并列处理）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Explanation</em>' attribute.
	 * @see #setExplanation(String)
	 * @see cn.qinglian.award.model.AwardPackage#getDecision_Explanation()
	 * @model
	 * @generated
	 */
	String getExplanation();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.Decision#getExplanation <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Explanation</em>' attribute.
	 * @see #getExplanation()
	 * @generated
	 */
	void setExplanation(String value);

} // Decision
