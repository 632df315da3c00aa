package cn.qinglian.cli.internal;

import java.util.List;

import org.osgi.framework.FrameworkUtil;

import cn.qinglian.cli.CliMessages;
import cn.qinglian.cli.CommandContext;
import cn.qinglian.cli.SubCommand;
import cn.qinglian.cli.UsageException;
import cn.qinglian.core.build.BuildInfo;

/** {@code qinglian version}: the version and build id of the installed product. */
public class VersionCommand implements SubCommand {

    @Override
    public int run(List<String> arguments, CommandContext context) throws UsageException {
        if (!arguments.isEmpty()) {
            throw new UsageException(CliMessages.format("unexpectedArguments", String.join(" ", arguments)));
        }
        BuildInfo info = BuildInfo.fromBundleVersion(
                FrameworkUtil.getBundle(VersionCommand.class).getVersion().toString());
        context.out().println(CliMessages.format("versionLine", info.version(), info.buildId()));
        return OK;
    }
}
