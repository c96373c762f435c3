package com.jiaodui.text;

/**
 * The width of brackets a newspaper writes around Chinese text, for the punctuation-width detector.
 * Commas, semicolons, colons, question and exclamation marks in a Chinese sentence are always full-width
 * (GB/T 15834); only the brackets are a matter of house style: some papers print "(自治区、直辖市)" on purpose.
 */
public enum HouseStyle {
    /**
     * Follow the page (the default): when a page whose sentence punctuation is full-width writes at least
     * {@value #MIN_BRACKETS} brackets in Chinese text and at least 90% of them half-width, half-width brackets
     * are its style: they are kept and stray full-width ones are flagged. Otherwise brackets go full-width.
     * A page whose commas are mostly half-width too has lost its widths in OCR; it gets full-width throughout.
     */
    FOLLOW_PAGE,
    /** Brackets in Chinese text are full-width, whatever the page does. */
    FULL_WIDTH,
    /** Brackets in Chinese text are half-width, whatever the page does. */
    HALF_WIDTH_BRACKETS;

    /** Fewest brackets in Chinese text that make a page's bracket style. */
    public static final int MIN_BRACKETS = 4;
    /** Share of one width among a page's brackets that makes it consistent. */
    public static final double CONSISTENT = 0.9;

    /**
     * Whether brackets in Chinese text on a page should be half-width.
     *
     * @param halfBrackets   half-width brackets in Chinese text on the page
     * @param fullBrackets   full-width brackets on the page
     * @param halfSentence   half-width , ; : ? ! in Chinese text on the page
     * @param fullSentence   full-width ， ； ： ？ ！ on the page
     */
    public boolean halfWidthBrackets(int halfBrackets, int fullBrackets, int halfSentence, int fullSentence) {
        switch (this) {
            case FULL_WIDTH:
                return false;
            case HALF_WIDTH_BRACKETS:
                return true;
            default:
                boolean lostWidths = halfSentence > 0 && halfSentence >= fullSentence;
                int all = halfBrackets + fullBrackets;
                return !lostWidths && halfBrackets >= MIN_BRACKETS && halfBrackets >= CONSISTENT * all;
        }
    }
}
