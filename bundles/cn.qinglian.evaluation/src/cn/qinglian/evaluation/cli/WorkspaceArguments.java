package cn.qinglian.evaluation.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import cn.qinglian.cli.Arguments;
import cn.qinglian.cli.UsageException;
import cn.qinglian.evaluation.EvaluationTexts;

/** Parsing of the options the evaluation commands share. */
final class WorkspaceArguments {

    private WorkspaceArguments() {
    }

    static Path folder(Arguments arguments) throws UsageException {
        return Path.of(arguments.required("workspace")).toAbsolutePath().normalize();
    }

    static LocalDate asOf(Arguments arguments, EvaluationTexts texts) throws UsageException {
        Optional<String> value = arguments.option("as-of");
        if (value.isEmpty()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value.get().strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(texts.get("cli.badDate", value.get()));
        }
    }

    static Optional<Path> out(Arguments arguments) {
        return arguments.option("out").map(p -> Path.of(p).toAbsolutePath().normalize());
    }
}
