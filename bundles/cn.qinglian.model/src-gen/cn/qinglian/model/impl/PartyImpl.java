/**
 */
package cn.qinglian.model.impl;

import cn.qinglian.model.Party;
import cn.qinglian.model.QinglianPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Party</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class PartyImpl extends NamedImpl implements Party {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QinglianPackage.Literals.PARTY;
	}

} //PartyImpl
