package cn.qinglian.diagram.render;

/** No usable CJK font file: the message says which file was wrong or what to install. */
public class FontNotFoundException extends Exception {

    private static final long serialVersionUID = 1L;

    public FontNotFoundException(String message) {
        super(message);
    }
}
