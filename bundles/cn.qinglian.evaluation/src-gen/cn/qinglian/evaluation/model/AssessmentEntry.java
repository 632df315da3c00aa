/**
 */
package cn.qinglian.evaluation.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Person;
import cn.qinglian.model.Unit;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 一个被考核对象（单位或个人，二者取一）在一次考核中的各项得分。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.AssessmentEntry#getUnit <em>Unit</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.AssessmentEntry#getPerson <em>Person</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.AssessmentEntry#getRankingGroup <em>Ranking Group</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.AssessmentEntry#getScores <em>Scores</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.AssessmentEntry#getRemarks <em>Remarks</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAssessmentEntry()
 * @model
 * @generated
 */
public interface AssessmentEntry extends Identified {
	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被考核单位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(Unit)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAssessmentEntry_Unit()
	 * @model
	 * @generated
	 */
	Unit getUnit();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.AssessmentEntry#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Unit value);

	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被考核人员。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAssessmentEntry_Person()
	 * @model
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.AssessmentEntry#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Ranking Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 排名范围（同一范围内的对象相互排名，如“派出所”）；为空时在整个考核中排名。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ranking Group</em>' attribute.
	 * @see #setRankingGroup(String)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAssessmentEntry_RankingGroup()
	 * @model
	 * @generated
	 */
	String getRankingGroup();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.AssessmentEntry#getRankingGroup <em>Ranking Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ranking Group</em>' attribute.
	 * @see #getRankingGroup()
	 * @generated
	 */
	void setRankingGroup(String value);

	/**
	 * Returns the value of the '<em><b>Scores</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.evaluation.model.Score}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 各指标的得分（人工打分的指标）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scores</em>' containment reference list.
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAssessmentEntry_Scores()
	 * @model containment="true"
	 * @generated
	 */
	EList<Score> getScores();

	/**
	 * Returns the value of the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 评语。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remarks</em>' attribute.
	 * @see #setRemarks(String)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getAssessmentEntry_Remarks()
	 * @model
	 * @generated
	 */
	String getRemarks();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.AssessmentEntry#getRemarks <em>Remarks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remarks</em>' attribute.
	 * @see #getRemarks()
	 * @generated
	 */
	void setRemarks(String value);

} // AssessmentEntry
