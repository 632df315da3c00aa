/**
 */
package cn.qinglian.model.impl;

import cn.qinglian.model.CopyNotice;
import cn.qinglian.model.Party;
import cn.qinglian.model.QinglianPackage;
import cn.qinglian.model.Report;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Copy Notice</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link cn.qinglian.model.impl.CopyNoticeImpl#getDate <em>Date</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.CopyNoticeImpl#getFrom <em>From</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.CopyNoticeImpl#getTo <em>To</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.CopyNoticeImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.CopyNoticeImpl#getContent <em>Content</em>}</li>
 *   <li>{@link cn.qinglian.model.impl.CopyNoticeImpl#getRelatedReport <em>Related Report</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CopyNoticeImpl extends IdentifiedImpl implements CopyNotice {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected Party from;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected EList<Party> to;

	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContent() <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContent()
	 * @generated
	 * @ordered
	 */
	protected String content = CONTENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRelatedReport() <em>Related Report</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelatedReport()
	 * @generated
	 * @ordered
	 */
	protected Report relatedReport;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CopyNoticeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QinglianPackage.Literals.COPY_NOTICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QinglianPackage.COPY_NOTICE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Party getFrom() {
		if (from != null && from.eIsProxy()) {
			InternalEObject oldFrom = (InternalEObject)from;
			from = (Party)eResolveProxy(oldFrom);
			if (from != oldFrom) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QinglianPackage.COPY_NOTICE__FROM, oldFrom, from));
			}
		}
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Party basicGetFrom() {
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(Party newFrom) {
		Party oldFrom = from;
		from = newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QinglianPackage.COPY_NOTICE__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Party> getTo() {
		if (to == null) {
			to = new EObjectResolvingEList<Party>(Party.class, this, QinglianPackage.COPY_NOTICE__TO);
		}
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QinglianPackage.COPY_NOTICE__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContent() {
		return content;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContent(String newContent) {
		String oldContent = content;
		content = newContent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QinglianPackage.COPY_NOTICE__CONTENT, oldContent, content));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Report getRelatedReport() {
		if (relatedReport != null && relatedReport.eIsProxy()) {
			InternalEObject oldRelatedReport = (InternalEObject)relatedReport;
			relatedReport = (Report)eResolveProxy(oldRelatedReport);
			if (relatedReport != oldRelatedReport) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QinglianPackage.COPY_NOTICE__RELATED_REPORT, oldRelatedReport, relatedReport));
			}
		}
		return relatedReport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Report basicGetRelatedReport() {
		return relatedReport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelatedReport(Report newRelatedReport) {
		Report oldRelatedReport = relatedReport;
		relatedReport = newRelatedReport;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QinglianPackage.COPY_NOTICE__RELATED_REPORT, oldRelatedReport, relatedReport));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QinglianPackage.COPY_NOTICE__DATE:
				return getDate();
			case QinglianPackage.COPY_NOTICE__FROM:
				if (resolve) return getFrom();
				return basicGetFrom();
			case QinglianPackage.COPY_NOTICE__TO:
				return getTo();
			case QinglianPackage.COPY_NOTICE__SUBJECT:
				return getSubject();
			case QinglianPackage.COPY_NOTICE__CONTENT:
				return getContent();
			case QinglianPackage.COPY_NOTICE__RELATED_REPORT:
				if (resolve) return getRelatedReport();
				return basicGetRelatedReport();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case QinglianPackage.COPY_NOTICE__DATE:
				setDate((LocalDate)newValue);
				return;
			case QinglianPackage.COPY_NOTICE__FROM:
				setFrom((Party)newValue);
				return;
			case QinglianPackage.COPY_NOTICE__TO:
				getTo().clear();
				getTo().addAll((Collection<? extends Party>)newValue);
				return;
			case QinglianPackage.COPY_NOTICE__SUBJECT:
				setSubject((String)newValue);
				return;
			case QinglianPackage.COPY_NOTICE__CONTENT:
				setContent((String)newValue);
				return;
			case QinglianPackage.COPY_NOTICE__RELATED_REPORT:
				setRelatedReport((Report)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case QinglianPackage.COPY_NOTICE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case QinglianPackage.COPY_NOTICE__FROM:
				setFrom((Party)null);
				return;
			case QinglianPackage.COPY_NOTICE__TO:
				getTo().clear();
				return;
			case QinglianPackage.COPY_NOTICE__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case QinglianPackage.COPY_NOTICE__CONTENT:
				setContent(CONTENT_EDEFAULT);
				return;
			case QinglianPackage.COPY_NOTICE__RELATED_REPORT:
				setRelatedReport((Report)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case QinglianPackage.COPY_NOTICE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case QinglianPackage.COPY_NOTICE__FROM:
				return from != null;
			case QinglianPackage.COPY_NOTICE__TO:
				return to != null && !to.isEmpty();
			case QinglianPackage.COPY_NOTICE__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case QinglianPackage.COPY_NOTICE__CONTENT:
				return CONTENT_EDEFAULT == null ? content != null : !CONTENT_EDEFAULT.equals(content);
			case QinglianPackage.COPY_NOTICE__RELATED_REPORT:
				return relatedReport != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (date: ");
		result.append(date);
		result.append(", subject: ");
		result.append(subject);
		result.append(", content: ");
		result.append(content);
		result.append(')');
		return result.toString();
	}

} //CopyNoticeImpl
