/**
 */
package cn.qinglian.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Party</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 报告关系的一端（报告方或听取方）：一个单位（{@link cn.qinglian.model.Unit}）或一个岗位（{@link cn.qinglian.model.Post}）。
 * <!-- end-model-doc -->
 *
 *
 * @see cn.qinglian.model.QinglianPackage#getParty()
 * @model abstract="true"
 * @generated
 */
public interface Party extends Named {
} // Party
