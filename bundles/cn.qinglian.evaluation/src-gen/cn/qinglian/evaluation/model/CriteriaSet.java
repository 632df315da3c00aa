/**
 */
package cn.qinglian.evaluation.model;

import cn.qinglian.model.Named;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criteria Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 考核指标体系：一组带权重和评分标度的指标。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.CriteriaSet#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.CriteriaSet#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.evaluation.model.EvaluationPackage#getCriteriaSet()
 * @model
 * @generated
 */
public interface CriteriaSet extends Named {
	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.evaluation.model.Criterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 指标，按顺序。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getCriteriaSet_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<Criterion> getCriteria();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 说明。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getCriteriaSet_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.CriteriaSet#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // CriteriaSet
