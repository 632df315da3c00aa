/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.EvidenceFile;
import cn.qinglian.inspection.model.InspectionPackage;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evidence File</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.impl.EvidenceFileImpl#getFileName <em>File Name</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.EvidenceFileImpl#getStoredPath <em>Stored Path</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.EvidenceFileImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.EvidenceFileImpl#getAddedOn <em>Added On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvidenceFileImpl extends IdentifiedImpl implements EvidenceFile {
	/**
	 * The default value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected String fileName = FILE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStoredPath() <em>Stored Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoredPath()
	 * @generated
	 * @ordered
	 */
	protected static final String STORED_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStoredPath() <em>Stored Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoredPath()
	 * @generated
	 * @ordered
	 */
	protected String storedPath = STORED_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddedOn() <em>Added On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ADDED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddedOn() <em>Added On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate addedOn = ADDED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvidenceFileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.EVIDENCE_FILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileName() {
		return fileName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileName(String newFileName) {
		String oldFileName = fileName;
		fileName = newFileName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.EVIDENCE_FILE__FILE_NAME, oldFileName, fileName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStoredPath() {
		return storedPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStoredPath(String newStoredPath) {
		String oldStoredPath = storedPath;
		storedPath = newStoredPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.EVIDENCE_FILE__STORED_PATH, oldStoredPath, storedPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.EVIDENCE_FILE__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAddedOn() {
		return addedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddedOn(LocalDate newAddedOn) {
		LocalDate oldAddedOn = addedOn;
		addedOn = newAddedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.EVIDENCE_FILE__ADDED_ON, oldAddedOn, addedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.EVIDENCE_FILE__FILE_NAME:
				return getFileName();
			case InspectionPackage.EVIDENCE_FILE__STORED_PATH:
				return getStoredPath();
			case InspectionPackage.EVIDENCE_FILE__SHA256:
				return getSha256();
			case InspectionPackage.EVIDENCE_FILE__ADDED_ON:
				return getAddedOn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case InspectionPackage.EVIDENCE_FILE__FILE_NAME:
				setFileName((String)newValue);
				return;
			case InspectionPackage.EVIDENCE_FILE__STORED_PATH:
				setStoredPath((String)newValue);
				return;
			case InspectionPackage.EVIDENCE_FILE__SHA256:
				setSha256((String)newValue);
				return;
			case InspectionPackage.EVIDENCE_FILE__ADDED_ON:
				setAddedOn((LocalDate)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case InspectionPackage.EVIDENCE_FILE__FILE_NAME:
				setFileName(FILE_NAME_EDEFAULT);
				return;
			case InspectionPackage.EVIDENCE_FILE__STORED_PATH:
				setStoredPath(STORED_PATH_EDEFAULT);
				return;
			case InspectionPackage.EVIDENCE_FILE__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case InspectionPackage.EVIDENCE_FILE__ADDED_ON:
				setAddedOn(ADDED_ON_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case InspectionPackage.EVIDENCE_FILE__FILE_NAME:
				return FILE_NAME_EDEFAULT == null ? fileName != null : !FILE_NAME_EDEFAULT.equals(fileName);
			case InspectionPackage.EVIDENCE_FILE__STORED_PATH:
				return STORED_PATH_EDEFAULT == null ? storedPath != null : !STORED_PATH_EDEFAULT.equals(storedPath);
			case InspectionPackage.EVIDENCE_FILE__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case InspectionPackage.EVIDENCE_FILE__ADDED_ON:
				return ADDED_ON_EDEFAULT == null ? addedOn != null : !ADDED_ON_EDEFAULT.equals(addedOn);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (fileName: ");
		result.append(fileName);
		result.append(", storedPath: ");
		result.append(storedPath);
		result.append(", sha256: ");
		result.append(sha256);
		result.append(", addedOn: ");
		result.append(addedOn);
		result.append(')');
		return result.toString();
	}

} //EvidenceFileImpl
