/**
 */
package cn.qinglian.evaluation.model.util;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * <!-- begin-user-doc -->
 * The <b>Resource </b> associated with the package.
 * <!-- end-user-doc -->
 * @see cn.qinglian.evaluation.model.util.EvaluationResourceFactoryImpl
 * @generated
 */
public class EvaluationResourceImpl extends XMIResourceImpl {
	/**
	 * Creates an instance of the resource.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param uri the URI of the new resource.
	 * @generated
	 */
	public EvaluationResourceImpl(URI uri) {
		super(uri);
	}

} //EvaluationResourceImpl
