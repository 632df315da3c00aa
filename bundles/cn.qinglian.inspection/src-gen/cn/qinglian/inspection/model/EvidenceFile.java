/**
 */
package cn.qinglian.inspection.model;

import cn.qinglian.model.Identified;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 证据材料：复制进工作区 evidence 文件夹的一个文件及其 SHA-256 内容哈希，哈希不符即被改动。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.EvidenceFile#getFileName <em>File Name</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.EvidenceFile#getStoredPath <em>Stored Path</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.EvidenceFile#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.EvidenceFile#getAddedOn <em>Added On</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.inspection.model.InspectionPackage#getEvidenceFile()
 * @model
 * @generated
 */
public interface EvidenceFile extends Identified {
	/**
	 * Returns the value of the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 原始文件名。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Name</em>' attribute.
	 * @see #setFileName(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getEvidenceFile_FileName()
	 * @model
	 * @generated
	 */
	String getFileName();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.EvidenceFile#getFileName <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Name</em>' attribute.
	 * @see #getFileName()
	 * @generated
	 */
	void setFileName(String value);

	/**
	 * Returns the value of the '<em><b>Stored Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 在工作区中的相对路径（以 / 分隔）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stored Path</em>' attribute.
	 * @see #setStoredPath(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getEvidenceFile_StoredPath()
	 * @model
	 * @generated
	 */
	String getStoredPath();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.EvidenceFile#getStoredPath <em>Stored Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stored Path</em>' attribute.
	 * @see #getStoredPath()
	 * @generated
	 */
	void setStoredPath(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 文件内容的 SHA-256 哈希（十六进制小写）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getEvidenceFile_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.EvidenceFile#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Added On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 加入日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Added On</em>' attribute.
	 * @see #setAddedOn(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getEvidenceFile_AddedOn()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getAddedOn();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.EvidenceFile#getAddedOn <em>Added On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Added On</em>' attribute.
	 * @see #getAddedOn()
	 * @generated
	 */
	void setAddedOn(LocalDate value);

} // EvidenceFile
