package cn.qinglian.inspection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.inspection.categories.FindingCategories;
import cn.qinglian.inspection.categories.FindingCategory;
import cn.qinglian.inspection.categories.FindingCategoryRegistry;
import cn.qinglian.inspection.evidence.EvidenceStore;
import cn.qinglian.inspection.model.EvidenceFile;

class CategoriesAndEvidenceTest {

    @TempDir
    Path temp;

    @Test
    void builtInCategoriesAreTheSixViolationsAndThreeWorkStyleProblems() {
        List<FindingCategory> all = FindingCategories.builtIn().all();
        assertEquals(9, all.size());
        assertEquals(6, all.stream().filter(c -> c.group() == FindingCategory.Group.VIOLATION).count());
        assertEquals("违规接受宴请", FindingCategories.builtIn().nameOf("banquet", Locale.CHINA));
        assertEquals("Accepting gifts", FindingCategories.builtIn().nameOf("gifts", Locale.ENGLISH));
    }

    @Test
    void pluginsAddCategoriesInTheirOrderAndCannotReplaceBuiltInOnes() {
        FindingCategories categories = new FindingCategoryRegistry().categories();
        List<String> ids = categories.all().stream().map(FindingCategory::id).toList();
        assertEquals(10, ids.size(), ids.toString());
        assertEquals("test.overtime-pay", ids.get(6));
        assertEquals("违规发放加班费", categories.nameOf("test.overtime-pay", Locale.CHINA));
        assertEquals("Irregular overtime pay", categories.nameOf("test.overtime-pay", Locale.ENGLISH));
        assertEquals("违规接受宴请", categories.nameOf("banquet", Locale.CHINA));
    }

    @Test
    void evidenceIsCopiedWithItsHashAndTamperingIsDetected() throws Exception {
        Path workspace = Files.createDirectories(temp.resolve("ws"));
        Path photo = Files.writeString(temp.resolve("现场照片.txt"), "收受购物卡 5 张", StandardCharsets.UTF_8);
        EvidenceStore store = new EvidenceStore(workspace);
        EvidenceFile file = store.add(photo, LocalDate.of(2019, 6, 1));
        assertEquals("现场照片.txt", file.getFileName());
        assertEquals(EvidenceStore.sha256(photo), file.getSha256());
        assertEquals(EvidenceStore.State.INTACT, store.check(file));
        Files.writeString(workspace.resolve(file.getStoredPath()), "收受购物卡 1 张", StandardCharsets.UTF_8);
        assertEquals(EvidenceStore.State.TAMPERED, store.check(file));
        Files.delete(workspace.resolve(file.getStoredPath()));
        assertEquals(EvidenceStore.State.MISSING, store.check(file));
    }
}
