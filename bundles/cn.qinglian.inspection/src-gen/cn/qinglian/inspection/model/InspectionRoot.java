/**
 */
package cn.qinglian.inspection.model;

import cn.qinglian.model.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Root</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 巡察监督模块的数据根对象，保存在工作区文件 inspection.qinglian 中：巡察、问题、整改、案件、投诉举报、报备、承诺、联络站和查看举报人身份的记录。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.InspectionRoot#getAcknowledgeDays <em>Acknowledge Days</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionRoot#getHandleDays <em>Handle Days</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionRoot#getPriorityHandleDays <em>Priority Handle Days</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionRoot#getTours <em>Tours</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionRoot#getFindings <em>Findings</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionRoot#getRectifications <em>Rectifications</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionRoot#getCases <em>Cases</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionRoot#getComplaints <em>Complaints</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionRoot#getEnterprises <em>Enterprises</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionRoot#getEnterpriseFilings <em>Enterprise Filings</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionRoot#getBanquetFilings <em>Banquet Filings</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionRoot#getPledges <em>Pledges</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionRoot#getSignatures <em>Signatures</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionRoot#getLiaisonStations <em>Liaison Stations</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionRoot#getReveals <em>Reveals</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionRoot()
 * @model
 * @generated
 */
public interface InspectionRoot extends Identified {
	/**
	 * Returns the value of the '<em><b>Acknowledge Days</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 投诉举报受理时限（自收到之日起的天数），默认 1 天。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Acknowledge Days</em>' attribute.
	 * @see #setAcknowledgeDays(int)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionRoot_AcknowledgeDays()
	 * @model default="1"
	 * @generated
	 */
	int getAcknowledgeDays();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.InspectionRoot#getAcknowledgeDays <em>Acknowledge Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acknowledge Days</em>' attribute.
	 * @see #getAcknowledgeDays()
	 * @generated
	 */
	void setAcknowledgeDays(int value);

	/**
	 * Returns the value of the '<em><b>Handle Days</b></em>' attribute.
	 * The default value is <code>"7"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 投诉举报办结时限（自收到之日起的天数），默认 7 天。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handle Days</em>' attribute.
	 * @see #setHandleDays(int)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionRoot_HandleDays()
	 * @model default="7"
	 * @generated
	 */
	int getHandleDays();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.InspectionRoot#getHandleDays <em>Handle Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handle Days</em>' attribute.
	 * @see #getHandleDays()
	 * @generated
	 */
	void setHandleDays(int value);

	/**
	 * Returns the value of the '<em><b>Priority Handle Days</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 人大代表、政协委员、重点企业、规上企业投诉的快查快处办结时限（天），默认 3 天。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority Handle Days</em>' attribute.
	 * @see #setPriorityHandleDays(int)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionRoot_PriorityHandleDays()
	 * @model default="3"
	 * @generated
	 */
	int getPriorityHandleDays();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.InspectionRoot#getPriorityHandleDays <em>Priority Handle Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority Handle Days</em>' attribute.
	 * @see #getPriorityHandleDays()
	 * @generated
	 */
	void setPriorityHandleDays(int value);

	/**
	 * Returns the value of the '<em><b>Tours</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.inspection.model.InspectionTour}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 巡察。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tours</em>' containment reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionRoot_Tours()
	 * @model containment="true"
	 * @generated
	 */
	EList<InspectionTour> getTours();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.inspection.model.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 发现的问题。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionRoot_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

	/**
	 * Returns the value of the '<em><b>Rectifications</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.inspection.model.Rectification}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 整改事项（整改台账）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rectifications</em>' containment reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionRoot_Rectifications()
	 * @model containment="true"
	 * @generated
	 */
	EList<Rectification> getRectifications();

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.inspection.model.InvestigationCase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 立案查处的案件。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cases</em>' containment reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionRoot_Cases()
	 * @model containment="true"
	 * @generated
	 */
	EList<InvestigationCase> getCases();

	/**
	 * Returns the value of the '<em><b>Complaints</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.inspection.model.Complaint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 投诉举报。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Complaints</em>' containment reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionRoot_Complaints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Complaint> getComplaints();

	/**
	 * Returns the value of the '<em><b>Enterprises</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.inspection.model.Enterprise}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 企业名录（报备与投诉涉及的企业）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enterprises</em>' containment reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionRoot_Enterprises()
	 * @model containment="true"
	 * @generated
	 */
	EList<Enterprise> getEnterprises();

	/**
	 * Returns the value of the '<em><b>Enterprise Filings</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.inspection.model.EnterpriseInspectionFiling}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 涉企行政执法检查报备。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enterprise Filings</em>' containment reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionRoot_EnterpriseFilings()
	 * @model containment="true"
	 * @generated
	 */
	EList<EnterpriseInspectionFiling> getEnterpriseFilings();

	/**
	 * Returns the value of the '<em><b>Banquet Filings</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.inspection.model.BanquetFiling}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 饭局或活动报备。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Banquet Filings</em>' containment reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionRoot_BanquetFilings()
	 * @model containment="true"
	 * @generated
	 */
	EList<BanquetFiling> getBanquetFilings();

	/**
	 * Returns the value of the '<em><b>Pledges</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.inspection.model.Pledge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * “十不”承诺文本（各版本）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pledges</em>' containment reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionRoot_Pledges()
	 * @model containment="true"
	 * @generated
	 */
	EList<Pledge> getPledges();

	/**
	 * Returns the value of the '<em><b>Signatures</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.inspection.model.PledgeSignature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 承诺签署记录。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signatures</em>' containment reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionRoot_Signatures()
	 * @model containment="true"
	 * @generated
	 */
	EList<PledgeSignature> getSignatures();

	/**
	 * Returns the value of the '<em><b>Liaison Stations</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.inspection.model.LiaisonStation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 效能监测联络站。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Liaison Stations</em>' containment reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionRoot_LiaisonStations()
	 * @model containment="true"
	 * @generated
	 */
	EList<LiaisonStation> getLiaisonStations();

	/**
	 * Returns the value of the '<em><b>Reveals</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.inspection.model.IdentityReveal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 查看举报人身份的记录（每次查看一条，不可删改）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reveals</em>' containment reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionRoot_Reveals()
	 * @model containment="true"
	 * @generated
	 */
	EList<IdentityReveal> getReveals();

} // InspectionRoot
