/**
 */
package cn.qinglian.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Post</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 岗位：单位中的一个职位，名称（name）即岗位名称，如“所长”“副所长”“执法队员”。一个人通过任职（{@link cn.qinglian.model.Tenure}）在一段时间内担任岗位。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.model.Post#getRole <em>Role</em>}</li>
 *   <li>{@link cn.qinglian.model.Post#getUnit <em>Unit</em>}</li>
 *   <li>{@link cn.qinglian.model.Post#getTenures <em>Tenures</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.model.QinglianPackage#getPost()
 * @model
 * @generated
 */
public interface Post extends Party {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.model.PostRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 岗位角色。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see cn.qinglian.model.PostRole
	 * @see #setRole(PostRole)
	 * @see cn.qinglian.model.QinglianPackage#getPost_Role()
	 * @model
	 * @generated
	 */
	PostRole getRole();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Post#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see cn.qinglian.model.PostRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(PostRole value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link cn.qinglian.model.Unit#getPosts <em>Posts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 岗位所在单位（容器）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' container reference.
	 * @see #setUnit(Unit)
	 * @see cn.qinglian.model.QinglianPackage#getPost_Unit()
	 * @see cn.qinglian.model.Unit#getPosts
	 * @model opposite="posts" transient="false"
	 * @generated
	 */
	Unit getUnit();

	/**
	 * Sets the value of the '{@link cn.qinglian.model.Post#getUnit <em>Unit</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' container reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Unit value);

	/**
	 * Returns the value of the '<em><b>Tenures</b></em>' reference list.
	 * The list contents are of type {@link cn.qinglian.model.Tenure}.
	 * It is bidirectional and its opposite is '{@link cn.qinglian.model.Tenure#getPost <em>Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 担任过或正在担任本岗位的任职记录（{@link cn.qinglian.model.Tenure#getPost()} 的反向引用）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tenures</em>' reference list.
	 * @see cn.qinglian.model.QinglianPackage#getPost_Tenures()
	 * @see cn.qinglian.model.Tenure#getPost
	 * @model opposite="post"
	 * @generated
	 */
	EList<Tenure> getTenures();

} // Post
