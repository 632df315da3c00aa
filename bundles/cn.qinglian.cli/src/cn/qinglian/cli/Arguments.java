package cn.qinglian.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line arguments of a sub-command: {@code --name value} options and positional values.
 * Every option takes a value; unknown options are refused so a typo never goes unnoticed.
 */
public final class Arguments {

    private final Map<String, String> options;
    private final List<String> positional;

    private Arguments(Map<String, String> options, List<String> positional) {
        this.options = options;
        this.positional = positional;
    }

    /**
     * Parses {@code arguments}, accepting only the options named in {@code knownOptions}
     * (without the leading {@code --}).
     */
    public static Arguments parse(List<String> arguments, Set<String> knownOptions) throws UsageException {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--")) {
                positional.add(argument);
                continue;
            }
            String name = argument.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!knownOptions.contains(name)) {
                throw new UsageException(CliMessages.format("unknownOption", "--" + name));
            }
            if (value == null) {
                if (i + 1 >= arguments.size()) {
                    throw new UsageException(CliMessages.format("missingValue", "--" + name));
                }
                value = arguments.get(++i);
            }
            if (options.put(name, value) != null) {
                throw new UsageException(CliMessages.format("repeatedOption", "--" + name));
            }
        }
        return new Arguments(options, positional);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** The value of a mandatory option. */
    public String required(String name) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException(CliMessages.format("missingOption", "--" + name));
        }
        return value;
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }
}
