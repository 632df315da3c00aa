/**
 */
package cn.qinglian.model.provider;


import cn.qinglian.model.Organisation;
import cn.qinglian.model.QinglianFactory;
import cn.qinglian.model.QinglianPackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link cn.qinglian.model.Organisation} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class OrganisationItemProvider extends NamedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addFormatVersionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Organisation_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Organisation_formatVersion_feature", "_UI_Organisation_type"),
				 QinglianPackage.Literals.ORGANISATION__FORMAT_VERSION,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(QinglianPackage.Literals.ORGANISATION__UNITS);
			childrenFeatures.add(QinglianPackage.Literals.ORGANISATION__PEOPLE);
			childrenFeatures.add(QinglianPackage.Literals.ORGANISATION__CHARGE_ASSIGNMENTS);
			childrenFeatures.add(QinglianPackage.Literals.ORGANISATION__REPORTING_LINES);
			childrenFeatures.add(QinglianPackage.Literals.ORGANISATION__COPY_NOTICES);
			childrenFeatures.add(QinglianPackage.Literals.ORGANISATION__REPORTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Organisation.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Organisation"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * Label built by {@link QinglianLabels} (the generated one would prefix the type name).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		return QinglianLabels.name((Organisation)object);
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Organisation.class)) {
			case QinglianPackage.ORGANISATION__FORMAT_VERSION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case QinglianPackage.ORGANISATION__UNITS:
			case QinglianPackage.ORGANISATION__PEOPLE:
			case QinglianPackage.ORGANISATION__CHARGE_ASSIGNMENTS:
			case QinglianPackage.ORGANISATION__REPORTING_LINES:
			case QinglianPackage.ORGANISATION__COPY_NOTICES:
			case QinglianPackage.ORGANISATION__REPORTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(QinglianPackage.Literals.ORGANISATION__UNITS,
				 QinglianFactory.eINSTANCE.createUnit()));

		newChildDescriptors.add
			(createChildParameter
				(QinglianPackage.Literals.ORGANISATION__PEOPLE,
				 QinglianFactory.eINSTANCE.createPerson()));

		newChildDescriptors.add
			(createChildParameter
				(QinglianPackage.Literals.ORGANISATION__CHARGE_ASSIGNMENTS,
				 QinglianFactory.eINSTANCE.createChargeAssignment()));

		newChildDescriptors.add
			(createChildParameter
				(QinglianPackage.Literals.ORGANISATION__REPORTING_LINES,
				 QinglianFactory.eINSTANCE.createReportingLine()));

		newChildDescriptors.add
			(createChildParameter
				(QinglianPackage.Literals.ORGANISATION__COPY_NOTICES,
				 QinglianFactory.eINSTANCE.createCopyNotice()));

		newChildDescriptors.add
			(createChildParameter
				(QinglianPackage.Literals.ORGANISATION__REPORTS,
				 QinglianFactory.eINSTANCE.createReport()));
	}

}
