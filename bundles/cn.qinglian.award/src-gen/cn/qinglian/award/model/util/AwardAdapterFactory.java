/**
 */
package cn.qinglian.award.model.util;

import cn.qinglian.award.model.*;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Named;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see cn.qinglian.award.model.AwardPackage
 * @generated
 */
public class AwardAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static AwardPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AwardAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = AwardPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AwardSwitch<Adapter> modelSwitch =
		new AwardSwitch<Adapter>() {
			@Override
			public Adapter caseAwardBook(AwardBook object) {
				return createAwardBookAdapter();
			}
			@Override
			public Adapter caseAwardType(AwardType object) {
				return createAwardTypeAdapter();
			}
			@Override
			public Adapter caseCriterionWeight(CriterionWeight object) {
				return createCriterionWeightAdapter();
			}
			@Override
			public Adapter caseElection(Election object) {
				return createElectionAdapter();
			}
			@Override
			public Adapter caseNomination(Nomination object) {
				return createNominationAdapter();
			}
			@Override
			public Adapter caseVote(Vote object) {
				return createVoteAdapter();
			}
			@Override
			public Adapter caseDecision(Decision object) {
				return createDecisionAdapter();
			}
			@Override
			public Adapter caseElectionStep(ElectionStep object) {
				return createElectionStepAdapter();
			}
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseNamed(Named object) {
				return createNamedAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.award.model.AwardBook <em>Book</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.award.model.AwardBook
	 * @generated
	 */
	public Adapter createAwardBookAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.award.model.AwardType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.award.model.AwardType
	 * @generated
	 */
	public Adapter createAwardTypeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.award.model.CriterionWeight <em>Criterion Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.award.model.CriterionWeight
	 * @generated
	 */
	public Adapter createCriterionWeightAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.award.model.Election <em>Election</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.award.model.Election
	 * @generated
	 */
	public Adapter createElectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.award.model.Nomination <em>Nomination</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.award.model.Nomination
	 * @generated
	 */
	public Adapter createNominationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.award.model.Vote <em>Vote</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.award.model.Vote
	 * @generated
	 */
	public Adapter createVoteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.award.model.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.award.model.Decision
	 * @generated
	 */
	public Adapter createDecisionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.award.model.ElectionStep <em>Election Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.award.model.ElectionStep
	 * @generated
	 */
	public Adapter createElectionStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.model.Named
	 * @generated
	 */
	public Adapter createNamedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //AwardAdapterFactory
