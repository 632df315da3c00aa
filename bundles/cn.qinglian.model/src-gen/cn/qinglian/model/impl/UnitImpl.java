/**
 */
package cn.qinglian.model.impl;

import cn.qinglian.model.Post;
import cn.qinglian.model.QinglianPackage;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Unit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.model.impl.UnitImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.UnitImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.UnitImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.UnitImpl#getPosts <em>Posts</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.UnitImpl#getCompetentDepartment <em>Competent Department</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.UnitImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UnitImpl extends PartyImpl implements Unit {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final UnitKind KIND_EDEFAULT = UnitKind.DISTRICT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected UnitKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<Unit> children;

	/**
	 * The cached value of the '{@link #getPosts() <em>Posts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosts()
	 * @generated
	 * @ordered
	 */
	protected EList<Post> posts;

	/**
	 * The cached value of the '{@link #getCompetentDepartment() <em>Competent Department</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetentDepartment()
	 * @generated
	 * @ordered
	 */
	protected Unit competentDepartment;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UnitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QinglianPackage.Literals.UNIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnitKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(UnitKind newKind) {
		UnitKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QinglianPackage.UNIT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Unit> getChildren() {
		if (children == null) {
			children = new EObjectContainmentWithInverseEList<Unit>(Unit.class, this, QinglianPackage.UNIT__CHILDREN, QinglianPackage.UNIT__PARENT);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit getParent() {
		if (eContainerFeatureID() != QinglianPackage.UNIT__PARENT) return null;
		return (Unit)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParent(Unit newParent, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newParent, QinglianPackage.UNIT__PARENT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Unit newParent) {
		if (newParent != eInternalContainer() || (eContainerFeatureID() != QinglianPackage.UNIT__PARENT && newParent != null)) {
			if (EcoreUtil.isAncestor(this, newParent))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newParent != null)
				msgs = ((InternalEObject)newParent).eInverseAdd(this, QinglianPackage.UNIT__CHILDREN, Unit.class, msgs);
			msgs = basicSetParent(newParent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QinglianPackage.UNIT__PARENT, newParent, newParent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Post> getPosts() {
		if (posts == null) {
			posts = new EObjectContainmentWithInverseEList<Post>(Post.class, this, QinglianPackage.UNIT__POSTS, QinglianPackage.POST__UNIT);
		}
		return posts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit getCompetentDepartment() {
		if (competentDepartment != null && competentDepartment.eIsProxy()) {
			InternalEObject oldCompetentDepartment = (InternalEObject)competentDepartment;
			competentDepartment = (Unit)eResolveProxy(oldCompetentDepartment);
			if (competentDepartment != oldCompetentDepartment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QinglianPackage.UNIT__COMPETENT_DEPARTMENT, oldCompetentDepartment, competentDepartment));
			}
		}
		return competentDepartment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Unit basicGetCompetentDepartment() {
		return competentDepartment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompetentDepartment(Unit newCompetentDepartment) {
		Unit oldCompetentDepartment = competentDepartment;
		competentDepartment = newCompetentDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QinglianPackage.UNIT__COMPETENT_DEPARTMENT, oldCompetentDepartment, competentDepartment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QinglianPackage.UNIT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QinglianPackage.UNIT__CHILDREN:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChildren()).basicAdd(otherEnd, msgs);
			case QinglianPackage.UNIT__PARENT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetParent((Unit)otherEnd, msgs);
			case QinglianPackage.UNIT__POSTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPosts()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QinglianPackage.UNIT__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
			case QinglianPackage.UNIT__PARENT:
				return basicSetParent(null, msgs);
			case QinglianPackage.UNIT__POSTS:
				return ((InternalEList<?>)getPosts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case QinglianPackage.UNIT__PARENT:
				return eInternalContainer().eInverseRemove(this, QinglianPackage.UNIT__CHILDREN, Unit.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QinglianPackage.UNIT__KIND:
				return getKind();
			case QinglianPackage.UNIT__CHILDREN:
				return getChildren();
			case QinglianPackage.UNIT__PARENT:
				return getParent();
			case QinglianPackage.UNIT__POSTS:
				return getPosts();
			case QinglianPackage.UNIT__COMPETENT_DEPARTMENT:
				if (resolve) return getCompetentDepartment();
				return basicGetCompetentDepartment();
			case QinglianPackage.UNIT__DESCRIPTION:
				return getDescription();
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
			case QinglianPackage.UNIT__KIND:
				setKind((UnitKind)newValue);
				return;
			case QinglianPackage.UNIT__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends Unit>)newValue);
				return;
			case QinglianPackage.UNIT__PARENT:
				setParent((Unit)newValue);
				return;
			case QinglianPackage.UNIT__POSTS:
				getPosts().clear();
				getPosts().addAll((Collection<? extends Post>)newValue);
				return;
			case QinglianPackage.UNIT__COMPETENT_DEPARTMENT:
				setCompetentDepartment((Unit)newValue);
				return;
			case QinglianPackage.UNIT__DESCRIPTION:
				setDescription((String)newValue);
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
			case QinglianPackage.UNIT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case QinglianPackage.UNIT__CHILDREN:
				getChildren().clear();
				return;
			case QinglianPackage.UNIT__PARENT:
				setParent((Unit)null);
				return;
			case QinglianPackage.UNIT__POSTS:
				getPosts().clear();
				return;
			case QinglianPackage.UNIT__COMPETENT_DEPARTMENT:
				setCompetentDepartment((Unit)null);
				return;
			case QinglianPackage.UNIT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case QinglianPackage.UNIT__KIND:
				return kind != KIND_EDEFAULT;
			case QinglianPackage.UNIT__CHILDREN:
				return children != null && !children.isEmpty();
			case QinglianPackage.UNIT__PARENT:
				return getParent() != null;
			case QinglianPackage.UNIT__POSTS:
				return posts != null && !posts.isEmpty();
			case QinglianPackage.UNIT__COMPETENT_DEPARTMENT:
				return competentDepartment != null;
			case QinglianPackage.UNIT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //UnitImpl
