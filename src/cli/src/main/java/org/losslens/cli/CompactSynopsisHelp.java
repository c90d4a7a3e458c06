package org.losslens.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Picocli's help with a shorter synopsis for a required, repeatable option: picocli writes it as
 * {@code --loss=ID[,ID...] [--loss=ID[,ID...]]...} ("once, then any number of times"), which reads as a
 * typo; this help writes {@code --loss=ID[,ID...]...}, the usual "one or more" (issue 17 item 10).
 */
final class CompactSynopsisHelp extends CommandLine.Help {

    /** An option's text, a space, the same text in brackets, then "...": picocli's "one or more". */
    private static final Pattern REPEATED = Pattern.compile("(?<!\\S)(\\S+) \\[\\1\\]\\.\\.\\.");

    CompactSynopsisHelp(CommandSpec spec, ColorScheme colorScheme) {
        super(spec, colorScheme);
    }

    @Override
    protected String makeSynopsisFromParts(int synopsisHeadingLength, Text optionText, Text groupsText,
            Text endOfOptionsText, Text positionalParamText, Text commandText) {
        return super.makeSynopsisFromParts(synopsisHeadingLength, compact(optionText), groupsText, endOfOptionsText,
                positionalParamText, commandText);
    }

    /** The text with each "X [X]..." made "X...", styles kept (Text indices are plain-text indices). */
    private static Text compact(Text text) {
        Matcher m = REPEATED.matcher(text.plainString());
        if (!m.find()) {
            return text;
        }
        return text.substring(0, m.end(1)).concat(compact(text.substring(m.end() - "...".length())));
    }
}
