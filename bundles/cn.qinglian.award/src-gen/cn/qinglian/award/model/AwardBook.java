/**
 */
package cn.qinglian.award.model;

import cn.qinglian.model.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Book</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 评选册（评选文件 award.qinglian 的根对象）：奖项类型和历次评选。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.award.model.AwardBook#getAwardTypes <em>Award Types</em>}</li>
 *   <li>{@link cn.qinglian.award.model.AwardBook#getElections <em>Elections</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.award.model.AwardPackage#getAwardBook()
 * @model
 * @generated
 */
public interface AwardBook extends Identified {
	/**
	 * Returns the value of the '<em><b>Award Types</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.award.model.AwardType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 奖项类型（每月之星、业务标兵等），作为数据维护。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Award Types</em>' containment reference list.
	 * @see cn.qinglian.award.model.AwardPackage#getAwardBook_AwardTypes()
	 * @model containment="true"
	 * @generated
	 */
	EList<AwardType> getAwardTypes();

	/**
	 * Returns the value of the '<em><b>Elections</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.award.model.Election}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 历次评选，每个奖项类型、周期和范围一次。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Elections</em>' containment reference list.
	 * @see cn.qinglian.award.model.AwardPackage#getAwardBook_Elections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Election> getElections();

} // AwardBook
