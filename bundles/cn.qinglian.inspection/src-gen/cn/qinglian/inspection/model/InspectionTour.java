/**
 */
package cn.qinglian.inspection.model;

import cn.qinglian.model.Named;
import cn.qinglian.model.Person;
import cn.qinglian.model.Unit;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tour</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * 巡察（巡察摸底）：对若干被巡察单位，在一段时间内由巡察组按重点系统和关键环节查找问题；巡察的问题及其整改即巡察报告的内容。
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.inspection.model.InspectionTour#getTargetUnits <em>Target Units</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionTour#getTeam <em>Team</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionTour#getTeamLeader <em>Team Leader</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionTour#getStart <em>Start</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionTour#getEnd <em>End</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionTour#getFocus <em>Focus</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionTour#getStatus <em>Status</em>}</li>
 *   <li>{@link cn.qinglian.inspection.model.InspectionTour#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionTour()
 * @model
 * @generated
 */
public interface InspectionTour extends Named {
	/**
	 * Returns the value of the '<em><b>Target Units</b></em>' reference list.
	 * The list contents are of type {@link cn.qinglian.model.Unit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 被巡察单位。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Units</em>' reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionTour_TargetUnits()
	 * @model
	 * @generated
	 */
	EList<Unit> getTargetUnits();

	/**
	 * Returns the value of the '<em><b>Team</b></em>' reference list.
	 * The list contents are of type {@link cn.qinglian.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 巡察组成员。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Team</em>' reference list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionTour_Team()
	 * @model
	 * @generated
	 */
	EList<Person> getTeam();

	/**
	 * Returns the value of the '<em><b>Team Leader</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 巡察组组长。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Team Leader</em>' reference.
	 * @see #setTeamLeader(Person)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionTour_TeamLeader()
	 * @model
	 * @generated
	 */
	Person getTeamLeader();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.InspectionTour#getTeamLeader <em>Team Leader</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Team Leader</em>' reference.
	 * @see #getTeamLeader()
	 * @generated
	 */
	void setTeamLeader(Person value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 开始日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionTour_Start()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.InspectionTour#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 结束日期。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(LocalDate)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionTour_End()
	 * @model dataType="cn.qinglian.model.LocalDate"
	 * @generated
	 */
	LocalDate getEnd();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.InspectionTour#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Focus</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 巡察重点（系统、领域、关键环节），每条一个字符串。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Focus</em>' attribute list.
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionTour_Focus()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getFocus();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link cn.qinglian.inspection.model.TourStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 状态。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see cn.qinglian.inspection.model.TourStatus
	 * @see #setStatus(TourStatus)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionTour_Status()
	 * @model
	 * @generated
	 */
	TourStatus getStatus();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.InspectionTour#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see cn.qinglian.inspection.model.TourStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(TourStatus value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 巡察报告摘要。
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see cn.qinglian.inspection.model.InspectionPackage#getInspectionTour_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link cn.qinglian.inspection.model.InspectionTour#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

} // InspectionTour
