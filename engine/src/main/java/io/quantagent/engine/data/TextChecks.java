package io.quantagent.engine.data;

/** Checks on raw bytes that tell text from binary, and make text safe to quote in a message. */
final class TextChecks {

    private static final int MAX_QUOTED = 120;

    private TextChecks() {
    }

    /** Length of a UTF-8 byte-order mark at the start of {@code bytes}, 0 if there is none. */
    static int bomLength(byte[] bytes, int length) {
        return length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    }

    /**
     * Why the first bytes of a file are not CSV text (zip, gzip, UTF-16, or more than 5 % control bytes), or
     * null when they look like text.
     */
    static String binaryReason(byte[] bytes, int start, int end) {
        int length = end - start;
        if (length >= 4 && bytes[start] == 'P' && bytes[start + 1] == 'K' && bytes[start + 2] == 3 && bytes[start + 3] == 4) {
            return "a zip archive, not a CSV text file (unzip it first)";
        }
        if (length >= 2 && bytes[start] == (byte) 0x1F && bytes[start + 1] == (byte) 0x8B) {
            return "gzip-compressed, not a CSV text file (gunzip it first)";
        }
        if (length >= 2 && ((bytes[start] == (byte) 0xFF && bytes[start + 1] == (byte) 0xFE)
                || (bytes[start] == (byte) 0xFE && bytes[start + 1] == (byte) 0xFF))) {
            return "UTF-16 text; expected UTF-8 or ASCII";
        }
        int control = controlBytes(bytes, start, end);
        if (control > 0 && control * 20 > length) {
            return "binary data, not a CSV text file (" + control + " control bytes in the first " + length + ")";
        }
        return null;
    }

    /** Bytes below 0x20 other than tab, CR and LF, plus DEL. */
    static int controlBytes(byte[] bytes, int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if ((b < 0x20 && b != '\t' && b != '\r' && b != '\n') || b == 0x7F) {
                count++;
            }
        }
        return count;
    }

    /** The text with control characters escaped and cut to a readable length, for quoting in a message. */
    static String printable(CharSequence text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (sb.length() >= MAX_QUOTED) {
                sb.append("...");
                break;
            }
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                sb.append(String.format("\\x%02X", (int) c));
            } else if (c == '\uFFFD') {
                sb.append('?');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The bytes as text (Latin-1, one char per byte), with control bytes escaped, cut to a readable length. */
    static String printable(byte[] bytes, int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (sb.length() >= MAX_QUOTED) {
                sb.append("...");
                break;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x20 || b >= 0x7F) {
                sb.append(String.format("\\x%02X", b));
            } else {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }
}
