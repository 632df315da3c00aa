/**
 */
package cn.qinglian.inspection.model;

import cn.qinglian.model.Identified;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 问题：巡察、投诉、联络站反馈或报备比对发现的一个问题，归入一个问题类别（六类违规和作风类问题，可由插件扩展）。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.Finding#getTitle <em>Title</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Finding#getDescription <em>Description</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Finding#getCategory <em>Category</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Finding#getSeverity <em>Severity</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Finding#getSource <em>Source</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Finding#getFoundOn <em>Found On</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Finding#getUnit <em>Unit</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Finding#getPersons <em>Persons</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Finding#getPosts <em>Posts</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Finding#getTour <em>Tour</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Finding#getComplaint <em>Complaint</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Finding#getLiaisonStation <em>Liaison Station</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Finding#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Finding#getInspectionDate <em>Inspection Date</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.Finding#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.inspection.model.InspectionPackage#getFinding()
 * @model
 * @generated
 */
public interface Finding extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 问题标题。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFinding_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Finding#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 问题描述。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFinding_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Finding#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 问题类别的标识（见扩展点 cn.qinglian.inspection.findingCategories），如 banquet。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFinding_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Finding#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.inspection.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 严重程度。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see cn.qinglian.inspection.model.Severity
	 * @see #setSeverity(Severity)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFinding_Severity()
	 * @model
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Finding#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see cn.qinglian.inspection.model.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.inspection.model.FindingSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 问题来源。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see cn.qinglian.inspection.model.FindingSource
	 * @see #setSource(FindingSource)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFinding_Source()
	 * @model
	 * @generated
	 */
	FindingSource getSource();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Finding#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see cn.qinglian.inspection.model.FindingSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(FindingSource value);

	/**
	 * Returns the value of the '<em><b>Found On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 发现日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Found On</em>' attribute.
	 * @see #setFoundOn(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFinding_FoundOn()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getFoundOn();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Finding#getFoundOn <em>Found On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Found On</em>' attribute.
	 * @see #getFoundOn()
	 * @generated
	 */
	void setFoundOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 问题所在单位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(Unit)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFinding_Unit()
	 * @model
	 * @generated
	 */
	Unit getUnit();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Finding#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Unit value);

	/**
	 * Returns the value of the '<em><b>Persons</b></em>' reference list.
	 * The list contents are of type {@link cn.qinglian.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 涉及人员。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Persons</em>' reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFinding_Persons()
	 * @model
	 * @generated
	 */
	EList<Person> getPersons();

	/**
	 * Returns the value of the '<em><b>Posts</b></em>' reference list.
	 * The list contents are of type {@link cn.qinglian.model.Post}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 涉及岗位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Posts</em>' reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFinding_Posts()
	 * @model
	 * @generated
	 */
	EList<Post> getPosts();

	/**
	 * Returns the value of the '<em><b>Tour</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 发现问题的巡察（来源为巡察时）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tour</em>' reference.
	 * @see #setTour(InspectionTour)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFinding_Tour()
	 * @model
	 * @generated
	 */
	InspectionTour getTour();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Finding#getTour <em>Tour</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tour</em>' reference.
	 * @see #getTour()
	 * @generated
	 */
	void setTour(InspectionTour value);

	/**
	 * Returns the value of the '<em><b>Complaint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 问题所源自的投诉举报（来源为投诉时）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Complaint</em>' reference.
	 * @see #setComplaint(Complaint)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFinding_Complaint()
	 * @model
	 * @generated
	 */
	Complaint getComplaint();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Finding#getComplaint <em>Complaint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Complaint</em>' reference.
	 * @see #getComplaint()
	 * @generated
	 */
	void setComplaint(Complaint value);

	/**
	 * Returns the value of the '<em><b>Liaison Station</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 反映问题的联络站（来源为联络站时）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Liaison Station</em>' reference.
	 * @see #setLiaisonStation(LiaisonStation)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFinding_LiaisonStation()
	 * @model
	 * @generated
	 */
	LiaisonStation getLiaisonStation();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Finding#getLiaisonStation <em>Liaison Station</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Liaison Station</em>' reference.
	 * @see #getLiaisonStation()
	 * @generated
	 */
	void setLiaisonStation(LiaisonStation value);

	/**
	 * Returns the value of the '<em><b>Enterprise</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 涉及的企业。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enterprise</em>' reference.
	 * @see #setEnterprise(Enterprise)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFinding_Enterprise()
	 * @model
	 * @generated
	 */
	Enterprise getEnterprise();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Finding#getEnterprise <em>Enterprise</em>}' reference.
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
	 * 问题涉及的涉企检查的日期（问题关于一次涉企检查时填写，用于报备比对）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inspection Date</em>' attribute.
	 * @see #setInspectionDate(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFinding_InspectionDate()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getInspectionDate();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.Finding#getInspectionDate <em>Inspection Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inspection Date</em>' attribute.
	 * @see #getInspectionDate()
	 * @generated
	 */
	void setInspectionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link cn.qinglian.inspection.model.EvidenceFile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 证据材料（复制进工作区并记录内容哈希）。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getFinding_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceFile> getEvidence();

} // Finding
