package cn.qinglian.codegen;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF code of every genmodel of the repository ({@code bundles/<bundle>/model/*.genmodel}: the core
 * model's {@code qinglian.genmodel}, whose model code goes to {@code bundles/cn.qinglian.model} and edit code to
 * {@code bundles/cn.qinglian.model.edit}, and each module's genmodel, whose model code goes to the module's bundle),
 * stand-alone (no Eclipse IDE, no OSGi).
 *
 * <p>Usage: {@code GenerateModel [repositoryRoot]} (default: the current folder). From the repository root:
 * <pre>./mvnw -q -f releng/cn.qinglian.codegen/pom.xml compile exec:java</pre>
 *
 * <p>What it does, in order:
 * <ol>
 * <li>maps the workspace projects {@code /cn.qinglian.model} and {@code /cn.qinglian.model.edit} onto the bundle
 * folders ({@link EcorePlugin#getPlatformResourceMap()}), and {@code platform:/plugin/org.eclipse.emf.ecore/} onto
 * the EMF Ecore jar (for {@code Ecore.genmodel});</li>
 * <li>loads and validates the Ecore model, loads the genmodel and reconciles it with the Ecore model (new classes
 * and features get default generator settings); the genmodel file is rewritten only when that changed it;</li>
 * <li>generates model code and edit code. EMF's merger keeps methods marked {@code @generated NOT};
 * {@code plugin.properties} is merged (existing keys keep their values, new keys are appended); {@code plugin.xml} is
 * merged (elements marked {@code <!-- @generated qinglian -->} are EMF's); icons are only written when missing;
 * {@code META-INF/MANIFEST.MF} and {@code build.properties} only when missing (genmodel {@code updateClasspath="false"}:
 * they are maintained by hand).</li>
 * </ol>
 *
 * <p>One deviation from EMF's stock generator, see {@link QinglianGeneratorAdapterFactory}.
 *
 * <p>Generation is deterministic: files are written with "\n" line ends when they are new (an existing file keeps its
 * own line ends), Java files in UTF-8, properties files in ISO-8859-1 with {@code \\uXXXX} escapes; EMF writes no dates.
 */
public final class GenerateModel
{
  public static final String MODEL_PROJECT = "cn.qinglian.model";
  public static final String EDIT_PROJECT = "cn.qinglian.model.edit";

  private GenerateModel()
  {
  }

  public static void main(String[] args) throws Exception
  {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Path bundles = root.resolve("bundles");
    long start = System.nanoTime();
    List<Path> genModels = generateAll(bundles, System.out);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("GenerateModel: generated %d genmodel(s) %s in %d ms%n", genModels.size(),
      genModels.stream().map(bundles::relativize).toList(), millis);
  }

  /**
   * The genmodels of the repository: every {@code bundles/<bundle>/model/*.genmodel}, the core model's first (the
   * others use it), then by path.
   */
  public static List<Path> genModels(Path bundles) throws IOException
  {
    List<Path> result = new ArrayList<>();
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(bundles, Files::isDirectory))
    {
      for (Path folder : folders)
      {
        Path model = folder.resolve("model");
        if (Files.isDirectory(model))
        {
          try (DirectoryStream<Path> files = Files.newDirectoryStream(model, "*.genmodel"))
          {
            files.forEach(result::add);
          }
        }
      }
    }
    result.sort(Comparator.comparing((Path p) -> !p.startsWith(bundles.resolve(MODEL_PROJECT))).thenComparing(Path::toString));
    return result;
  }

  /**
   * Generates the code of every genmodel under {@code bundles} (see {@link #genModels}). Every bundle folder is mapped
   * as a workspace project, so a module's genmodel can use the core model's genmodel through
   * {@code platform:/resource/cn.qinglian.model/model/qinglian.genmodel}; each genmodel's model and edit directories
   * name the bundles the code goes to.
   *
   * @return the genmodels generated
   */
  public static synchronized List<Path> generateAll(Path bundles, PrintStream log) throws IOException
  {
    List<Path> genModels = genModels(bundles);
    if (genModels.isEmpty())
    {
      throw new IllegalArgumentException("no bundles/*/model/*.genmodel in " + bundles);
    }
    // Stand-alone, EMF writes and reads Java files in the JVM's default charset; our Javadoc is Chinese.
    if (!StandardCharsets.UTF_8.equals(Charset.defaultCharset()))
    {
      throw new IllegalStateException("the JVM's default charset is " + Charset.defaultCharset()
        + ", not UTF-8; run Java 18 or newer without -Dfile.encoding, or with -Dfile.encoding=UTF-8");
    }
    Files.createDirectories(bundles.resolve(EDIT_PROJECT));

    // New files get "\n" whatever the OS; EMF reads this property when a target file does not exist yet.
    String oldLineSeparator = System.getProperty("line.separator");
    System.setProperty("line.separator", "\n");
    Map<String, URI> platformResourceMap = EcorePlugin.getPlatformResourceMap();
    Map<String, URI> previous = new HashMap<>();
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(bundles, Files::isDirectory))
    {
      for (Path folder : folders)
      {
        String project = folder.getFileName().toString();
        previous.put(project, platformResourceMap.put(project, folderURI(folder)));
      }
    }
    try
    {
      for (Path genModelFile : genModels)
      {
        ResourceSet resourceSet = createResourceSet();
        String project = genModelFile.getParent().getParent().getFileName().toString();
        GenModel genModel = loadGenModel(resourceSet, project + "/" + bundles.resolve(project).relativize(genModelFile)
          .toString().replace('\\', '/'), log);
        generate(genModel, log);
      }
    }
    finally
    {
      previous.forEach((project, uri) -> restore(platformResourceMap, project, uri));
      System.setProperty("line.separator", oldLineSeparator);
    }
    return genModels;
  }

  private static void restore(Map<String, URI> map, String key, URI oldValue)
  {
    if (oldValue == null)
    {
      map.remove(key);
    }
    else
    {
      map.put(key, oldValue);
    }
  }

  private static URI folderURI(Path folder)
  {
    return URI.createFileURI(folder.toAbsolutePath().normalize() + File.separator);
  }

  private static ResourceSet createResourceSet()
  {
    ResourceSet resourceSet = new ResourceSetImpl();
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new EcoreResourceFactoryImpl());
    resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

    // platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel lives in the Ecore jar on our class path.
    resourceSet.getURIConverter().getURIMap().put(
      URI.createPlatformPluginURI("org.eclipse.emf.ecore/", false),
      URI.createURI("archive:" + jarURI(EcorePackage.class) + "!/"));
    return resourceSet;
  }

  private static String jarURI(Class<?> type)
  {
    try
    {
      return type.getProtectionDomain().getCodeSource().getLocation().toURI().toString();
    }
    catch (URISyntaxException e)
    {
      throw new IllegalStateException(e);
    }
  }

  private static GenModel loadGenModel(ResourceSet resourceSet, String genModelPath, PrintStream log) throws IOException
  {
    URI genModelURI = URI.createPlatformResourceURI(genModelPath, true);
    Resource resource = resourceSet.getResource(genModelURI, true);
    GenModel genModel = (GenModel)resource.getContents().get(0);

    // Validate the Ecore model before anything is written.
    for (GenPackage genPackage : genModel.getGenPackages())
    {
      EPackage ePackage = genPackage.getEcorePackage();
      if (ePackage == null || ePackage.eIsProxy())
      {
        throw new IllegalStateException("genmodel refers to an Ecore package that cannot be loaded: " + genPackage);
      }
      check(log, "Ecore model " + ePackage.getNsURI(), Diagnostician.INSTANCE.validate(ePackage));
    }

    if (!genModel.reconcile())
    {
      throw new IllegalStateException("genmodel could not be reconciled with the Ecore model");
    }
    genModel.setCanGenerate(true);
    check(log, "genmodel", genModel.diagnose());

    // Write the reconciled genmodel back, but only if reconciling changed it.
    Map<Object, Object> options = new HashMap<>();
    options.put(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
    options.put(XMLResource.OPTION_ENCODING, "UTF-8");
    options.put(XMLResource.OPTION_LINE_WIDTH, 80);
    options.put(Resource.OPTION_LINE_DELIMITER, "\n");
    resource.save(options);
    return genModel;
  }

  private static void generate(GenModel genModel, PrintStream log)
  {
    // A registry of our own, not the global GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.
    GeneratorAdapterFactory.Descriptor.Registry registry = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
    registry.addDescriptor(GenModelPackage.eNS_URI, QinglianGeneratorAdapterFactory.DESCRIPTOR);
    Generator generator = new Generator(registry);
    generator.setInput(genModel);
    check(log, "model code", generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));
    if (genModel.hasEditSupport())
    {
      check(log, "edit code", generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor()));
    }
  }

  /**
   * EMF's {@link GenModelGeneratorAdapterFactory} with one change: the edit plug-in class gets no resource-locator
   * delegates for used genmodels of installed plug-ins. The model uses Ecore's data types, so EMF would make
   * {@code QinglianEditPlugin} delegate to {@code org.eclipse.emf.ecore.provider.EcoreEditPlugin}, from the bundle
   * {@code org.eclipse.emf.ecore.edit}, which the product's target platform does not have (and none of whose strings
   * our item providers use). Everything else is generated exactly as EMF does it.
   */
  static final class QinglianGeneratorAdapterFactory extends GenModelGeneratorAdapterFactory
  {
    static final GeneratorAdapterFactory.Descriptor DESCRIPTOR = QinglianGeneratorAdapterFactory::new;

    @Override
    public Adapter createGenModelAdapter()
    {
      if (genModelGeneratorAdapter == null)
      {
        genModelGeneratorAdapter = new GenModelGeneratorAdapter(this)
          {
            @Override
            protected void generateEditPluginClass(GenModel genModel, Monitor monitor)
            {
              // Hide the edit support of foreign genmodels (e.g. Ecore.genmodel) while the plug-in class is generated.
              Map<GenModel, String> hidden = new LinkedHashMap<>();
              for (GenPackage usedGenPackage : genModel.getUsedGenPackages())
              {
                GenModel usedGenModel = usedGenPackage.getGenModel();
                Resource resource = usedGenModel.eResource();
                if (usedGenModel != genModel && resource != null && resource.getURI().isPlatformPlugin()
                  && !hidden.containsKey(usedGenModel) && usedGenModel.hasEditSupport())
                {
                  hidden.put(usedGenModel, usedGenModel.isSetEditDirectory() ? usedGenModel.getEditDirectory() : null);
                  usedGenModel.setEditDirectory("");
                }
              }
              try
              {
                super.generateEditPluginClass(genModel, monitor);
              }
              finally
              {
                hidden.forEach((usedGenModel, editDirectory) -> {
                  if (editDirectory == null)
                  {
                    usedGenModel.unsetEditDirectory();
                  }
                  else
                  {
                    usedGenModel.setEditDirectory(editDirectory);
                  }
                });
              }
            }
          };
      }
      return genModelGeneratorAdapter;
    }
  }

  private static void check(PrintStream log, String what, Diagnostic diagnostic)
  {
    if (diagnostic.getSeverity() >= Diagnostic.ERROR)
    {
      throw new IllegalStateException(what + ": " + format(diagnostic, ""));
    }
    if (diagnostic.getSeverity() == Diagnostic.WARNING)
    {
      log.println("GenerateModel: warning in " + what + ": " + format(diagnostic, ""));
    }
  }

  private static String format(Diagnostic diagnostic, String indent)
  {
    StringBuilder result = new StringBuilder(indent).append(diagnostic.getMessage());
    for (Diagnostic child : diagnostic.getChildren())
    {
      result.append('\n').append(format(child, indent + "  "));
    }
    return result.toString();
  }
}
