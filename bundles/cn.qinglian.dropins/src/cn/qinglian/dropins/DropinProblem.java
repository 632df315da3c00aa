package cn.qinglian.dropins;

import java.nio.file.Path;

/**
 * Why a drop-in jar is not used, for the log and standard error.
 *
 * @param file the jar
 * @param message what is wrong with it and what happens, in the user's language
 */
public record DropinProblem(Path file, String message) {

    @Override
    public String toString() {
        return message;
    }
}
