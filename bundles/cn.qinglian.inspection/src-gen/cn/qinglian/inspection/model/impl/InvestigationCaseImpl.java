/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.Decision;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.InspectionPackage;
import cn.qinglian.inspection.model.InvestigationCase;
import cn.qinglian.inspection.model.LeaderInvestigation;

import cn.qinglian.model.Person;
import cn.qinglian.model.Post;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Investigation Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.impl.InvestigationCaseImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InvestigationCaseImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InvestigationCaseImpl#getSubjectPost <em>Subject Post</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InvestigationCaseImpl#getFinding <em>Finding</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InvestigationCaseImpl#getOpenedOn <em>Opened On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InvestigationCaseImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InvestigationCaseImpl#getDecidedOn <em>Decided On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InvestigationCaseImpl#getSecondInvestigations <em>Second Investigations</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InvestigationCaseImpl#getPublicNoticeOn <em>Public Notice On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.InvestigationCaseImpl#getPublicNotice <em>Public Notice</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InvestigationCaseImpl extends IdentifiedImpl implements InvestigationCase {
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
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected Person subject;

	/**
	 * The cached value of the '{@link #getSubjectPost() <em>Subject Post</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectPost()
	 * @generated
	 * @ordered
	 */
	protected Post subjectPost;

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
	 * The default value of the '{@link #getOpenedOn() <em>Opened On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate OPENED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpenedOn() <em>Opened On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate openedOn = OPENED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected static final Decision DECISION_EDEFAULT = Decision.PENDING;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected Decision decision = DECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecidedOn() <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DECIDED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedOn() <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate decidedOn = DECIDED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSecondInvestigations() <em>Second Investigations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondInvestigations()
	 * @generated
	 * @ordered
	 */
	protected EList<LeaderInvestigation> secondInvestigations;

	/**
	 * The default value of the '{@link #getPublicNoticeOn() <em>Public Notice On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicNoticeOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PUBLIC_NOTICE_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublicNoticeOn() <em>Public Notice On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicNoticeOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate publicNoticeOn = PUBLIC_NOTICE_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublicNotice() <em>Public Notice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicNotice()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLIC_NOTICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublicNotice() <em>Public Notice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicNotice()
	 * @generated
	 * @ordered
	 */
	protected String publicNotice = PUBLIC_NOTICE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InvestigationCaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.INVESTIGATION_CASE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INVESTIGATION_CASE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getSubject() {
		if (subject != null && subject.eIsProxy()) {
			InternalEObject oldSubject = (InternalEObject)subject;
			subject = (Person)eResolveProxy(oldSubject);
			if (subject != oldSubject) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.INVESTIGATION_CASE__SUBJECT, oldSubject, subject));
			}
		}
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(Person newSubject) {
		Person oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INVESTIGATION_CASE__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Post getSubjectPost() {
		if (subjectPost != null && subjectPost.eIsProxy()) {
			InternalEObject oldSubjectPost = (InternalEObject)subjectPost;
			subjectPost = (Post)eResolveProxy(oldSubjectPost);
			if (subjectPost != oldSubjectPost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.INVESTIGATION_CASE__SUBJECT_POST, oldSubjectPost, subjectPost));
			}
		}
		return subjectPost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Post basicGetSubjectPost() {
		return subjectPost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectPost(Post newSubjectPost) {
		Post oldSubjectPost = subjectPost;
		subjectPost = newSubjectPost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INVESTIGATION_CASE__SUBJECT_POST, oldSubjectPost, subjectPost));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.INVESTIGATION_CASE__FINDING, oldFinding, finding));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INVESTIGATION_CASE__FINDING, oldFinding, finding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getOpenedOn() {
		return openedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenedOn(LocalDate newOpenedOn) {
		LocalDate oldOpenedOn = openedOn;
		openedOn = newOpenedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INVESTIGATION_CASE__OPENED_ON, oldOpenedOn, openedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Decision getDecision() {
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(Decision newDecision) {
		Decision oldDecision = decision;
		decision = newDecision == null ? DECISION_EDEFAULT : newDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INVESTIGATION_CASE__DECISION, oldDecision, decision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedOn(LocalDate newDecidedOn) {
		LocalDate oldDecidedOn = decidedOn;
		decidedOn = newDecidedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INVESTIGATION_CASE__DECIDED_ON, oldDecidedOn, decidedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LeaderInvestigation> getSecondInvestigations() {
		if (secondInvestigations == null) {
			secondInvestigations = new EObjectContainmentEList<LeaderInvestigation>(LeaderInvestigation.class, this, InspectionPackage.INVESTIGATION_CASE__SECOND_INVESTIGATIONS);
		}
		return secondInvestigations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPublicNoticeOn() {
		return publicNoticeOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicNoticeOn(LocalDate newPublicNoticeOn) {
		LocalDate oldPublicNoticeOn = publicNoticeOn;
		publicNoticeOn = newPublicNoticeOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INVESTIGATION_CASE__PUBLIC_NOTICE_ON, oldPublicNoticeOn, publicNoticeOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublicNotice() {
		return publicNotice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicNotice(String newPublicNotice) {
		String oldPublicNotice = publicNotice;
		publicNotice = newPublicNotice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.INVESTIGATION_CASE__PUBLIC_NOTICE, oldPublicNotice, publicNotice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InspectionPackage.INVESTIGATION_CASE__SECOND_INVESTIGATIONS:
				return ((InternalEList<?>)getSecondInvestigations()).basicRemove(otherEnd, msgs);
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
			case InspectionPackage.INVESTIGATION_CASE__TITLE:
				return getTitle();
			case InspectionPackage.INVESTIGATION_CASE__SUBJECT:
				if (resolve) return getSubject();
				return basicGetSubject();
			case InspectionPackage.INVESTIGATION_CASE__SUBJECT_POST:
				if (resolve) return getSubjectPost();
				return basicGetSubjectPost();
			case InspectionPackage.INVESTIGATION_CASE__FINDING:
				if (resolve) return getFinding();
				return basicGetFinding();
			case InspectionPackage.INVESTIGATION_CASE__OPENED_ON:
				return getOpenedOn();
			case InspectionPackage.INVESTIGATION_CASE__DECISION:
				return getDecision();
			case InspectionPackage.INVESTIGATION_CASE__DECIDED_ON:
				return getDecidedOn();
			case InspectionPackage.INVESTIGATION_CASE__SECOND_INVESTIGATIONS:
				return getSecondInvestigations();
			case InspectionPackage.INVESTIGATION_CASE__PUBLIC_NOTICE_ON:
				return getPublicNoticeOn();
			case InspectionPackage.INVESTIGATION_CASE__PUBLIC_NOTICE:
				return getPublicNotice();
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
			case InspectionPackage.INVESTIGATION_CASE__TITLE:
				setTitle((String)newValue);
				return;
			case InspectionPackage.INVESTIGATION_CASE__SUBJECT:
				setSubject((Person)newValue);
				return;
			case InspectionPackage.INVESTIGATION_CASE__SUBJECT_POST:
				setSubjectPost((Post)newValue);
				return;
			case InspectionPackage.INVESTIGATION_CASE__FINDING:
				setFinding((Finding)newValue);
				return;
			case InspectionPackage.INVESTIGATION_CASE__OPENED_ON:
				setOpenedOn((LocalDate)newValue);
				return;
			case InspectionPackage.INVESTIGATION_CASE__DECISION:
				setDecision((Decision)newValue);
				return;
			case InspectionPackage.INVESTIGATION_CASE__DECIDED_ON:
				setDecidedOn((LocalDate)newValue);
				return;
			case InspectionPackage.INVESTIGATION_CASE__SECOND_INVESTIGATIONS:
				getSecondInvestigations().clear();
				getSecondInvestigations().addAll((Collection<? extends LeaderInvestigation>)newValue);
				return;
			case InspectionPackage.INVESTIGATION_CASE__PUBLIC_NOTICE_ON:
				setPublicNoticeOn((LocalDate)newValue);
				return;
			case InspectionPackage.INVESTIGATION_CASE__PUBLIC_NOTICE:
				setPublicNotice((String)newValue);
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
			case InspectionPackage.INVESTIGATION_CASE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case InspectionPackage.INVESTIGATION_CASE__SUBJECT:
				setSubject((Person)null);
				return;
			case InspectionPackage.INVESTIGATION_CASE__SUBJECT_POST:
				setSubjectPost((Post)null);
				return;
			case InspectionPackage.INVESTIGATION_CASE__FINDING:
				setFinding((Finding)null);
				return;
			case InspectionPackage.INVESTIGATION_CASE__OPENED_ON:
				setOpenedOn(OPENED_ON_EDEFAULT);
				return;
			case InspectionPackage.INVESTIGATION_CASE__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case InspectionPackage.INVESTIGATION_CASE__DECIDED_ON:
				setDecidedOn(DECIDED_ON_EDEFAULT);
				return;
			case InspectionPackage.INVESTIGATION_CASE__SECOND_INVESTIGATIONS:
				getSecondInvestigations().clear();
				return;
			case InspectionPackage.INVESTIGATION_CASE__PUBLIC_NOTICE_ON:
				setPublicNoticeOn(PUBLIC_NOTICE_ON_EDEFAULT);
				return;
			case InspectionPackage.INVESTIGATION_CASE__PUBLIC_NOTICE:
				setPublicNotice(PUBLIC_NOTICE_EDEFAULT);
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
			case InspectionPackage.INVESTIGATION_CASE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case InspectionPackage.INVESTIGATION_CASE__SUBJECT:
				return subject != null;
			case InspectionPackage.INVESTIGATION_CASE__SUBJECT_POST:
				return subjectPost != null;
			case InspectionPackage.INVESTIGATION_CASE__FINDING:
				return finding != null;
			case InspectionPackage.INVESTIGATION_CASE__OPENED_ON:
				return OPENED_ON_EDEFAULT == null ? openedOn != null : !OPENED_ON_EDEFAULT.equals(openedOn);
			case InspectionPackage.INVESTIGATION_CASE__DECISION:
				return decision != DECISION_EDEFAULT;
			case InspectionPackage.INVESTIGATION_CASE__DECIDED_ON:
				return DECIDED_ON_EDEFAULT == null ? decidedOn != null : !DECIDED_ON_EDEFAULT.equals(decidedOn);
			case InspectionPackage.INVESTIGATION_CASE__SECOND_INVESTIGATIONS:
				return secondInvestigations != null && !secondInvestigations.isEmpty();
			case InspectionPackage.INVESTIGATION_CASE__PUBLIC_NOTICE_ON:
				return PUBLIC_NOTICE_ON_EDEFAULT == null ? publicNoticeOn != null : !PUBLIC_NOTICE_ON_EDEFAULT.equals(publicNoticeOn);
			case InspectionPackage.INVESTIGATION_CASE__PUBLIC_NOTICE:
				return PUBLIC_NOTICE_EDEFAULT == null ? publicNotice != null : !PUBLIC_NOTICE_EDEFAULT.equals(publicNotice);
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
		result.append(", openedOn: ");
		result.append(openedOn);
		result.append(", decision: ");
		result.append(decision);
		result.append(", decidedOn: ");
		result.append(decidedOn);
		result.append(", publicNoticeOn: ");
		result.append(publicNoticeOn);
		result.append(", publicNotice: ");
		result.append(publicNotice);
		result.append(')');
		return result.toString();
	}

} //InvestigationCaseImpl
