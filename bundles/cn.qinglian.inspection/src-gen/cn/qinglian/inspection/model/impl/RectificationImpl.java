/**
 */
package cn.qinglian.inspection.model.impl;

import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.InspectionPackage;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.inspection.model.StateTransition;

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
 * An implementation of the model object '<em><b>Rectification</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.impl.RectificationImpl#getFinding <em>Finding</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.RectificationImpl#getMeasure <em>Measure</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.RectificationImpl#getOwnerPost <em>Owner Post</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.RectificationImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.RectificationImpl#getState <em>State</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.impl.RectificationImpl#getTransitions <em>Transitions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RectificationImpl extends IdentifiedImpl implements Rectification {
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
	 * The default value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected static final String MEASURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected String measure = MEASURE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwnerPost() <em>Owner Post</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerPost()
	 * @generated
	 * @ordered
	 */
	protected Post ownerPost;

	/**
	 * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate deadline = DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final RectificationState STATE_EDEFAULT = RectificationState.OPEN;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected RectificationState state = STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTransitions() <em>Transitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransitions()
	 * @generated
	 * @ordered
	 */
	protected EList<StateTransition> transitions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RectificationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.RECTIFICATION;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.RECTIFICATION__FINDING, oldFinding, finding));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.RECTIFICATION__FINDING, oldFinding, finding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeasure() {
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasure(String newMeasure) {
		String oldMeasure = measure;
		measure = newMeasure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.RECTIFICATION__MEASURE, oldMeasure, measure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Post getOwnerPost() {
		if (ownerPost != null && ownerPost.eIsProxy()) {
			InternalEObject oldOwnerPost = (InternalEObject)ownerPost;
			ownerPost = (Post)eResolveProxy(oldOwnerPost);
			if (ownerPost != oldOwnerPost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InspectionPackage.RECTIFICATION__OWNER_POST, oldOwnerPost, ownerPost));
			}
		}
		return ownerPost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Post basicGetOwnerPost() {
		return ownerPost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerPost(Post newOwnerPost) {
		Post oldOwnerPost = ownerPost;
		ownerPost = newOwnerPost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.RECTIFICATION__OWNER_POST, oldOwnerPost, ownerPost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeadline() {
		return deadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadline(LocalDate newDeadline) {
		LocalDate oldDeadline = deadline;
		deadline = newDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.RECTIFICATION__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RectificationState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(RectificationState newState) {
		RectificationState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.RECTIFICATION__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StateTransition> getTransitions() {
		if (transitions == null) {
			transitions = new EObjectContainmentEList<StateTransition>(StateTransition.class, this, InspectionPackage.RECTIFICATION__TRANSITIONS);
		}
		return transitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case InspectionPackage.RECTIFICATION__TRANSITIONS:
				return ((InternalEList<?>)getTransitions()).basicRemove(otherEnd, msgs);
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
			case InspectionPackage.RECTIFICATION__FINDING:
				if (resolve) return getFinding();
				return basicGetFinding();
			case InspectionPackage.RECTIFICATION__MEASURE:
				return getMeasure();
			case InspectionPackage.RECTIFICATION__OWNER_POST:
				if (resolve) return getOwnerPost();
				return basicGetOwnerPost();
			case InspectionPackage.RECTIFICATION__DEADLINE:
				return getDeadline();
			case InspectionPackage.RECTIFICATION__STATE:
				return getState();
			case InspectionPackage.RECTIFICATION__TRANSITIONS:
				return getTransitions();
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
			case InspectionPackage.RECTIFICATION__FINDING:
				setFinding((Finding)newValue);
				return;
			case InspectionPackage.RECTIFICATION__MEASURE:
				setMeasure((String)newValue);
				return;
			case InspectionPackage.RECTIFICATION__OWNER_POST:
				setOwnerPost((Post)newValue);
				return;
			case InspectionPackage.RECTIFICATION__DEADLINE:
				setDeadline((LocalDate)newValue);
				return;
			case InspectionPackage.RECTIFICATION__STATE:
				setState((RectificationState)newValue);
				return;
			case InspectionPackage.RECTIFICATION__TRANSITIONS:
				getTransitions().clear();
				getTransitions().addAll((Collection<? extends StateTransition>)newValue);
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
			case InspectionPackage.RECTIFICATION__FINDING:
				setFinding((Finding)null);
				return;
			case InspectionPackage.RECTIFICATION__MEASURE:
				setMeasure(MEASURE_EDEFAULT);
				return;
			case InspectionPackage.RECTIFICATION__OWNER_POST:
				setOwnerPost((Post)null);
				return;
			case InspectionPackage.RECTIFICATION__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
				return;
			case InspectionPackage.RECTIFICATION__STATE:
				setState(STATE_EDEFAULT);
				return;
			case InspectionPackage.RECTIFICATION__TRANSITIONS:
				getTransitions().clear();
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
			case InspectionPackage.RECTIFICATION__FINDING:
				return finding != null;
			case InspectionPackage.RECTIFICATION__MEASURE:
				return MEASURE_EDEFAULT == null ? measure != null : !MEASURE_EDEFAULT.equals(measure);
			case InspectionPackage.RECTIFICATION__OWNER_POST:
				return ownerPost != null;
			case InspectionPackage.RECTIFICATION__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
			case InspectionPackage.RECTIFICATION__STATE:
				return state != STATE_EDEFAULT;
			case InspectionPackage.RECTIFICATION__TRANSITIONS:
				return transitions != null && !transitions.isEmpty();
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
		result.append(" (measure: ");
		result.append(measure);
		result.append(", deadline: ");
		result.append(deadline);
		result.append(", state: ");
		result.append(state);
		result.append(')');
		return result.toString();
	}

} //RectificationImpl
