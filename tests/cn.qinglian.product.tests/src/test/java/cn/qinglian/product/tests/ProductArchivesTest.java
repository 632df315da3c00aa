package cn.qinglian.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;

/** The archives users download: one per OS, each with its launch script, SWT fragment and sample. */
class ProductArchivesTest {

    private static final Path PRODUCTS = Path.of(System.getProperty("qinglian.products"));

    /** Entry name → (unix mode, content when small text). */
    record Entry(int mode, String text) {
    }

    @Test
    void linuxArchiveHasExecutableScriptGtkFragmentAndSample() throws IOException {
        Map<String, Entry> entries = tarGz(PRODUCTS.resolve("qinglian-0.1.0-linux.gtk.x86_64.tar.gz"));
        Entry script = entries.get("qinglian/qinglian");
        assertTrue(script != null, "launch script missing: " + entries.keySet().stream().limit(20).toList());
        assertEquals(0755, script.mode() & 0777, "script not executable");
        assertTrue(script.text().startsWith("#!/bin/sh"));
        assertTrue(script.text().contains("cn.qinglian.cli.application"));
        assertHas(entries, "qinglian/plugins/org.eclipse.swt.gtk.linux.x86_64_");
        assertHas(entries, "qinglian/plugins/org.eclipse.equinox.launcher_");
        assertHas(entries, "qinglian/plugins/cn.qinglian.ui_");
        assertHasNot(entries, "qinglian/plugins/org.eclipse.swt.win32");
        assertTrue(entries.containsKey("qinglian/samples/l-district/qinglian-workspace.properties"));
        String config = entries.get("qinglian/configuration/config.ini").text();
        assertTrue(config.contains("eclipse.product=cn.qinglian.ui.product"), config);
        assertTrue(config.contains("osgi.nl=zh_CN"), config);
        assertTrue(config.matches("(?s).*cn\\.qinglian\\.dropins_[^,]*@3\\\\:start.*"),
                "the drop-in bundle starts at level 3, before the registry: " + config);
        assertTrue(entries.get("qinglian/dropins/README.txt").text().contains("~/.qinglian/dropins/"));
    }

    @Test
    void windowsArchiveHasBatchScriptAndWin32Fragment() throws IOException {
        Map<String, Entry> entries = zip(PRODUCTS.resolve("qinglian-0.1.0-win32.win32.x86_64.zip"));
        Entry script = entries.get("qinglian/qinglian.bat");
        assertTrue(script != null, "qinglian.bat missing");
        assertTrue(script.text().startsWith("@echo off\r\n"), "batch file must use CRLF line ends");
        assertTrue(script.text().contains("cn.qinglian.cli.application"));
        assertHas(entries, "qinglian/plugins/org.eclipse.swt.win32.win32.x86_64_");
        assertHas(entries, "qinglian/plugins/org.eclipse.equinox.launcher_");
        assertHasNot(entries, "qinglian/plugins/org.eclipse.swt.gtk");
        assertTrue(entries.containsKey("qinglian/samples/l-district/qinglian-workspace.properties"));
        assertTrue(entries.containsKey("qinglian/dropins/README.txt"));
    }

    @Test
    void macArchiveHasScriptWithFirstThreadAndCocoaFragment() throws IOException {
        Map<String, Entry> entries = tarGz(PRODUCTS.resolve("qinglian-0.1.0-macosx.cocoa.aarch64.tar.gz"));
        String base = "qinglian.app/Contents/Eclipse/";
        Entry script = entries.get(base + "qinglian");
        assertTrue(script != null, "macOS launch script missing");
        assertEquals(0755, script.mode() & 0777);
        assertTrue(script.text().contains("-XstartOnFirstThread"), "SWT on macOS needs the first thread");
        assertHas(entries, base + "plugins/org.eclipse.swt.cocoa.macosx.aarch64_");
        assertHasNot(entries, base + "plugins/org.eclipse.swt.gtk");
        assertTrue(entries.containsKey(base + "samples/l-district/qinglian-workspace.properties"));
        assertTrue(entries.containsKey(base + "dropins/README.txt"));
    }

    private static void assertHas(Map<String, Entry> entries, String prefix) {
        assertTrue(entries.keySet().stream().anyMatch(n -> n.startsWith(prefix)), "no entry " + prefix + "*");
    }

    private static void assertHasNot(Map<String, Entry> entries, String prefix) {
        assertFalse(entries.keySet().stream().anyMatch(n -> n.startsWith(prefix)), "unexpected " + prefix + "*");
    }

    private static Map<String, Entry> tarGz(Path archive) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archive));
                TarArchiveInputStream tar = new TarArchiveInputStream(in, StandardCharsets.UTF_8.name())) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                entries.put(entry.getName(), new Entry(entry.getMode(), smallText(tar, entry.getSize())));
            }
        }
        return entries;
    }

    private static Map<String, Entry> zip(Path archive) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), new Entry(0, smallText(in, entry.getSize())));
                }
            }
        }
        return entries;
    }

    private static String smallText(InputStream in, long size) throws IOException {
        return size > 0 && size < 64_000 ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : "";
    }
}
