/**
 */
package cn.qinglian.award.model;

import cn.qinglian.model.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criterion Weight</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 一项计分标准（以扩展点 cn.qinglian.award.scoringCriteria 中的标识表示）及其权重。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.award.model.CriterionWeight#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link cn.qinglian.award.model.CriterionWeight#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.award.model.AwardPackage#getCriterionWeight()
 * @model
 * @generated
 */
public interface CriterionWeight extends Identified {
	/**
	 * Returns the value of the '<em><b>Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 计分标准的标识，如 award.peer-votes。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criterion</em>' attribute.
	 * @see #setCriterion(String)
	 * @see cn.qinglian.award.model.AwardPackage#getCriterionWeight_Criterion()
	 * @model
	 * @generated
	 */
	String getCriterion();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.CriterionWeight#getCriterion <em>Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion</em>' attribute.
	 * @see #getCriterion()
	 * @generated
	 */
	void setCriterion(String value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 权重（非负）；总分 = Σ 权重 × 得分 ÷ Σ 适用标准的权重。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see cn.qinglian.award.model.AwardPackage#getCriterionWeight_Weight()
	 * @model
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link cn.qinglian.award.model.CriterionWeight#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

} // CriterionWeight
