package org.losslens.app.files;

import java.util.List;
import org.losslens.app.i18n.Messages;

/**
 * Something the user must be told about an imported image, kept as a message key and its arguments
 * so that {@link MaskImport} stays pure and the words are chosen in the language shown at the time.
 */
public record ImportNotice(String key, List<Object> args) {

    public ImportNotice(String key, Object... args) {
        this(key, List.of(args));
    }

    public String text(Messages messages) {
        return messages.get(key, args.toArray());
    }

    /** An image that cannot be used at all; the notice says why. */
    public static final class Refusal extends IllegalArgumentException {

        private final transient ImportNotice notice;

        public Refusal(ImportNotice notice) {
            super(notice.key() + " " + notice.args());
            this.notice = notice;
        }

        public ImportNotice notice() {
            return notice;
        }
    }
}
