/**
 */
package cn.qinglian.inspection.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Complaint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 投诉举报（快查快处）：渠道、举报人类别、被举报对象、受理和办结时限、停职调查标记与结果。举报人身份保密：在所有视图和导出中隐藏，只有明确查看（并被记录）时才显示。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#getNumber <em>Number</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#getReceivedOn <em>Received On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#getChannel <em>Channel</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#getComplainantType <em>Complainant Type</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#getComplainant <em>Complainant</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#getSummary <em>Summary</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#getCategory <em>Category</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#getTargetUnit <em>Target Unit</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#getTargetPerson <em>Target Person</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#getTargetPost <em>Target Post</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#isSuspended <em>Suspended</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#getInspectionDate <em>Inspection Date</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#getLiaisonStation <em>Liaison Station</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#getAcknowledgedOn <em>Acknowledged On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#getHandledOn <em>Handled On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#getStatus <em>Status</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Complaint#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint()
 * @model
 * @generated
 */
public interface Complaint extends Identified {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 投诉编号。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Received On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 收到日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Received On</em>' attribute.
	 * @see #setReceivedOn(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_ReceivedOn()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getReceivedOn();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#getReceivedOn <em>Received On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Received On</em>' attribute.
	 * @see #getReceivedOn()
	 * @generated
	 */
	void setReceivedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.inspection.model.ComplaintChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 渠道。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see cn.qinglian.inspection.model.ComplaintChannel
	 * @see #setChannel(ComplaintChannel)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_Channel()
	 * @model
	 * @generated
	 */
	ComplaintChannel getChannel();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see cn.qinglian.inspection.model.ComplaintChannel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(ComplaintChannel value);

	/**
	 * Returns the value of the '<em><b>Complainant Type</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.inspection.model.ComplainantType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 举报人类别。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Complainant Type</em>' attribute.
	 * @see cn.qinglian.inspection.model.ComplainantType
	 * @see #setComplainantType(ComplainantType)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_ComplainantType()
	 * @model
	 * @generated
	 */
	ComplainantType getComplainantType();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#getComplainantType <em>Complainant Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Complainant Type</em>' attribute.
	 * @see cn.qinglian.inspection.model.ComplainantType
	 * @see #getComplainantType()
	 * @generated
	 */
	void setComplainantType(ComplainantType value);

	/**
	 * Returns the value of the '<em><b>Complainant</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 举报人身份（保密）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Complainant</em>' containment reference.
	 * @see #setComplainant(Complainant)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_Complainant()
	 * @model containment="true"
	 * @generated
	 */
	Complainant getComplainant();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#getComplainant <em>Complainant</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Complainant</em>' containment reference.
	 * @see #getComplainant()
	 * @generated
	 */
	void setComplainant(Complainant value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 反映的问题摘要（不得写入举报人身份）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 反映问题的类别标识（同问题类别）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Target Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被举报单位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Unit</em>' reference.
	 * @see #setTargetUnit(Unit)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_TargetUnit()
	 * @model
	 * @generated
	 */
	Unit getTargetUnit();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#getTargetUnit <em>Target Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Unit</em>' reference.
	 * @see #getTargetUnit()
	 * @generated
	 */
	void setTargetUnit(Unit value);

	/**
	 * Returns the value of the '<em><b>Target Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被举报人。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Person</em>' reference.
	 * @see #setTargetPerson(Person)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_TargetPerson()
	 * @model
	 * @generated
	 */
	Person getTargetPerson();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#getTargetPerson <em>Target Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Person</em>' reference.
	 * @see #getTargetPerson()
	 * @generated
	 */
	void setTargetPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Target Post</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被举报人的岗位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Post</em>' reference.
	 * @see #setTargetPost(Post)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_TargetPost()
	 * @model
	 * @generated
	 */
	Post getTargetPost();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#getTargetPost <em>Target Post</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Post</em>' reference.
	 * @see #getTargetPost()
	 * @generated
	 */
	void setTargetPost(Post value);

	/**
	 * Returns the value of the '<em><b>Suspended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 停职调查：被举报人在调查期间暂停现岗位职务。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Suspended</em>' attribute.
	 * @see #setSuspended(boolean)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_Suspended()
	 * @model
	 * @generated
	 */
	boolean isSuspended();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#isSuspended <em>Suspended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suspended</em>' attribute.
	 * @see #isSuspended()
	 * @generated
	 */
	void setSuspended(boolean value);

	/**
	 * Returns the value of the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 涉及的企业（反映涉企检查时）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enterprise</em>' reference.
	 * @see #setEnterprise(Enterprise)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_Enterprise()
	 * @model
	 * @generated
	 */
	Enterprise getEnterprise();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#getEnterprise <em>Enterprise</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise</em>' reference.
	 * @see #getEnterprise()
	 * @generated
	 */
	void setEnterprise(Enterprise value);

	/**
	 * Returns the value of the '<em><b>Inspection Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 所反映的涉企检查的日期（反映的是一次涉企检查时填写，用于报备比对）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inspection Date</em>' attribute.
	 * @see #setInspectionDate(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_InspectionDate()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getInspectionDate();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#getInspectionDate <em>Inspection Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inspection Date</em>' attribute.
	 * @see #getInspectionDate()
	 * @generated
	 */
	void setInspectionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Liaison Station</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 经由的联络站（渠道为联络站时）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Liaison Station</em>' reference.
	 * @see #setLiaisonStation(LiaisonStation)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_LiaisonStation()
	 * @model
	 * @generated
	 */
	LiaisonStation getLiaisonStation();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#getLiaisonStation <em>Liaison Station</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Liaison Station</em>' reference.
	 * @see #getLiaisonStation()
	 * @generated
	 */
	void setLiaisonStation(LiaisonStation value);

	/**
	 * Returns the value of the '<em><b>Acknowledged On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 受理日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Acknowledged On</em>' attribute.
	 * @see #setAcknowledgedOn(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_AcknowledgedOn()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getAcknowledgedOn();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#getAcknowledgedOn <em>Acknowledged On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acknowledged On</em>' attribute.
	 * @see #getAcknowledgedOn()
	 * @generated
	 */
	void setAcknowledgedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Handled On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 办结日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handled On</em>' attribute.
	 * @see #setHandledOn(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_HandledOn()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getHandledOn();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#getHandledOn <em>Handled On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handled On</em>' attribute.
	 * @see #getHandledOn()
	 * @generated
	 */
	void setHandledOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.inspection.model.ComplaintStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 办理状态。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see cn.qinglian.inspection.model.ComplaintStatus
	 * @see #setStatus(ComplaintStatus)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_Status()
	 * @model
	 * @generated
	 */
	ComplaintStatus getStatus();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see cn.qinglian.inspection.model.ComplaintStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ComplaintStatus value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 办理结果。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see #setOutcome(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getComplaint_Outcome()
	 * @model
	 * @generated
	 */
	String getOutcome();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Complaint#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(String value);

} // Complaint
