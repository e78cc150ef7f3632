package io.quantagent.backtest.report;

/** Escaping of text put into HTML. */
final class Html {

    private Html() {
    }

    /** {@code text} with {@code & < > " '} replaced by entities: safe in element content and quoted attributes. */
    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
