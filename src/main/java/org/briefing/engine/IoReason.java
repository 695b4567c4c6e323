package org.briefing.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import org.briefing.diag.Quoted;

/**
 * Why a file operation failed, in the operating system's plain words ("permission denied",
 * "no space left on device"), never a Java class name or a temporary file's name.
 */
public final class IoReason {
    /** The most characters of a reason a message repeats. */
    private static final int MAX_CHARS = 120;

    private IoReason() {}

    /** "permission denied" for an AccessDeniedException, "no space left on device" for a full disk, … */
    public static String of(IOException e) {
        if (e instanceof OutputFailure failure) {
            return failure.getMessage();
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            reason = switch (e) {
                case AccessDeniedException denied -> "permission denied";
                case NoSuchFileException missing -> "no such file or folder";
                case FileAlreadyExistsException exists -> "already exists";
                case NotDirectoryException notFolder -> "not a folder";
                case DirectoryNotEmptyException notEmpty -> "folder not empty";
                default -> "input/output error";
            };
        }
        String text = Quoted.oneLine(reason.strip().toLowerCase(Locale.ROOT));
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "…";
    }

    /** "source-json/: permission denied": the file the failure names, when it names one, and the reason. */
    public static String sentence(IOException e) {
        return e instanceof FileSystemException fs && fs.getFile() != null && !(e instanceof OutputFailure)
                ? shown(Path.of(fs.getFile()), false) + ": " + of(e) : of(e);
    }

    /** The reason of an I/O failure wrapped in an unchecked exception, or null when it is none. */
    public static IOException cause(Throwable e) {
        return e instanceof IOException io ? io
                : e instanceof UncheckedIOException unchecked ? unchecked.getCause() : null;
    }

    /** A path as a message shows it: on one line; a folder ends with "/". */
    public static String shown(Path path, boolean folder) {
        String text = Quoted.oneLine(path.toString());
        return folder && !text.endsWith("/") ? text + "/" : text;
    }
}
