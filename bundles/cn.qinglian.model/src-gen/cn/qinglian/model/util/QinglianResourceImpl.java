/**
 */
package cn.qinglian.model.util;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * <!-- begin-user-doc -->
 * The <b>Resource </b> associated with the package.
 * <!-- end-user-doc -->
 * @see cn.qinglian.model.util.QinglianResourceFactoryImpl
 * @generated
 */
public class QinglianResourceImpl extends XMIResourceImpl {
	/**
	 * Creates an instance of the resource.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param uri the URI of the new resource.
	 * @generated
	 */
	public QinglianResourceImpl(URI uri) {
		super(uri);
	}

} //QinglianResourceImpl
