/**
 */
package cn.qinglian.inspection.model.util;

import cn.qinglian.inspection.model.*;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Named;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see cn.qinglian.inspection.model.InspectionPackage
 * @generated
 */
public class InspectionSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static InspectionPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InspectionSwitch() {
		if (modelPackage == null) {
			modelPackage = InspectionPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case InspectionPackage.INSPECTION_ROOT: {
				InspectionRoot inspectionRoot = (InspectionRoot)theEObject;
				T result = caseInspectionRoot(inspectionRoot);
				if (result == null) result = caseIdentified(inspectionRoot);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.INSPECTION_TOUR: {
				InspectionTour inspectionTour = (InspectionTour)theEObject;
				T result = caseInspectionTour(inspectionTour);
				if (result == null) result = caseNamed(inspectionTour);
				if (result == null) result = caseIdentified(inspectionTour);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.FINDING: {
				Finding finding = (Finding)theEObject;
				T result = caseFinding(finding);
				if (result == null) result = caseIdentified(finding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.EVIDENCE_FILE: {
				EvidenceFile evidenceFile = (EvidenceFile)theEObject;
				T result = caseEvidenceFile(evidenceFile);
				if (result == null) result = caseIdentified(evidenceFile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.RECTIFICATION: {
				Rectification rectification = (Rectification)theEObject;
				T result = caseRectification(rectification);
				if (result == null) result = caseIdentified(rectification);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.STATE_TRANSITION: {
				StateTransition stateTransition = (StateTransition)theEObject;
				T result = caseStateTransition(stateTransition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.INVESTIGATION_CASE: {
				InvestigationCase investigationCase = (InvestigationCase)theEObject;
				T result = caseInvestigationCase(investigationCase);
				if (result == null) result = caseIdentified(investigationCase);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.LEADER_INVESTIGATION: {
				LeaderInvestigation leaderInvestigation = (LeaderInvestigation)theEObject;
				T result = caseLeaderInvestigation(leaderInvestigation);
				if (result == null) result = caseIdentified(leaderInvestigation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.COMPLAINT: {
				Complaint complaint = (Complaint)theEObject;
				T result = caseComplaint(complaint);
				if (result == null) result = caseIdentified(complaint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.COMPLAINANT: {
				Complainant complainant = (Complainant)theEObject;
				T result = caseComplainant(complainant);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.IDENTITY_REVEAL: {
				IdentityReveal identityReveal = (IdentityReveal)theEObject;
				T result = caseIdentityReveal(identityReveal);
				if (result == null) result = caseIdentified(identityReveal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.ENTERPRISE: {
				Enterprise enterprise = (Enterprise)theEObject;
				T result = caseEnterprise(enterprise);
				if (result == null) result = caseNamed(enterprise);
				if (result == null) result = caseIdentified(enterprise);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.ENTERPRISE_INSPECTION_FILING: {
				EnterpriseInspectionFiling enterpriseInspectionFiling = (EnterpriseInspectionFiling)theEObject;
				T result = caseEnterpriseInspectionFiling(enterpriseInspectionFiling);
				if (result == null) result = caseIdentified(enterpriseInspectionFiling);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.BANQUET_FILING: {
				BanquetFiling banquetFiling = (BanquetFiling)theEObject;
				T result = caseBanquetFiling(banquetFiling);
				if (result == null) result = caseIdentified(banquetFiling);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.PLEDGE: {
				Pledge pledge = (Pledge)theEObject;
				T result = casePledge(pledge);
				if (result == null) result = caseIdentified(pledge);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.PLEDGE_SIGNATURE: {
				PledgeSignature pledgeSignature = (PledgeSignature)theEObject;
				T result = casePledgeSignature(pledgeSignature);
				if (result == null) result = caseIdentified(pledgeSignature);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.LIAISON_STATION: {
				LiaisonStation liaisonStation = (LiaisonStation)theEObject;
				T result = caseLiaisonStation(liaisonStation);
				if (result == null) result = caseNamed(liaisonStation);
				if (result == null) result = caseIdentified(liaisonStation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.STATION_VISIT: {
				StationVisit stationVisit = (StationVisit)theEObject;
				T result = caseStationVisit(stationVisit);
				if (result == null) result = caseIdentified(stationVisit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case InspectionPackage.FEEDBACK: {
				Feedback feedback = (Feedback)theEObject;
				T result = caseFeedback(feedback);
				if (result == null) result = caseIdentified(feedback);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Root</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Root</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInspectionRoot(InspectionRoot object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tour</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tour</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInspectionTour(InspectionTour object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Finding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Finding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFinding(Finding object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evidence File</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evidence File</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvidenceFile(EvidenceFile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rectification</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rectification</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRectification(Rectification object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>State Transition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>State Transition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStateTransition(StateTransition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Investigation Case</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Investigation Case</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInvestigationCase(InvestigationCase object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Leader Investigation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Leader Investigation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLeaderInvestigation(LeaderInvestigation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Complaint</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Complaint</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComplaint(Complaint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Complainant</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Complainant</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComplainant(Complainant object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identity Reveal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identity Reveal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentityReveal(IdentityReveal object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Enterprise</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Enterprise</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEnterprise(Enterprise object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Enterprise Inspection Filing</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Enterprise Inspection Filing</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEnterpriseInspectionFiling(EnterpriseInspectionFiling object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Banquet Filing</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Banquet Filing</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBanquetFiling(BanquetFiling object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pledge</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pledge</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePledge(Pledge object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pledge Signature</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pledge Signature</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePledgeSignature(PledgeSignature object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Liaison Station</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Liaison Station</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLiaisonStation(LiaisonStation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Station Visit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Station Visit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStationVisit(StationVisit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Feedback</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Feedback</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFeedback(Feedback object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamed(Named object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //InspectionSwitch
