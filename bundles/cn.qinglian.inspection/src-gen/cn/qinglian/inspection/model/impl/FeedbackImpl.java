/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.Complaint;
import cn.qinglian.inspection.model.Enterprise;
import cn.qinglian.inspection.model.Feedback;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.InspectionPackage;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Feedback</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.impl.FeedbackImpl#getReceivedOn <em>Received On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FeedbackImpl#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FeedbackImpl#getText <em>Text</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FeedbackImpl#getComplaint <em>Complaint</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.FeedbackImpl#getFinding <em>Finding</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FeedbackImpl extends IdentifiedImpl implements Feedback {
	/**
	 * The default value of the '{@link #getReceivedOn() <em>Received On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RECEIVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReceivedOn() <em>Received On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate receivedOn = RECEIVED_ON_EDEFAULT;

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
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

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
	 * The cached value of the '{@link #getFinding() <em>Finding</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinding()
	 * @generated
	 * @ordered
	 */
	protected Finding finding;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FeedbackImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.FEEDBACK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceivedOn(LocalDate newReceivedOn) {
		LocalDate oldReceivedOn = receivedOn;
		receivedOn = newReceivedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.FEEDBACK__RECEIVED_ON, oldReceivedOn, receivedOn));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.FEEDBACK__ENTERPRISE, oldEnterprise, enterprise));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.FEEDBACK__ENTERPRISE, oldEnterprise, enterprise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.FEEDBACK__TEXT, oldText, text));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.FEEDBACK__COMPLAINT, oldComplaint, complaint));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.FEEDBACK__COMPLAINT, oldComplaint, complaint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finding getFinding() {
		if (finding != null && finding.eIsProxy()) {
			InternalEObject oldFinding = (InternalEObject)finding;
			finding = (Finding)eResolveProxy(oldFinding);
			if (finding != oldFinding) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.FEEDBACK__FINDING, oldFinding, finding));
			}
		}
		return finding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Finding basicGetFinding() {
		return finding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinding(Finding newFinding) {
		Finding oldFinding = finding;
		finding = newFinding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.FEEDBACK__FINDING, oldFinding, finding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.FEEDBACK__RECEIVED_ON:
				return getReceivedOn();
			case InspectionPackage.FEEDBACK__ENTERPRISE:
				if (resolve) return getEnterprise();
				return basicGetEnterprise();
			case InspectionPackage.FEEDBACK__TEXT:
				return getText();
			case InspectionPackage.FEEDBACK__COMPLAINT:
				if (resolve) return getComplaint();
				return basicGetComplaint();
			case InspectionPackage.FEEDBACK__FINDING:
				if (resolve) return getFinding();
				return basicGetFinding();
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
			case InspectionPackage.FEEDBACK__RECEIVED_ON:
				setReceivedOn((LocalDate)newValue);
				return;
			case InspectionPackage.FEEDBACK__ENTERPRISE:
				setEnterprise((Enterprise)newValue);
				return;
			case InspectionPackage.FEEDBACK__TEXT:
				setText((String)newValue);
				return;
			case InspectionPackage.FEEDBACK__COMPLAINT:
				setComplaint((Complaint)newValue);
				return;
			case InspectionPackage.FEEDBACK__FINDING:
				setFinding((Finding)newValue);
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
			case InspectionPackage.FEEDBACK__RECEIVED_ON:
				setReceivedOn(RECEIVED_ON_EDEFAULT);
				return;
			case InspectionPackage.FEEDBACK__ENTERPRISE:
				setEnterprise((Enterprise)null);
				return;
			case InspectionPackage.FEEDBACK__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case InspectionPackage.FEEDBACK__COMPLAINT:
				setComplaint((Complaint)null);
				return;
			case InspectionPackage.FEEDBACK__FINDING:
				setFinding((Finding)null);
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
			case InspectionPackage.FEEDBACK__RECEIVED_ON:
				return RECEIVED_ON_EDEFAULT == null ? receivedOn != null : !RECEIVED_ON_EDEFAULT.equals(receivedOn);
			case InspectionPackage.FEEDBACK__ENTERPRISE:
				return enterprise != null;
			case InspectionPackage.FEEDBACK__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case InspectionPackage.FEEDBACK__COMPLAINT:
				return complaint != null;
			case InspectionPackage.FEEDBACK__FINDING:
				return finding != null;
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
		result.append(" (receivedOn: ");
		result.append(receivedOn);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //FeedbackImpl
