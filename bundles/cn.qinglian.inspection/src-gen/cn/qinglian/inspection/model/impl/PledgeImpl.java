/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.InspectionPackage;
import cn.qinglian.inspection.model.Pledge;

import cn.qinglian.model.UnitKind;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pledge</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.impl.PledgeImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.PledgeImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.PledgeImpl#getItems <em>Items</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.PledgeImpl#getIssuedOn <em>Issued On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.PledgeImpl#getScope <em>Scope</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PledgeImpl extends IdentifiedImpl implements Pledge {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<String> items;

	/**
	 * The default value of the '{@link #getIssuedOn() <em>Issued On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ISSUED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuedOn() <em>Issued On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate issuedOn = ISSUED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected EList<UnitKind> scope;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PledgeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.PLEDGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.PLEDGE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.PLEDGE__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getItems() {
		if (items == null) {
			items = new EDataTypeEList<String>(String.class, this, InspectionPackage.PLEDGE__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuedOn(LocalDate newIssuedOn) {
		LocalDate oldIssuedOn = issuedOn;
		issuedOn = newIssuedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.PLEDGE__ISSUED_ON, oldIssuedOn, issuedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UnitKind> getScope() {
		if (scope == null) {
			scope = new EDataTypeEList<UnitKind>(UnitKind.class, this, InspectionPackage.PLEDGE__SCOPE);
		}
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.PLEDGE__TITLE:
				return getTitle();
			case InspectionPackage.PLEDGE__VERSION:
				return getVersion();
			case InspectionPackage.PLEDGE__ITEMS:
				return getItems();
			case InspectionPackage.PLEDGE__ISSUED_ON:
				return getIssuedOn();
			case InspectionPackage.PLEDGE__SCOPE:
				return getScope();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case InspectionPackage.PLEDGE__TITLE:
				setTitle((String)newValue);
				return;
			case InspectionPackage.PLEDGE__VERSION:
				setVersion((Integer)newValue);
				return;
			case InspectionPackage.PLEDGE__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends String>)newValue);
				return;
			case InspectionPackage.PLEDGE__ISSUED_ON:
				setIssuedOn((LocalDate)newValue);
				return;
			case InspectionPackage.PLEDGE__SCOPE:
				getScope().clear();
				getScope().addAll((Collection<? extends UnitKind>)newValue);
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
			case InspectionPackage.PLEDGE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case InspectionPackage.PLEDGE__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case InspectionPackage.PLEDGE__ITEMS:
				getItems().clear();
				return;
			case InspectionPackage.PLEDGE__ISSUED_ON:
				setIssuedOn(ISSUED_ON_EDEFAULT);
				return;
			case InspectionPackage.PLEDGE__SCOPE:
				getScope().clear();
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
			case InspectionPackage.PLEDGE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case InspectionPackage.PLEDGE__VERSION:
				return version != VERSION_EDEFAULT;
			case InspectionPackage.PLEDGE__ITEMS:
				return items != null && !items.isEmpty();
			case InspectionPackage.PLEDGE__ISSUED_ON:
				return ISSUED_ON_EDEFAULT == null ? issuedOn != null : !ISSUED_ON_EDEFAULT.equals(issuedOn);
			case InspectionPackage.PLEDGE__SCOPE:
				return scope != null && !scope.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", version: ");
		result.append(version);
		result.append(", items: ");
		result.append(items);
		result.append(", issuedOn: ");
		result.append(issuedOn);
		result.append(", scope: ");
		result.append(scope);
		result.append(')');
		return result.toString();
	}

} //PledgeImpl
