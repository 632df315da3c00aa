/**
 */
package cn.qinglian.inspection.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.UnitKind;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pledge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * “十不”承诺的一个版本：标题、版本号、条文、发布日期和适用单位类别。版本号最大的是现行版本。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.Pledge#getTitle <em>Title</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Pledge#getVersion <em>Version</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Pledge#getItems <em>Items</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Pledge#getIssuedOn <em>Issued On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Pledge#getScope <em>Scope</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.inspection.model.InspectionPackage#getPledge()
 * @model
 * @generated
 */
public interface Pledge extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 标题。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getPledge_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Pledge#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 版本号（1 起）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getPledge_Version()
	 * @model
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Pledge#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 承诺条文，每条一个字符串。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Items</em>' attribute list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getPledge_Items()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getItems();

	/**
	 * Returns the value of the '<em><b>Issued On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 发布日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issued On</em>' attribute.
	 * @see #setIssuedOn(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getPledge_IssuedOn()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getIssuedOn();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Pledge#getIssuedOn <em>Issued On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issued On</em>' attribute.
	 * @see #getIssuedOn()
	 * @generated
	 */
	void setIssuedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute list.
	 * The list contents are of type {@link cn.qinglian.model.UnitKind}.
	 * The literals are from the enumeration {@link cn.qinglian.model.UnitKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 适用的单位类别：在这些类别单位（及其下级单位）任职的人须签署。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute list.
	 * @see cn.qinglian.model.UnitKind
	 * @see cn.qinglian.inspection.model.InspectionPackage#getPledge_Scope()
	 * @model unique="false"
	 * @generated
	 */
	EList<UnitKind> getScope();

} // Pledge
