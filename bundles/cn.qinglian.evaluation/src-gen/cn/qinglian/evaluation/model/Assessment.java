/**
 */
package cn.qinglian.evaluation.model;

import cn.qinglian.model.Named;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 一次考核（年中检查或年终考核）：按一个指标体系对单位或个人打分并排名。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.Assessment#getKind <em>Kind</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Assessment#getYear <em>Year</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Assessment#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Assessment#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Assessment#getCriteriaSet <em>Criteria Set</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Assessment#getEntries <em>Entries</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Assessment#getLastPlaces <em>Last Places</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAssessment()
 * @model
 * @generated
 */
public interface Assessment extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.evaluation.model.AssessmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 考核类别。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see cn.qinglian.evaluation.model.AssessmentKind
	 * @see #setKind(AssessmentKind)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAssessment_Kind()
	 * @model
	 * @generated
	 */
	AssessmentKind getKind();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.Assessment#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see cn.qinglian.evaluation.model.AssessmentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AssessmentKind value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 考核年度。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAssessment_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.Assessment#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 考核期间的第一天。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(LocalDate)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAssessment_PeriodStart()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodStart();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.Assessment#getPeriodStart <em>Period Start</em>}' attribute.
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
	 * 考核期间的最后一天。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(LocalDate)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAssessment_PeriodEnd()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodEnd();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.Assessment#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Criteria Set</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 所用的指标体系。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criteria Set</em>' reference.
	 * @see #setCriteriaSet(CriteriaSet)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAssessment_CriteriaSet()
	 * @model
	 * @generated
	 */
	CriteriaSet getCriteriaSet();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.Assessment#getCriteriaSet <em>Criteria Set</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criteria Set</em>' reference.
	 * @see #getCriteriaSet()
	 * @generated
	 */
	void setCriteriaSet(CriteriaSet value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.evaluation.model.AssessmentEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被考核对象及其得分。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAssessment_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<AssessmentEntry> getEntries();

	/**
	 * Returns the value of the '<em><b>Last Places</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 末位数：排名最后的几名被提出末位问责建议。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Places</em>' attribute.
	 * @see #setLastPlaces(int)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAssessment_LastPlaces()
	 * @model default="1"
	 * @generated
	 */
	int getLastPlaces();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.Assessment#getLastPlaces <em>Last Places</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Places</em>' attribute.
	 * @see #getLastPlaces()
	 * @generated
	 */
	void setLastPlaces(int value);

} // Assessment
