package cn.qinglian.core.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.model.Organisation;

class StoreMemoryTest {

    @TempDir
    Path folder;

    @Test
    void workspaceThatIsNoLongerUsedIsNotKeptInMemoryByTheStore() throws Exception {
        SampleOrganisation.saveIn(folder);
        XmiWorkspaceStore store = new XmiWorkspaceStore();
        WeakReference<Organisation> closed = new WeakReference<>(store.load(folder).organisation());

        for (int i = 0; i < 20 && closed.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }

        assertNull(closed.get(), "the store still holds the organisation it loaded last");
        assertEquals("L区清廉站所", store.load(folder).organisation().getName(), "the store is still in use");
    }
}
