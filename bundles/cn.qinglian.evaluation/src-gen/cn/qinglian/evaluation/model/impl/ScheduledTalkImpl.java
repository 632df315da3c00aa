/**
 */
package cn.qinglian.evaluation.model.impl;

import cn.qinglian.evaluation.model.EvaluationPackage;
import cn.qinglian.evaluation.model.ScheduledTalk;

import cn.qinglian.model.Person;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scheduled Talk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.impl.ScheduledTalkImpl#getOfficer <em>Officer</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.ScheduledTalkImpl#getInterviewer <em>Interviewer</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.ScheduledTalkImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.ScheduledTalkImpl#getHeldOn <em>Held On</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.ScheduledTalkImpl#getTopics <em>Topics</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.ScheduledTalkImpl#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScheduledTalkImpl extends IdentifiedImpl implements ScheduledTalk {
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
	 * The cached value of the '{@link #getInterviewer() <em>Interviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterviewer()
	 * @generated
	 * @ordered
	 */
	protected Person interviewer;

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
	 * The default value of the '{@link #getHeldOn() <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate HELD_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeldOn() <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate heldOn = HELD_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getTopics() <em>Topics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopics()
	 * @generated
	 * @ordered
	 */
	protected static final String TOPICS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTopics() <em>Topics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopics()
	 * @generated
	 * @ordered
	 */
	protected String topics = TOPICS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScheduledTalkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.SCHEDULED_TALK;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.SCHEDULED_TALK__OFFICER, oldOfficer, officer));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.SCHEDULED_TALK__OFFICER, oldOfficer, officer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getInterviewer() {
		if (interviewer != null && interviewer.eIsProxy()) {
			InternalEObject oldInterviewer = (InternalEObject)interviewer;
			interviewer = (Person)eResolveProxy(oldInterviewer);
			if (interviewer != oldInterviewer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EvaluationPackage.SCHEDULED_TALK__INTERVIEWER, oldInterviewer, interviewer));
			}
		}
		return interviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetInterviewer() {
		return interviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterviewer(Person newInterviewer) {
		Person oldInterviewer = interviewer;
		interviewer = newInterviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.SCHEDULED_TALK__INTERVIEWER, oldInterviewer, interviewer));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.SCHEDULED_TALK__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getHeldOn() {
		return heldOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeldOn(LocalDate newHeldOn) {
		LocalDate oldHeldOn = heldOn;
		heldOn = newHeldOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.SCHEDULED_TALK__HELD_ON, oldHeldOn, heldOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTopics() {
		return topics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopics(String newTopics) {
		String oldTopics = topics;
		topics = newTopics;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.SCHEDULED_TALK__TOPICS, oldTopics, topics));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.SCHEDULED_TALK__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.SCHEDULED_TALK__OFFICER:
				if (resolve) return getOfficer();
				return basicGetOfficer();
			case EvaluationPackage.SCHEDULED_TALK__INTERVIEWER:
				if (resolve) return getInterviewer();
				return basicGetInterviewer();
			case EvaluationPackage.SCHEDULED_TALK__DUE_DATE:
				return getDueDate();
			case EvaluationPackage.SCHEDULED_TALK__HELD_ON:
				return getHeldOn();
			case EvaluationPackage.SCHEDULED_TALK__TOPICS:
				return getTopics();
			case EvaluationPackage.SCHEDULED_TALK__SUMMARY:
				return getSummary();
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
			case EvaluationPackage.SCHEDULED_TALK__OFFICER:
				setOfficer((Person)newValue);
				return;
			case EvaluationPackage.SCHEDULED_TALK__INTERVIEWER:
				setInterviewer((Person)newValue);
				return;
			case EvaluationPackage.SCHEDULED_TALK__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case EvaluationPackage.SCHEDULED_TALK__HELD_ON:
				setHeldOn((LocalDate)newValue);
				return;
			case EvaluationPackage.SCHEDULED_TALK__TOPICS:
				setTopics((String)newValue);
				return;
			case EvaluationPackage.SCHEDULED_TALK__SUMMARY:
				setSummary((String)newValue);
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
			case EvaluationPackage.SCHEDULED_TALK__OFFICER:
				setOfficer((Person)null);
				return;
			case EvaluationPackage.SCHEDULED_TALK__INTERVIEWER:
				setInterviewer((Person)null);
				return;
			case EvaluationPackage.SCHEDULED_TALK__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case EvaluationPackage.SCHEDULED_TALK__HELD_ON:
				setHeldOn(HELD_ON_EDEFAULT);
				return;
			case EvaluationPackage.SCHEDULED_TALK__TOPICS:
				setTopics(TOPICS_EDEFAULT);
				return;
			case EvaluationPackage.SCHEDULED_TALK__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
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
			case EvaluationPackage.SCHEDULED_TALK__OFFICER:
				return officer != null;
			case EvaluationPackage.SCHEDULED_TALK__INTERVIEWER:
				return interviewer != null;
			case EvaluationPackage.SCHEDULED_TALK__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case EvaluationPackage.SCHEDULED_TALK__HELD_ON:
				return HELD_ON_EDEFAULT == null ? heldOn != null : !HELD_ON_EDEFAULT.equals(heldOn);
			case EvaluationPackage.SCHEDULED_TALK__TOPICS:
				return TOPICS_EDEFAULT == null ? topics != null : !TOPICS_EDEFAULT.equals(topics);
			case EvaluationPackage.SCHEDULED_TALK__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
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
		result.append(" (dueDate: ");
		result.append(dueDate);
		result.append(", heldOn: ");
		result.append(heldOn);
		result.append(", topics: ");
		result.append(topics);
		result.append(", summary: ");
		result.append(summary);
		result.append(')');
		return result.toString();
	}

} //ScheduledTalkImpl
