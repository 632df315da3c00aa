package cn.qinglian.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cn.qinglian.core.workspace.WorkspaceException;
import cn.qinglian.core.workspace.WorkspaceProblem;

class WorkspaceExceptionTest {

    private static final Path FILE = Path.of("ws", "organisation.qinglian");

    @Test
    void englishIsEnglishEvenOnAChineseSystem() {
        Locale system = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            WorkspaceException e = new WorkspaceException(WorkspaceProblem.EMPTY_FILE, FILE);

            assertEquals(FILE + ": the file is empty (0 bytes)", e.getLocalizedMessage(Locale.ENGLISH));
            assertEquals(FILE + "：文件是空的（0 字节）", e.getLocalizedMessage(Locale.SIMPLIFIED_CHINESE));
            assertEquals(FILE + "：文件是空的（0 字节）", e.getMessage());
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void causeThatIsOnlyAPathSaysWhatWentWrong() {
        Path temporary = Path.of("ws", ".organisation.qinglian.x1.tmp");
        WorkspaceException e = new WorkspaceException(WorkspaceProblem.UNWRITABLE, FILE,
                new AccessDeniedException(temporary.toString()));

        assertEquals(FILE + ": cannot be written (permission denied: " + temporary + ")",
                e.getLocalizedMessage(Locale.ENGLISH));
        assertEquals(FILE + "：无法写入（没有访问权限：" + temporary + "）", e.getLocalizedMessage(Locale.CHINA));
    }
}
