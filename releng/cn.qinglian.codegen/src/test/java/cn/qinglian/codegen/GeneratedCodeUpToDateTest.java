package cn.qinglian.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fails when the committed generated files of {@code bundles/cn.qinglian.model} and {@code bundles/cn.qinglian.model.edit}
 * differ from what {@link GenerateModel} produces now, and names the files.
 *
 * <p>Both bundles are copied to a temporary folder. In the copy, everything the generator owns is removed so that it is
 * generated afresh: the Java files in {@code src-gen/} (except files with hand-written {@code @generated NOT} parts,
 * which EMF merges, as it does in the real tree), the icons (EMF never overwrites an icon) and {@code plugin.properties}.
 * Then the generator runs on the copy and the copy is compared with the committed tree, file by file.
 *
 * <p>{@code plugin.properties} may carry hand-edited values (EMF keeps existing values when it merges), so for it only
 * the keys are compared: every generated key must be there, and every other key must start with {@code _UI_Label_}.
 * {@code plugin_zh.properties} must hold exactly the keys of {@code plugin.properties}, with the same {n} placeholders,
 * written in ASCII with backslash-u escapes only.
 */
class GeneratedCodeUpToDateTest
{
  private static final String REGENERATE = "./mvnw -q -f releng/cn.qinglian.codegen/pom.xml compile exec:java";
  private static final String HAND_KEY_PREFIX = "_UI_Label_";
  private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "bin", ".settings");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

  @TempDir
  static Path temp;

  private static Path bundles;
  private static Path generatedBundles;
  /** The bundles the generator writes into: every bundle with a genmodel, and the core model's edit bundle. */
  private static List<String> projects;

  @BeforeAll
  static void generateIntoCopy() throws IOException
  {
    bundles = Path.of(System.getProperty("qinglian.root", "../..")).toAbsolutePath().normalize().resolve("bundles");
    generatedBundles = temp.resolve("bundles");
    projects = new ArrayList<>();
    for (Path genModel : GenerateModel.genModels(bundles))
    {
      String project = bundles.relativize(genModel).getName(0).toString();
      if (!projects.contains(project))
      {
        projects.add(project);
      }
    }
    projects.add(GenerateModel.EDIT_PROJECT);
    for (String project : projects)
    {
      Path copy = generatedBundles.resolve(project);
      copyTree(bundles.resolve(project), copy);
      removeGeneratedJava(copy.resolve("src-gen"));
      deleteTree(copy.resolve("icons"));
      Files.deleteIfExists(copy.resolve("plugin.properties"));
    }
    GenerateModel.generateAll(generatedBundles, System.out);
  }

  @Test
  void committedGeneratedFilesAreUpToDate() throws IOException
  {
    List<String> problems = new ArrayList<>();
    for (String project : projects)
    {
      compareTrees(project, bundles.resolve(project), generatedBundles.resolve(project), problems);
    }
    assertTrue(problems.isEmpty(),
      "The committed generated code differs from a fresh generation (" + problems.size() + " files):\n  "
        + String.join("\n  ", problems) + "\nRegenerate with: " + REGENERATE + " (then review and commit the changes)");
  }

  @Test
  void pluginPropertiesHaveEveryGeneratedKeyAndNoStaleOnes() throws IOException
  {
    List<String> problems = new ArrayList<>();
    for (String project : projects)
    {
      Set<String> committed = keys(bundles.resolve(project).resolve("plugin.properties"));
      Set<String> generated = keys(generatedBundles.resolve(project).resolve("plugin.properties"));
      for (String key : generated)
      {
        if (!committed.contains(key))
        {
          problems.add(project + "/plugin.properties lacks the generated key " + key);
        }
      }
      for (String key : committed)
      {
        if (!generated.contains(key) && key.startsWith("_UI_") && !key.startsWith(HAND_KEY_PREFIX))
        {
          problems.add(project + "/plugin.properties has the key " + key
            + ", which the generator no longer writes (hand-written keys must start with " + HAND_KEY_PREFIX + ")");
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems) + "\nRegenerate with: " + REGENERATE
      + " (new keys are appended), delete stale keys by hand.");
  }

  @Test
  void chineseLabelsCoverEveryKey() throws IOException
  {
    List<String> problems = new ArrayList<>();
    for (String project : projects)
    {
      Path english = bundles.resolve(project).resolve("plugin.properties");
      Path chinese = bundles.resolve(project).resolve("plugin_zh.properties");
      if (!Files.isRegularFile(chinese))
      {
        problems.add(project + "/plugin_zh.properties is missing");
        continue;
      }
      byte[] bytes = Files.readAllBytes(chinese);
      for (int i = 0; i < bytes.length; ++i)
      {
        if (bytes[i] < 0)
        {
          problems.add(project + "/plugin_zh.properties has a non-ASCII byte at offset " + i
            + " (Eclipse reads it as ISO-8859-1; write \\uXXXX escapes)");
          break;
        }
      }
      Properties en = load(english);
      Properties zh = load(chinese);
      for (String key : new TreeSet<>(en.stringPropertyNames()))
      {
        String value = zh.getProperty(key);
        if (value == null)
        {
          problems.add(project + "/plugin_zh.properties lacks " + key + " (English: " + en.getProperty(key) + ")");
        }
        else if (!placeholders(value).equals(placeholders(en.getProperty(key))))
        {
          problems.add(project + "/plugin_zh.properties: " + key + " has placeholders " + placeholders(value)
            + ", English has " + placeholders(en.getProperty(key)));
        }
      }
      for (String key : new TreeSet<>(zh.stringPropertyNames()))
      {
        if (!en.containsKey(key))
        {
          problems.add(project + "/plugin_zh.properties has " + key + ", which plugin.properties does not have");
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  // ---------------------------------------------------------------------------------------------------------------

  private static void compareTrees(String project, Path committed, Path generated, List<String> problems)
    throws IOException
  {
    Set<String> committedFiles = files(committed);
    Set<String> generatedFiles = files(generated);
    Set<String> all = new TreeSet<>(committedFiles);
    all.addAll(generatedFiles);
    for (String file : all)
    {
      if (file.equals("plugin.properties"))
      {
        continue; // compared key by key
      }
      String name = project + "/" + file;
      if (!generatedFiles.contains(file))
      {
        problems.add("not generated any more (stale, delete it): " + name);
      }
      else if (!committedFiles.contains(file))
      {
        problems.add("generated but not committed: " + name);
      }
      else
      {
        String difference = difference(committed.resolve(file), generated.resolve(file));
        if (difference != null)
        {
          problems.add("differs: " + name + " (" + difference + ")");
        }
      }
    }
  }

  /** Null when equal (ignoring CR/LF differences in text files), otherwise where they differ. */
  private static String difference(Path committed, Path generated) throws IOException
  {
    byte[] a = Files.readAllBytes(committed);
    byte[] b = Files.readAllBytes(generated);
    if (committed.getFileName().toString().endsWith(".gif"))
    {
      return Arrays.equals(a, b) ? null : "binary content";
    }
    String[] left = new String(a, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").split("\n", -1);
    String[] right = new String(b, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").split("\n", -1);
    for (int i = 0; i < Math.max(left.length, right.length); ++i)
    {
      String l = i < left.length ? left[i] : "<end of file>";
      String r = i < right.length ? right[i] : "<end of file>";
      if (!l.equals(r))
      {
        int column = 0;
        while (column < l.length() && column < r.length() && l.charAt(column) == r.charAt(column))
        {
          ++column;
        }
        return "line " + (i + 1) + ": committed \"" + excerpt(l, column) + "\", generated \"" + excerpt(r, column) + "\"";
      }
    }
    return null;
  }

  /** Up to 70 characters of the line, starting a little before the column where it differs. */
  private static String excerpt(String line, int column)
  {
    int start = Math.max(0, Math.min(column - 20, line.length() - 70));
    int end = Math.min(line.length(), start + 70);
    return (start > 0 ? "..." : "") + line.substring(start, end).strip() + (end < line.length() ? "..." : "");
  }

  private static Set<String> files(Path root) throws IOException
  {
    Set<String> result = new TreeSet<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>()
      {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
        {
          return !dir.equals(root) && SKIPPED_FOLDERS.contains(dir.getFileName().toString())
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
        {
          result.add(root.relativize(file).toString().replace('\\', '/'));
          return FileVisitResult.CONTINUE;
        }
      });
    return result;
  }

  private static void copyTree(Path from, Path to) throws IOException
  {
    for (String file : files(from))
    {
      Path target = to.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(from.resolve(file), target, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  /** Deletes the Java files without hand-written parts; EMF merges the others, as in the real tree. */
  private static void removeGeneratedJava(Path srcGen) throws IOException
  {
    if (!Files.isDirectory(srcGen))
    {
      return;
    }
    try (Stream<Path> paths = Files.walk(srcGen))
    {
      for (Path file : paths.filter(Files::isRegularFile).toList())
      {
        if (!Files.readString(file, StandardCharsets.ISO_8859_1).contains("@generated NOT"))
        {
          Files.delete(file);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException
  {
    if (!Files.exists(root))
    {
      return;
    }
    try (Stream<Path> paths = Files.walk(root))
    {
      for (Path path : paths.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList())
      {
        Files.delete(path);
      }
    }
  }

  private static Properties load(Path file) throws IOException
  {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file))
    {
      properties.load(in); // ISO-8859-1 with \\uXXXX escapes, as Eclipse reads it
    }
    return properties;
  }

  private static Set<String> keys(Path file) throws IOException
  {
    return new TreeSet<>(load(file).stringPropertyNames());
  }

  private static Set<String> placeholders(String value)
  {
    Set<String> result = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(value);
    while (matcher.find())
    {
      result.add(matcher.group());
    }
    return result;
  }
}
