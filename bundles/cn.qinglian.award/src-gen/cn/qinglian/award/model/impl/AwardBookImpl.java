/**
 */
package cn.qinglian.award.model.impl;

import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.AwardPackage;
import cn.qinglian.award.model.AwardType;
import cn.qinglian.award.model.Election;

import cn.qinglian.model.impl.IdentifiedImpl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Book</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.award.model.impl.AwardBookImpl#getAwardTypes <em>Award Types</em>}</li>
 *   <li>{@link cn.qinglian.award.model.impl.AwardBookImpl#getElections <em>Elections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AwardBookImpl extends IdentifiedImpl implements AwardBook {
	/**
	 * The cached value of the '{@link #getAwardTypes() <em>Award Types</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAwardTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<AwardType> awardTypes;

	/**
	 * The cached value of the '{@link #getElections() <em>Elections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElections()
	 * @generated
	 * @ordered
	 */
	protected EList<Election> elections;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AwardBookImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AwardPackage.Literals.AWARD_BOOK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AwardType> getAwardTypes() {
		if (awardTypes == null) {
			awardTypes = new EObjectContainmentEList<AwardType>(AwardType.class, this, AwardPackage.AWARD_BOOK__AWARD_TYPES);
		}
		return awardTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Election> getElections() {
		if (elections == null) {
			elections = new EObjectContainmentEList<Election>(Election.class, this, AwardPackage.AWARD_BOOK__ELECTIONS);
		}
		return elections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AwardPackage.AWARD_BOOK__AWARD_TYPES:
				return ((InternalEList<?>)getAwardTypes()).basicRemove(otherEnd, msgs);
			case AwardPackage.AWARD_BOOK__ELECTIONS:
				return ((InternalEList<?>)getElections()).basicRemove(otherEnd, msgs);
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
			case AwardPackage.AWARD_BOOK__AWARD_TYPES:
				return getAwardTypes();
			case AwardPackage.AWARD_BOOK__ELECTIONS:
				return getElections();
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
			case AwardPackage.AWARD_BOOK__AWARD_TYPES:
				getAwardTypes().clear();
				getAwardTypes().addAll((Collection<? extends AwardType>)newValue);
				return;
			case AwardPackage.AWARD_BOOK__ELECTIONS:
				getElections().clear();
				getElections().addAll((Collection<? extends Election>)newValue);
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
			case AwardPackage.AWARD_BOOK__AWARD_TYPES:
				getAwardTypes().clear();
				return;
			case AwardPackage.AWARD_BOOK__ELECTIONS:
				getElections().clear();
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
			case AwardPackage.AWARD_BOOK__AWARD_TYPES:
				return awardTypes != null && !awardTypes.isEmpty();
			case AwardPackage.AWARD_BOOK__ELECTIONS:
				return elections != null && !elections.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //AwardBookImpl
