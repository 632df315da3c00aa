/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.Enterprise;
import cn.qinglian.inspection.model.EnterpriseInspectionFiling;
import cn.qinglian.inspection.model.InspectionPackage;

import cn.qinglian.model.Person;
import cn.qinglian.model.Unit;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Enterprise Inspection Filing</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.impl.EnterpriseInspectionFilingImpl#getOfficer <em>Officer</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.EnterpriseInspectionFilingImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.EnterpriseInspectionFilingImpl#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.EnterpriseInspectionFilingImpl#getDate <em>Date</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.EnterpriseInspectionFilingImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.EnterpriseInspectionFilingImpl#getFiledOn <em>Filed On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnterpriseInspectionFilingImpl extends IdentifiedImpl implements EnterpriseInspectionFiling {
	/**
	 * The cached value of the '{@link #getOfficer() <em>Officer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfficer()
	 * @generated
	 * @ordered
	 */
	protected Person officer;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected Unit unit;

	/**
	 * The cached value of the '{@link #getEnterprise() <em>Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprise()
	 * @generated
	 * @ordered
	 */
	protected Enterprise enterprise;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFiledOn() <em>Filed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiledOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FILED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFiledOn() <em>Filed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiledOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate filedOn = FILED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnterpriseInspectionFilingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.ENTERPRISE_INSPECTION_FILING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getOfficer() {
		if (officer != null && officer.eIsProxy()) {
			InternalEObject oldOfficer = (InternalEObject)officer;
			officer = (Person)eResolveProxy(oldOfficer);
			if (officer != oldOfficer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.ENTERPRISE_INSPECTION_FILING__OFFICER, oldOfficer, officer));
			}
		}
		return officer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetOfficer() {
		return officer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOfficer(Person newOfficer) {
		Person oldOfficer = officer;
		officer = newOfficer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ENTERPRISE_INSPECTION_FILING__OFFICER, oldOfficer, officer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit getUnit() {
		if (unit != null && unit.eIsProxy()) {
			InternalEObject oldUnit = (InternalEObject)unit;
			unit = (Unit)eResolveProxy(oldUnit);
			if (unit != oldUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.ENTERPRISE_INSPECTION_FILING__UNIT, oldUnit, unit));
			}
		}
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Unit basicGetUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(Unit newUnit) {
		Unit oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ENTERPRISE_INSPECTION_FILING__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enterprise getEnterprise() {
		if (enterprise != null && enterprise.eIsProxy()) {
			InternalEObject oldEnterprise = (InternalEObject)enterprise;
			enterprise = (Enterprise)eResolveProxy(oldEnterprise);
			if (enterprise != oldEnterprise) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.ENTERPRISE_INSPECTION_FILING__ENTERPRISE, oldEnterprise, enterprise));
			}
		}
		return enterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Enterprise basicGetEnterprise() {
		return enterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnterprise(Enterprise newEnterprise) {
		Enterprise oldEnterprise = enterprise;
		enterprise = newEnterprise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ENTERPRISE_INSPECTION_FILING__ENTERPRISE, oldEnterprise, enterprise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ENTERPRISE_INSPECTION_FILING__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ENTERPRISE_INSPECTION_FILING__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFiledOn() {
		return filedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFiledOn(LocalDate newFiledOn) {
		LocalDate oldFiledOn = filedOn;
		filedOn = newFiledOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.ENTERPRISE_INSPECTION_FILING__FILED_ON, oldFiledOn, filedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__OFFICER:
				if (resolve) return getOfficer();
				return basicGetOfficer();
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__UNIT:
				if (resolve) return getUnit();
				return basicGetUnit();
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__ENTERPRISE:
				if (resolve) return getEnterprise();
				return basicGetEnterprise();
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__DATE:
				return getDate();
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__PURPOSE:
				return getPurpose();
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__FILED_ON:
				return getFiledOn();
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
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__OFFICER:
				setOfficer((Person)newValue);
				return;
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__UNIT:
				setUnit((Unit)newValue);
				return;
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__ENTERPRISE:
				setEnterprise((Enterprise)newValue);
				return;
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__DATE:
				setDate((LocalDate)newValue);
				return;
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__PURPOSE:
				setPurpose((String)newValue);
				return;
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__FILED_ON:
				setFiledOn((LocalDate)newValue);
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
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__OFFICER:
				setOfficer((Person)null);
				return;
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__UNIT:
				setUnit((Unit)null);
				return;
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__ENTERPRISE:
				setEnterprise((Enterprise)null);
				return;
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__FILED_ON:
				setFiledOn(FILED_ON_EDEFAULT);
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
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__OFFICER:
				return officer != null;
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__UNIT:
				return unit != null;
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__ENTERPRISE:
				return enterprise != null;
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING__FILED_ON:
				return FILED_ON_EDEFAULT == null ? filedOn != null : !FILED_ON_EDEFAULT.equals(filedOn);
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
		result.append(" (date: ");
		result.append(date);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", filedOn: ");
		result.append(filedOn);
		result.append(')');
		return result.toString();
	}

} //EnterpriseInspectionFilingImpl
