/**
 */
package cn.qinglian.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 单位：区、领导机关（区委、区政府、区纪委）、主管部门、街镇、基层站所（派出所、市场监管所、环保所、执法中队等）、科室、村（居）两委、行业协会商会。单位构成一棵树。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.model.Unit#getKind <em>Kind</em>}</li>
 *   <li>{@link cn.qinglian.model.Unit#getChildren <em>Children</em>}</li>
 *   <li>{@link cn.qinglian.model.Unit#getParent <em>Parent</em>}</li>
 *   <li>{@link cn.qinglian.model.Unit#getPosts <em>Posts</em>}</li>
 *   <li>{@link cn.qinglian.model.Unit#getCompetentDepartment <em>Competent Department</em>}</li>
 *   <li>{@link cn.qinglian.model.Unit#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.model.QinglianPackage#getUnit()
 * @model
 * @generated
 */
public interface Unit extends Party {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.model.UnitKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 单位类别。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see cn.qinglian.model.UnitKind
	 * @see #setKind(UnitKind)
	 * @see cn.qinglian.model.QinglianPackage#getUnit_Kind()
	 * @model
	 * @generated
	 */
	UnitKind getKind();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Unit#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see cn.qinglian.model.UnitKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(UnitKind value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.model.Unit}.
	 * It is bidirectional and its opposite is '{@link cn.qinglian.model.Unit#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 下级单位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see cn.qinglian.model.QinglianPackage#getUnit_Children()
	 * @see cn.qinglian.model.Unit#getParent
	 * @model opposite="parent" containment="true"
	 * @generated
	 */
	EList<Unit> getChildren();

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link cn.qinglian.model.Unit#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 上级单位（容器）；顶层单位没有上级单位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' container reference.
	 * @see #setParent(Unit)
	 * @see cn.qinglian.model.QinglianPackage#getUnit_Parent()
	 * @see cn.qinglian.model.Unit#getChildren
	 * @model opposite="children" transient="false"
	 * @generated
	 */
	Unit getParent();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Unit#getParent <em>Parent</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' container reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Unit value);

	/**
	 * Returns the value of the '<em><b>Posts</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.model.Post}.
	 * It is bidirectional and its opposite is '{@link cn.qinglian.model.Post#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 本单位的岗位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Posts</em>' containment reference list.
	 * @see cn.qinglian.model.QinglianPackage#getUnit_Posts()
	 * @see cn.qinglian.model.Post#getUnit
	 * @model opposite="unit" containment="true"
	 * @generated
	 */
	EList<Post> getPosts();

	/**
	 * Returns the value of the '<em><b>Competent Department</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 主管单位（对站所而言：负责业务管理的区级主管部门）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Competent Department</em>' reference.
	 * @see #setCompetentDepartment(Unit)
	 * @see cn.qinglian.model.QinglianPackage#getUnit_CompetentDepartment()
	 * @model
	 * @generated
	 */
	Unit getCompetentDepartment();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Unit#getCompetentDepartment <em>Competent Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Competent Department</em>' reference.
	 * @see #getCompetentDepartment()
	 * @generated
	 */
	void setCompetentDepartment(Unit value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 说明。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see cn.qinglian.model.QinglianPackage#getUnit_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Unit#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Unit
