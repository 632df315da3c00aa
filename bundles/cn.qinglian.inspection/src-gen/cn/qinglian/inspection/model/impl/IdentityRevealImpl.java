/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.IdentityReveal;
import cn.qinglian.inspection.model.InspectionPackage;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.time.LocalDateTime;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Identity Reveal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.impl.IdentityRevealImpl#getComplaint <em>Complaint</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.IdentityRevealImpl#getBy <em>By</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.IdentityRevealImpl#getAt <em>At</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.IdentityRevealImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IdentityRevealImpl extends IdentifiedImpl implements IdentityReveal {
	/**
	 * The cached value of the '{@link #getComplaint() <em>Complaint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplaint()
	 * @generated
	 * @ordered
	 */
	protected Complaint complaint;

	/**
	 * The default value of the '{@link #getBy() <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBy()
	 * @generated
	 * @ordered
	 */
	protected static final String BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBy() <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBy()
	 * @generated
	 * @ordered
	 */
	protected String by = BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime at = AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IdentityRevealImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.IDENTITY_REVEAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Complaint getComplaint() {
		if (complaint != null && complaint.eIsProxy()) {
			InternalEObject oldComplaint = (InternalEObject)complaint;
			complaint = (Complaint)eResolveProxy(oldComplaint);
			if (complaint != oldComplaint) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.IDENTITY_REVEAL__COMPLAINT, oldComplaint, complaint));
			}
		}
		return complaint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Complaint basicGetComplaint() {
		return complaint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplaint(Complaint newComplaint) {
		Complaint oldComplaint = complaint;
		complaint = newComplaint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.IDENTITY_REVEAL__COMPLAINT, oldComplaint, complaint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBy() {
		return by;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBy(String newBy) {
		String oldBy = by;
		by = newBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.IDENTITY_REVEAL__BY, oldBy, by));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getAt() {
		return at;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(LocalDateTime newAt) {
		LocalDateTime oldAt = at;
		at = newAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.IDENTITY_REVEAL__AT, oldAt, at));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.IDENTITY_REVEAL__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.IDENTITY_REVEAL__COMPLAINT:
				if (resolve) return getComplaint();
				return basicGetComplaint();
			case InspectionPackage.IDENTITY_REVEAL__BY:
				return getBy();
			case InspectionPackage.IDENTITY_REVEAL__AT:
				return getAt();
			case InspectionPackage.IDENTITY_REVEAL__REASON:
				return getReason();
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
			case InspectionPackage.IDENTITY_REVEAL__COMPLAINT:
				setComplaint((Complaint)newValue);
				return;
			case InspectionPackage.IDENTITY_REVEAL__BY:
				setBy((String)newValue);
				return;
			case InspectionPackage.IDENTITY_REVEAL__AT:
				setAt((LocalDateTime)newValue);
				return;
			case InspectionPackage.IDENTITY_REVEAL__REASON:
				setReason((String)newValue);
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
			case InspectionPackage.IDENTITY_REVEAL__COMPLAINT:
				setComplaint((Complaint)null);
				return;
			case InspectionPackage.IDENTITY_REVEAL__BY:
				setBy(BY_EDEFAULT);
				return;
			case InspectionPackage.IDENTITY_REVEAL__AT:
				setAt(AT_EDEFAULT);
				return;
			case InspectionPackage.IDENTITY_REVEAL__REASON:
				setReason(REASON_EDEFAULT);
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
			case InspectionPackage.IDENTITY_REVEAL__COMPLAINT:
				return complaint != null;
			case InspectionPackage.IDENTITY_REVEAL__BY:
				return BY_EDEFAULT == null ? by != null : !BY_EDEFAULT.equals(by);
			case InspectionPackage.IDENTITY_REVEAL__AT:
				return AT_EDEFAULT == null ? at != null : !AT_EDEFAULT.equals(at);
			case InspectionPackage.IDENTITY_REVEAL__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
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
		result.append(" (by: ");
		result.append(by);
		result.append(", at: ");
		result.append(at);
		result.append(", reason: ");
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //IdentityRevealImpl
