/**
 */
package cn.qinglian.evaluation.model.impl;

import cn.qinglian.evaluation.model.Appraisal;
import cn.qinglian.evaluation.model.Ballot;
import cn.qinglian.evaluation.model.EvaluationPackage;

import cn.qinglian.model.Person;

import cn.qinglian.model.impl.NamedImpl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Appraisal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AppraisalImpl#getYear <em>Year</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AppraisalImpl#getDate <em>Date</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AppraisalImpl#getCandidates <em>Candidates</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AppraisalImpl#getEligibleVoters <em>Eligible Voters</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AppraisalImpl#getIssuedTokens <em>Issued Tokens</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AppraisalImpl#getBallots <em>Ballots</em>}</li>
 *   <li>{@link cn.qinglian.evaluation.model.impl.AppraisalImpl#isClosed <em>Closed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AppraisalImpl extends NamedImpl implements Appraisal {
	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

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
	 * The cached value of the '{@link #getCandidates() <em>Candidates</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCandidates()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> candidates;

	/**
	 * The default value of the '{@link #getEligibleVoters() <em>Eligible Voters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEligibleVoters()
	 * @generated
	 * @ordered
	 */
	protected static final int ELIGIBLE_VOTERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEligibleVoters() <em>Eligible Voters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEligibleVoters()
	 * @generated
	 * @ordered
	 */
	protected int eligibleVoters = ELIGIBLE_VOTERS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIssuedTokens() <em>Issued Tokens</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedTokens()
	 * @generated
	 * @ordered
	 */
	protected EList<String> issuedTokens;

	/**
	 * The cached value of the '{@link #getBallots() <em>Ballots</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBallots()
	 * @generated
	 * @ordered
	 */
	protected EList<Ballot> ballots;

	/**
	 * The default value of the '{@link #isClosed() <em>Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isClosed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CLOSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isClosed() <em>Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isClosed()
	 * @generated
	 * @ordered
	 */
	protected boolean closed = CLOSED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AppraisalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.APPRAISAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.APPRAISAL__YEAR, oldYear, year));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.APPRAISAL__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getCandidates() {
		if (candidates == null) {
			candidates = new EObjectResolvingEList<Person>(Person.class, this, EvaluationPackage.APPRAISAL__CANDIDATES);
		}
		return candidates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEligibleVoters() {
		return eligibleVoters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEligibleVoters(int newEligibleVoters) {
		int oldEligibleVoters = eligibleVoters;
		eligibleVoters = newEligibleVoters;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.APPRAISAL__ELIGIBLE_VOTERS, oldEligibleVoters, eligibleVoters));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getIssuedTokens() {
		if (issuedTokens == null) {
			issuedTokens = new EDataTypeEList<String>(String.class, this, EvaluationPackage.APPRAISAL__ISSUED_TOKENS);
		}
		return issuedTokens;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Ballot> getBallots() {
		if (ballots == null) {
			ballots = new EObjectContainmentEList<Ballot>(Ballot.class, this, EvaluationPackage.APPRAISAL__BALLOTS);
		}
		return ballots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isClosed() {
		return closed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosed(boolean newClosed) {
		boolean oldClosed = closed;
		closed = newClosed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.APPRAISAL__CLOSED, oldClosed, closed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EvaluationPackage.APPRAISAL__BALLOTS:
				return ((InternalEList<?>)getBallots()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.APPRAISAL__YEAR:
				return getYear();
			case EvaluationPackage.APPRAISAL__DATE:
				return getDate();
			case EvaluationPackage.APPRAISAL__CANDIDATES:
				return getCandidates();
			case EvaluationPackage.APPRAISAL__ELIGIBLE_VOTERS:
				return getEligibleVoters();
			case EvaluationPackage.APPRAISAL__ISSUED_TOKENS:
				return getIssuedTokens();
			case EvaluationPackage.APPRAISAL__BALLOTS:
				return getBallots();
			case EvaluationPackage.APPRAISAL__CLOSED:
				return isClosed();
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
			case EvaluationPackage.APPRAISAL__YEAR:
				setYear((Integer)newValue);
				return;
			case EvaluationPackage.APPRAISAL__DATE:
				setDate((LocalDate)newValue);
				return;
			case EvaluationPackage.APPRAISAL__CANDIDATES:
				getCandidates().clear();
				getCandidates().addAll((Collection<? extends Person>)newValue);
				return;
			case EvaluationPackage.APPRAISAL__ELIGIBLE_VOTERS:
				setEligibleVoters((Integer)newValue);
				return;
			case EvaluationPackage.APPRAISAL__ISSUED_TOKENS:
				getIssuedTokens().clear();
				getIssuedTokens().addAll((Collection<? extends String>)newValue);
				return;
			case EvaluationPackage.APPRAISAL__BALLOTS:
				getBallots().clear();
				getBallots().addAll((Collection<? extends Ballot>)newValue);
				return;
			case EvaluationPackage.APPRAISAL__CLOSED:
				setClosed((Boolean)newValue);
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
			case EvaluationPackage.APPRAISAL__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case EvaluationPackage.APPRAISAL__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case EvaluationPackage.APPRAISAL__CANDIDATES:
				getCandidates().clear();
				return;
			case EvaluationPackage.APPRAISAL__ELIGIBLE_VOTERS:
				setEligibleVoters(ELIGIBLE_VOTERS_EDEFAULT);
				return;
			case EvaluationPackage.APPRAISAL__ISSUED_TOKENS:
				getIssuedTokens().clear();
				return;
			case EvaluationPackage.APPRAISAL__BALLOTS:
				getBallots().clear();
				return;
			case EvaluationPackage.APPRAISAL__CLOSED:
				setClosed(CLOSED_EDEFAULT);
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
			case EvaluationPackage.APPRAISAL__YEAR:
				return year != YEAR_EDEFAULT;
			case EvaluationPackage.APPRAISAL__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case EvaluationPackage.APPRAISAL__CANDIDATES:
				return candidates != null && !candidates.isEmpty();
			case EvaluationPackage.APPRAISAL__ELIGIBLE_VOTERS:
				return eligibleVoters != ELIGIBLE_VOTERS_EDEFAULT;
			case EvaluationPackage.APPRAISAL__ISSUED_TOKENS:
				return issuedTokens != null && !issuedTokens.isEmpty();
			case EvaluationPackage.APPRAISAL__BALLOTS:
				return ballots != null && !ballots.isEmpty();
			case EvaluationPackage.APPRAISAL__CLOSED:
				return closed != CLOSED_EDEFAULT;
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
		result.append(" (year: ");
		result.append(year);
		result.append(", date: ");
		result.append(date);
		result.append(", eligibleVoters: ");
		result.append(eligibleVoters);
		result.append(", issuedTokens: ");
		result.append(issuedTokens);
		result.append(", closed: ");
		result.append(closed);
		result.append(')');
		return result.toString();
	}

} //AppraisalImpl
