/**
 */
package cn.qinglian.inspection.model.util;

import cn.qinglian.inspection.model.*;

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
 * @see cn.qinglian.inspection.model.InspectionPackage
 * @generated
 */
public class InspectionAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static InspectionPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InspectionAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = InspectionPackage.eINSTANCE;
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
	protected InspectionSwitch<Adapter> modelSwitch =
		new InspectionSwitch<Adapter>() {
			@Override
			public Adapter caseInspectionRoot(InspectionRoot object) {
				return createInspectionRootAdapter();
			}
			@Override
			public Adapter caseInspectionTour(InspectionTour object) {
				return createInspectionTourAdapter();
			}
			@Override
			public Adapter caseFinding(Finding object) {
				return createFindingAdapter();
			}
			@Override
			public Adapter caseEvidenceFile(EvidenceFile object) {
				return createEvidenceFileAdapter();
			}
			@Override
			public Adapter caseRectification(Rectification object) {
				return createRectificationAdapter();
			}
			@Override
			public Adapter caseStateTransition(StateTransition object) {
				return createStateTransitionAdapter();
			}
			@Override
			public Adapter caseInvestigationCase(InvestigationCase object) {
				return createInvestigationCaseAdapter();
			}
			@Override
			public Adapter caseLeaderInvestigation(LeaderInvestigation object) {
				return createLeaderInvestigationAdapter();
			}
			@Override
			public Adapter caseComplaint(Complaint object) {
				return createComplaintAdapter();
			}
			@Override
			public Adapter caseComplainant(Complainant object) {
				return createComplainantAdapter();
			}
			@Override
			public Adapter caseIdentityReveal(IdentityReveal object) {
				return createIdentityRevealAdapter();
			}
			@Override
			public Adapter caseEnterprise(Enterprise object) {
				return createEnterpriseAdapter();
			}
			@Override
			public Adapter caseEnterpriseInspectionFiling(EnterpriseInspectionFiling object) {
				return createEnterpriseInspectionFilingAdapter();
			}
			@Override
			public Adapter caseBanquetFiling(BanquetFiling object) {
				return createBanquetFilingAdapter();
			}
			@Override
			public Adapter casePledge(Pledge object) {
				return createPledgeAdapter();
			}
			@Override
			public Adapter casePledgeSignature(PledgeSignature object) {
				return createPledgeSignatureAdapter();
			}
			@Override
			public Adapter caseLiaisonStation(LiaisonStation object) {
				return createLiaisonStationAdapter();
			}
			@Override
			public Adapter caseStationVisit(StationVisit object) {
				return createStationVisitAdapter();
			}
			@Override
			public Adapter caseFeedback(Feedback object) {
				return createFeedbackAdapter();
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
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.InspectionRoot <em>Root</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.InspectionRoot
	 * @generated
	 */
	public Adapter createInspectionRootAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.InspectionTour <em>Tour</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.InspectionTour
	 * @generated
	 */
	public Adapter createInspectionTourAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.Finding
	 * @generated
	 */
	public Adapter createFindingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.EvidenceFile <em>Evidence File</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.EvidenceFile
	 * @generated
	 */
	public Adapter createEvidenceFileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.Rectification <em>Rectification</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.Rectification
	 * @generated
	 */
	public Adapter createRectificationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.StateTransition <em>State Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.StateTransition
	 * @generated
	 */
	public Adapter createStateTransitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.InvestigationCase <em>Investigation Case</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.InvestigationCase
	 * @generated
	 */
	public Adapter createInvestigationCaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.LeaderInvestigation <em>Leader Investigation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.LeaderInvestigation
	 * @generated
	 */
	public Adapter createLeaderInvestigationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.Complaint <em>Complaint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.Complaint
	 * @generated
	 */
	public Adapter createComplaintAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.Complainant <em>Complainant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.Complainant
	 * @generated
	 */
	public Adapter createComplainantAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.IdentityReveal <em>Identity Reveal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.IdentityReveal
	 * @generated
	 */
	public Adapter createIdentityRevealAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.Enterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.Enterprise
	 * @generated
	 */
	public Adapter createEnterpriseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.EnterpriseInspectionFiling <em>Enterprise Inspection Filing</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.EnterpriseInspectionFiling
	 * @generated
	 */
	public Adapter createEnterpriseInspectionFilingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.BanquetFiling <em>Banquet Filing</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.BanquetFiling
	 * @generated
	 */
	public Adapter createBanquetFilingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.Pledge <em>Pledge</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.Pledge
	 * @generated
	 */
	public Adapter createPledgeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.PledgeSignature <em>Pledge Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.PledgeSignature
	 * @generated
	 */
	public Adapter createPledgeSignatureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.LiaisonStation <em>Liaison Station</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.LiaisonStation
	 * @generated
	 */
	public Adapter createLiaisonStationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.StationVisit <em>Station Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.StationVisit
	 * @generated
	 */
	public Adapter createStationVisitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link cn.qinglian.inspection.model.Feedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see cn.qinglian.inspection.model.Feedback
	 * @generated
	 */
	public Adapter createFeedbackAdapter() {
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

} //InspectionAdapterFactory
