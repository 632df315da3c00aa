/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.Enterprise;
import cn.qinglian.inspection.model.InspectionPackage;

import cn.qinglian.model.impl.NamedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Enterprise</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.impl.EnterpriseImpl#getCreditCode <em>Credit Code</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.EnterpriseImpl#getSector <em>Sector</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.EnterpriseImpl#isKeyEnterprise <em>Key Enterprise</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnterpriseImpl extends NamedImpl implements Enterprise {
	/**
	 * The default value of the '{@link #getCreditCode() <em>Credit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CREDIT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreditCode() <em>Credit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditCode()
	 * @generated
	 * @ordered
	 */
	protected String creditCode = CREDIT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected static final String SECTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected String sector = SECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #isKeyEnterprise() <em>Key Enterprise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKeyEnterprise()
	 * @generated
	 * @ordered
	 */
	protected static final boolean KEY_ENTERPRISE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isKeyEnterprise() <em>Key Enterprise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKeyEnterprise()
	 * @generated
	 * @ordered
	 */
	protected boolean keyEnterprise = KEY_ENTERPRISE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnterpriseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.ENTERPRISE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreditCode() {
		return creditCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreditCode(String newCreditCode) {
		String oldCreditCode = creditCode;
		creditCode = newCreditCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ENTERPRISE__CREDIT_CODE, oldCreditCode, creditCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSector() {
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSector(String newSector) {
		String oldSector = sector;
		sector = newSector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ENTERPRISE__SECTOR, oldSector, sector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isKeyEnterprise() {
		return keyEnterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyEnterprise(boolean newKeyEnterprise) {
		boolean oldKeyEnterprise = keyEnterprise;
		keyEnterprise = newKeyEnterprise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ENTERPRISE__KEY_ENTERPRISE, oldKeyEnterprise, keyEnterprise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.ENTERPRISE__CREDIT_CODE:
				return getCreditCode();
			case InspectionPackage.ENTERPRISE__SECTOR:
				return getSector();
			case InspectionPackage.ENTERPRISE__KEY_ENTERPRISE:
				return isKeyEnterprise();
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
			case InspectionPackage.ENTERPRISE__CREDIT_CODE:
				setCreditCode((String)newValue);
				return;
			case InspectionPackage.ENTERPRISE__SECTOR:
				setSector((String)newValue);
				return;
			case InspectionPackage.ENTERPRISE__KEY_ENTERPRISE:
				setKeyEnterprise((Boolean)newValue);
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
			case InspectionPackage.ENTERPRISE__CREDIT_CODE:
				setCreditCode(CREDIT_CODE_EDEFAULT);
				return;
			case InspectionPackage.ENTERPRISE__SECTOR:
				setSector(SECTOR_EDEFAULT);
				return;
			case InspectionPackage.ENTERPRISE__KEY_ENTERPRISE:
				setKeyEnterprise(KEY_ENTERPRISE_EDEFAULT);
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
			case InspectionPackage.ENTERPRISE__CREDIT_CODE:
				return CREDIT_CODE_EDEFAULT == null ? creditCode != null : !CREDIT_CODE_EDEFAULT.equals(creditCode);
			case InspectionPackage.ENTERPRISE__SECTOR:
				return SECTOR_EDEFAULT == null ? sector != null : !SECTOR_EDEFAULT.equals(sector);
			case InspectionPackage.ENTERPRISE__KEY_ENTERPRISE:
				return keyEnterprise != KEY_ENTERPRISE_EDEFAULT;
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
		result.append(" (creditCode: ");
		result.append(creditCode);
		result.append(", sector: ");
		result.append(sector);
		result.append(", keyEnterprise: ");
		result.append(keyEnterprise);
		result.append(')');
		return result.toString();
	}

} //EnterpriseImpl
