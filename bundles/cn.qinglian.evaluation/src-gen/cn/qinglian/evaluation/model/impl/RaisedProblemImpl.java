/**
 */
package cn.qinglian.evaluation.model.impl;

import cn.qinglian.evaluation.model.EvaluationPackage;
import cn.qinglian.evaluation.model.RaisedProblem;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Raised Problem</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.impl.RaisedProblemImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.RaisedProblemImpl#getRaisedBy <em>Raised By</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.RaisedProblemImpl#getFollowUp <em>Follow Up</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.RaisedProblemImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.RaisedProblemImpl#getClosedOn <em>Closed On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RaisedProblemImpl extends IdentifiedImpl implements RaisedProblem {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRaisedBy() <em>Raised By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaisedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String RAISED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRaisedBy() <em>Raised By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaisedBy()
	 * @generated
	 * @ordered
	 */
	protected String raisedBy = RAISED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFollowUp() <em>Follow Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUp()
	 * @generated
	 * @ordered
	 */
	protected static final String FOLLOW_UP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFollowUp() <em>Follow Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUp()
	 * @generated
	 * @ordered
	 */
	protected String followUp = FOLLOW_UP_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CLOSED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate closedOn = CLOSED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RaisedProblemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.RAISED_PROBLEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.RAISED_PROBLEM__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRaisedBy() {
		return raisedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaisedBy(String newRaisedBy) {
		String oldRaisedBy = raisedBy;
		raisedBy = newRaisedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.RAISED_PROBLEM__RAISED_BY, oldRaisedBy, raisedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFollowUp() {
		return followUp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFollowUp(String newFollowUp) {
		String oldFollowUp = followUp;
		followUp = newFollowUp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.RAISED_PROBLEM__FOLLOW_UP, oldFollowUp, followUp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.RAISED_PROBLEM__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getClosedOn() {
		return closedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedOn(LocalDate newClosedOn) {
		LocalDate oldClosedOn = closedOn;
		closedOn = newClosedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.RAISED_PROBLEM__CLOSED_ON, oldClosedOn, closedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.RAISED_PROBLEM__DESCRIPTION:
				return getDescription();
			case EvaluationPackage.RAISED_PROBLEM__RAISED_BY:
				return getRaisedBy();
			case EvaluationPackage.RAISED_PROBLEM__FOLLOW_UP:
				return getFollowUp();
			case EvaluationPackage.RAISED_PROBLEM__DUE_DATE:
				return getDueDate();
			case EvaluationPackage.RAISED_PROBLEM__CLOSED_ON:
				return getClosedOn();
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
			case EvaluationPackage.RAISED_PROBLEM__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case EvaluationPackage.RAISED_PROBLEM__RAISED_BY:
				setRaisedBy((String)newValue);
				return;
			case EvaluationPackage.RAISED_PROBLEM__FOLLOW_UP:
				setFollowUp((String)newValue);
				return;
			case EvaluationPackage.RAISED_PROBLEM__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case EvaluationPackage.RAISED_PROBLEM__CLOSED_ON:
				setClosedOn((LocalDate)newValue);
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
			case EvaluationPackage.RAISED_PROBLEM__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case EvaluationPackage.RAISED_PROBLEM__RAISED_BY:
				setRaisedBy(RAISED_BY_EDEFAULT);
				return;
			case EvaluationPackage.RAISED_PROBLEM__FOLLOW_UP:
				setFollowUp(FOLLOW_UP_EDEFAULT);
				return;
			case EvaluationPackage.RAISED_PROBLEM__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case EvaluationPackage.RAISED_PROBLEM__CLOSED_ON:
				setClosedOn(CLOSED_ON_EDEFAULT);
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
			case EvaluationPackage.RAISED_PROBLEM__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case EvaluationPackage.RAISED_PROBLEM__RAISED_BY:
				return RAISED_BY_EDEFAULT == null ? raisedBy != null : !RAISED_BY_EDEFAULT.equals(raisedBy);
			case EvaluationPackage.RAISED_PROBLEM__FOLLOW_UP:
				return FOLLOW_UP_EDEFAULT == null ? followUp != null : !FOLLOW_UP_EDEFAULT.equals(followUp);
			case EvaluationPackage.RAISED_PROBLEM__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case EvaluationPackage.RAISED_PROBLEM__CLOSED_ON:
				return CLOSED_ON_EDEFAULT == null ? closedOn != null : !CLOSED_ON_EDEFAULT.equals(closedOn);
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
		result.append(" (description: ");
		result.append(description);
		result.append(", raisedBy: ");
		result.append(raisedBy);
		result.append(", followUp: ");
		result.append(followUp);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(", closedOn: ");
		result.append(closedOn);
		result.append(')');
		return result.toString();
	}

} //RaisedProblemImpl
