package cn.qinglian.core.tests.persistence;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import cn.qinglian.model.Identified;
import cn.qinglian.model.QinglianPackage;

/**
 * Compares two object trees feature by feature ({@link EcoreUtil.EqualityHelper}). The one
 * exception: {@code Post.tenures} is compared as a set, because the file stores only
 * {@code Tenure.post} and the loader rebuilds the post's list in file order.
 */
final class SameContent extends EcoreUtil.EqualityHelper {

    private static final long serialVersionUID = 1L;

    static boolean of(EObject expected, EObject actual) {
        return new SameContent().equals(expected, actual);
    }

    @Override
    protected boolean haveEqualReference(EObject first, EObject second, EReference reference) {
        if (reference == QinglianPackage.Literals.POST__TENURES) {
            return idsOf(first.eGet(reference)).equals(idsOf(second.eGet(reference)));
        }
        return super.haveEqualReference(first, second, reference);
    }

    private static Set<String> idsOf(Object list) {
        return ((List<?>) list).stream().map(o -> ((Identified) o).getId()).collect(Collectors.toSet());
    }
}
