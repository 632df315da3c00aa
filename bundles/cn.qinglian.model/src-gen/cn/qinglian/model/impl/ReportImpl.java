/**
 */
package cn.qinglian.model.impl;

import cn.qinglian.model.Person;
import cn.qinglian.model.QinglianPackage;
import cn.qinglian.model.Report;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.SupervisionOccasion;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Report</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.model.impl.ReportImpl#getDate <em>Date</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.ReportImpl#getLine <em>Line</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.ReportImpl#getReporter <em>Reporter</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.ReportImpl#getRecipient <em>Recipient</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.ReportImpl#getTopic <em>Topic</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.ReportImpl#getOccasion <em>Occasion</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.ReportImpl#getProblemsPointedOut <em>Problems Pointed Out</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.ReportImpl#getFollowUp <em>Follow Up</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReportImpl extends IdentifiedImpl implements Report {
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
	 * The cached value of the '{@link #getLine() <em>Line</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected ReportingLine line;

	/**
	 * The cached value of the '{@link #getReporter() <em>Reporter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReporter()
	 * @generated
	 * @ordered
	 */
	protected Person reporter;

	/**
	 * The cached value of the '{@link #getRecipient() <em>Recipient</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipient()
	 * @generated
	 * @ordered
	 */
	protected Person recipient;

	/**
	 * The default value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected static final String TOPIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected String topic = TOPIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getOccasion() <em>Occasion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccasion()
	 * @generated
	 * @ordered
	 */
	protected static final SupervisionOccasion OCCASION_EDEFAULT = SupervisionOccasion.ROUTINE;

	/**
	 * The cached value of the '{@link #getOccasion() <em>Occasion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccasion()
	 * @generated
	 * @ordered
	 */
	protected SupervisionOccasion occasion = OCCASION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProblemsPointedOut() <em>Problems Pointed Out</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblemsPointedOut()
	 * @generated
	 * @ordered
	 */
	protected EList<String> problemsPointedOut;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QinglianPackage.Literals.REPORT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, QinglianPackage.REPORT__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportingLine getLine() {
		if (line != null && line.eIsProxy()) {
			InternalEObject oldLine = (InternalEObject)line;
			line = (ReportingLine)eResolveProxy(oldLine);
			if (line != oldLine) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QinglianPackage.REPORT__LINE, oldLine, line));
			}
		}
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReportingLine basicGetLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLine(ReportingLine newLine) {
		ReportingLine oldLine = line;
		line = newLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QinglianPackage.REPORT__LINE, oldLine, line));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getReporter() {
		if (reporter != null && reporter.eIsProxy()) {
			InternalEObject oldReporter = (InternalEObject)reporter;
			reporter = (Person)eResolveProxy(oldReporter);
			if (reporter != oldReporter) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QinglianPackage.REPORT__REPORTER, oldReporter, reporter));
			}
		}
		return reporter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetReporter() {
		return reporter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReporter(Person newReporter) {
		Person oldReporter = reporter;
		reporter = newReporter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QinglianPackage.REPORT__REPORTER, oldReporter, reporter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getRecipient() {
		if (recipient != null && recipient.eIsProxy()) {
			InternalEObject oldRecipient = (InternalEObject)recipient;
			recipient = (Person)eResolveProxy(oldRecipient);
			if (recipient != oldRecipient) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QinglianPackage.REPORT__RECIPIENT, oldRecipient, recipient));
			}
		}
		return recipient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetRecipient() {
		return recipient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecipient(Person newRecipient) {
		Person oldRecipient = recipient;
		recipient = newRecipient;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QinglianPackage.REPORT__RECIPIENT, oldRecipient, recipient));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTopic() {
		return topic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopic(String newTopic) {
		String oldTopic = topic;
		topic = newTopic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QinglianPackage.REPORT__TOPIC, oldTopic, topic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisionOccasion getOccasion() {
		return occasion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccasion(SupervisionOccasion newOccasion) {
		SupervisionOccasion oldOccasion = occasion;
		occasion = newOccasion == null ? OCCASION_EDEFAULT : newOccasion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QinglianPackage.REPORT__OCCASION, oldOccasion, occasion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getProblemsPointedOut() {
		if (problemsPointedOut == null) {
			problemsPointedOut = new EDataTypeEList<String>(String.class, this, QinglianPackage.REPORT__PROBLEMS_POINTED_OUT);
		}
		return problemsPointedOut;
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
			eNotify(new ENotificationImpl(this, Notification.SET, QinglianPackage.REPORT__FOLLOW_UP, oldFollowUp, followUp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QinglianPackage.REPORT__DATE:
				return getDate();
			case QinglianPackage.REPORT__LINE:
				if (resolve) return getLine();
				return basicGetLine();
			case QinglianPackage.REPORT__REPORTER:
				if (resolve) return getReporter();
				return basicGetReporter();
			case QinglianPackage.REPORT__RECIPIENT:
				if (resolve) return getRecipient();
				return basicGetRecipient();
			case QinglianPackage.REPORT__TOPIC:
				return getTopic();
			case QinglianPackage.REPORT__OCCASION:
				return getOccasion();
			case QinglianPackage.REPORT__PROBLEMS_POINTED_OUT:
				return getProblemsPointedOut();
			case QinglianPackage.REPORT__FOLLOW_UP:
				return getFollowUp();
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
			case QinglianPackage.REPORT__DATE:
				setDate((LocalDate)newValue);
				return;
			case QinglianPackage.REPORT__LINE:
				setLine((ReportingLine)newValue);
				return;
			case QinglianPackage.REPORT__REPORTER:
				setReporter((Person)newValue);
				return;
			case QinglianPackage.REPORT__RECIPIENT:
				setRecipient((Person)newValue);
				return;
			case QinglianPackage.REPORT__TOPIC:
				setTopic((String)newValue);
				return;
			case QinglianPackage.REPORT__OCCASION:
				setOccasion((SupervisionOccasion)newValue);
				return;
			case QinglianPackage.REPORT__PROBLEMS_POINTED_OUT:
				getProblemsPointedOut().clear();
				getProblemsPointedOut().addAll((Collection<? extends String>)newValue);
				return;
			case QinglianPackage.REPORT__FOLLOW_UP:
				setFollowUp((String)newValue);
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
			case QinglianPackage.REPORT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case QinglianPackage.REPORT__LINE:
				setLine((ReportingLine)null);
				return;
			case QinglianPackage.REPORT__REPORTER:
				setReporter((Person)null);
				return;
			case QinglianPackage.REPORT__RECIPIENT:
				setRecipient((Person)null);
				return;
			case QinglianPackage.REPORT__TOPIC:
				setTopic(TOPIC_EDEFAULT);
				return;
			case QinglianPackage.REPORT__OCCASION:
				setOccasion(OCCASION_EDEFAULT);
				return;
			case QinglianPackage.REPORT__PROBLEMS_POINTED_OUT:
				getProblemsPointedOut().clear();
				return;
			case QinglianPackage.REPORT__FOLLOW_UP:
				setFollowUp(FOLLOW_UP_EDEFAULT);
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
			case QinglianPackage.REPORT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case QinglianPackage.REPORT__LINE:
				return line != null;
			case QinglianPackage.REPORT__REPORTER:
				return reporter != null;
			case QinglianPackage.REPORT__RECIPIENT:
				return recipient != null;
			case QinglianPackage.REPORT__TOPIC:
				return TOPIC_EDEFAULT == null ? topic != null : !TOPIC_EDEFAULT.equals(topic);
			case QinglianPackage.REPORT__OCCASION:
				return occasion != OCCASION_EDEFAULT;
			case QinglianPackage.REPORT__PROBLEMS_POINTED_OUT:
				return problemsPointedOut != null && !problemsPointedOut.isEmpty();
			case QinglianPackage.REPORT__FOLLOW_UP:
				return FOLLOW_UP_EDEFAULT == null ? followUp != null : !FOLLOW_UP_EDEFAULT.equals(followUp);
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
		result.append(", topic: ");
		result.append(topic);
		result.append(", occasion: ");
		result.append(occasion);
		result.append(", problemsPointedOut: ");
		result.append(problemsPointedOut);
		result.append(", followUp: ");
		result.append(followUp);
		result.append(')');
		return result.toString();
	}

} //ReportImpl
