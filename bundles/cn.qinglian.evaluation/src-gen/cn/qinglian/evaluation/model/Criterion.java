/**
 */
package cn.qinglian.evaluation.model;

import cn.qinglian.model.Named;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 考核指标：权重与评分标度（最低分至最高分）。computedBy 为空时由人工打分，否则由插件通过扩展点 cn.qinglian.evaluation.criteria 计算。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.Criterion#getWeight <em>Weight</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Criterion#getMinScore <em>Min Score</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Criterion#getMaxScore <em>Max Score</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Criterion#getComputedBy <em>Computed By</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Criterion#getDeductionPerUnit <em>Deduction Per Unit</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.Criterion#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.evaluation.model.EvaluationPackage#getCriterion()
 * @model
 * @generated
 */
public interface Criterion extends Named {
	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 权重（大于 0）；各指标的得分率按权重加权。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getCriterion_Weight()
	 * @model default="1.0"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.Criterion#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

	/**
	 * Returns the value of the '<em><b>Min Score</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 评分标度的最低分。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Score</em>' attribute.
	 * @see #setMinScore(double)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getCriterion_MinScore()
	 * @model default="0.0"
	 * @generated
	 */
	double getMinScore();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.Criterion#getMinScore <em>Min Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Score</em>' attribute.
	 * @see #getMinScore()
	 * @generated
	 */
	void setMinScore(double value);

	/**
	 * Returns the value of the '<em><b>Max Score</b></em>' attribute.
	 * The default value is <code>"100.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 评分标度的最高分。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Score</em>' attribute.
	 * @see #setMaxScore(double)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getCriterion_MaxScore()
	 * @model default="100.0"
	 * @generated
	 */
	double getMaxScore();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.Criterion#getMaxScore <em>Max Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Score</em>' attribute.
	 * @see #getMaxScore()
	 * @generated
	 */
	void setMaxScore(double value);

	/**
	 * Returns the value of the '<em><b>Computed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 计算该指标的扩展 id（扩展点 cn.qinglian.evaluation.criteria）；为空表示人工打分。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Computed By</em>' attribute.
	 * @see #setComputedBy(String)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getCriterion_ComputedBy()
	 * @model
	 * @generated
	 */
	String getComputedBy();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.Criterion#getComputedBy <em>Computed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Computed By</em>' attribute.
	 * @see #getComputedBy()
	 * @generated
	 */
	void setComputedBy(String value);

	/**
	 * Returns the value of the '<em><b>Deduction Per Unit</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 计算指标的扣分：得分 = 最高分 − 每单位扣分 × 计算值（限于标度内）；为 0 时计算值直接作为得分。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deduction Per Unit</em>' attribute.
	 * @see #setDeductionPerUnit(double)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getCriterion_DeductionPerUnit()
	 * @model default="0.0"
	 * @generated
	 */
	double getDeductionPerUnit();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.Criterion#getDeductionPerUnit <em>Deduction Per Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deduction Per Unit</em>' attribute.
	 * @see #getDeductionPerUnit()
	 * @generated
	 */
	void setDeductionPerUnit(double value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 说明（评分细则）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see cn.qinglian.evaluation.model.EvaluationPackage#getCriterion_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link cn.qinglian.evaluation.model.Criterion#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Criterion
