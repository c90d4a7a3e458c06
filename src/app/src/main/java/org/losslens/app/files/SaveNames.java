package org.losslens.app.files;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The file a save dialog's answer means. File choosers treat a two-part extension such as
 * {@code .losslens.json} differently per platform: macOS and some GTK versions append only its last
 * part to a name that already ends with it ({@code name.losslens.json.json}), Linux often appends
 * nothing ({@code name}). Here the doubled part is dropped and a missing extension added.
 */
public final class SaveNames {

    private SaveNames() {
    }

    /**
     * @param chosen    the path the chooser returned
     * @param extension the extension the file must carry, with its dot: ".losslens.json", ".png"
     * @return {@code chosen} itself when its name ends with {@code extension} or with its last part
     *         (a plain ".json" session opens too), once; otherwise the name with {@code extension}
     */
    public static Path withExtension(Path chosen, String extension) {
        String last = extension.substring(extension.lastIndexOf('.'));
        String name = chosen.getFileName().toString();
        boolean changed = false;
        while (endsWith(name, extension + extension) || endsWith(name, last + last)) {
            String doubled = endsWith(name, extension + extension) ? extension : last;
            name = name.substring(0, name.length() - doubled.length());
            changed = true;
        }
        if (!endsWith(name, last)) {
            name = name + extension;
            changed = true;
        }
        return changed ? chosen.resolveSibling(name) : chosen;
    }

    private static boolean endsWith(String name, String suffix) {
        return name.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT));
    }
}
